/**
 * The «ОКО-план» menu: captions and the global function each item calls, in one place.
 * onOpen builds it from these lists and the tests check every handler exists in the bundle.
 */
import { ru } from '../core/messages/ru';

export const MENU_TITLE = ru.gas.menu.title;

export const MENU_ITEMS = [
  { caption: ru.gas.menu.check, handler: 'menuCheckPlan' },
  { caption: ru.gas.menu.clear, handler: 'menuClearMarks' },
  { caption: ru.gas.menu.panel, handler: 'menuOpenPanel' },
  { caption: ru.docxImport.menu, handler: 'menuImportDocx' },
] as const;

/** The «Статусы» submenu, after the items above. */
export const STATUS_MENU = {
  caption: ru.gas.menu.statuses,
  items: [
    { caption: ru.gas.menu.enableTracking, handler: 'menuEnableTracking' },
    { caption: ru.gas.menu.refreshTracking, handler: 'menuRefreshTracking' },
    { caption: ru.gas.menu.remindersOn, handler: 'menuRemindersOn' },
    { caption: ru.gas.menu.remindersOff, handler: 'menuRemindersOff' },
  ],
} as const;

/** The «Чек-листы школ» submenu, after «Статусы». */
export const CHECKLISTS_MENU = {
  caption: ru.gas.menu.checklists,
  items: [
    { caption: ru.gas.menu.checklistsPrepare, handler: 'menuChecklistsPrepare' },
    { caption: ru.gas.menu.checklistsSend, handler: 'menuChecklistsSend' },
    { caption: ru.gas.menu.checklistsContinue, handler: 'menuChecklistsContinue' },
    { caption: ru.gas.menu.checklistsCollect, handler: 'menuChecklistsCollect' },
  ],
} as const;

/** The submenus, in menu order. */
export const SUB_MENUS = [STATUS_MENU, CHECKLISTS_MENU] as const;

/** Items after the submenus: «Сводная справка» uses what «Статусы» and «Чек-листы» made. */
export const TAIL_ITEMS = [
  { caption: ru.gas.menu.summary, handler: 'menuSummary' },
  { caption: ru.vpr.host.menu, handler: 'menuVpr' },
] as const;

export type MenuHandler =
  | (typeof MENU_ITEMS)[number]['handler']
  | (typeof SUB_MENUS)[number]['items'][number]['handler']
  | (typeof TAIL_ITEMS)[number]['handler'];

/** The global function the daily time-driven trigger calls; a trigger names it by string. */
export const REMINDERS_HANDLER = 'remindersDaily';

/** The HTML file of the sidebar in the Apps Script project (`Sidebar.html`). */
export const SIDEBAR_FILE = 'Sidebar';

/** The HTML file of the «Объективность ВПР» dialog (`VprDialog.html`). */
export const VPR_DIALOG_FILE = 'VprDialog';

/** The HTML file of the «Импорт из Word…» dialog (`DocxDialog.html`). */
export const DOCX_DIALOG_FILE = 'DocxDialog';
