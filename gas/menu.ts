/**
 * The «ОКО-план» menu: captions and the global function each item calls, in one place.
 * onOpen builds it from this list and the tests check every handler exists in the bundle.
 */
import { ru } from '../core/messages/ru';

export const MENU_TITLE = ru.gas.menu.title;

export const MENU_ITEMS = [
  { caption: ru.gas.menu.check, handler: 'menuCheckPlan' },
  { caption: ru.gas.menu.clear, handler: 'menuClearMarks' },
  { caption: ru.gas.menu.panel, handler: 'menuOpenPanel' },
] as const;

export type MenuHandler = (typeof MENU_ITEMS)[number]['handler'];

/** The HTML file of the sidebar in the Apps Script project (`Sidebar.html`). */
export const SIDEBAR_FILE = 'Sidebar';
