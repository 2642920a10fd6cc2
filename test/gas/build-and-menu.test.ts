/** The built Apps Script project: a plain script whose entries are globals, the menu, the sidebar, the manifest. */
import vm from 'node:vm';
import { CHECKLISTS_MENU, MENU_ITEMS, MENU_TITLE, REMINDERS_HANDLER, STATUS_MENU, TAIL_ITEMS } from '../../gas/menu';
import { buildGas, loadGas, type Built } from './gas-harness';

const ENTRIES = [
  'onOpen',
  'onInstall',
  'menuCheckPlan',
  'menuClearMarks',
  'menuOpenPanel',
  'menuImportDocx',
  'docxImport',
  'panelCheck',
  'panelClearMarks',
  'panelApplyFix',
  'panelUndo',
  'panelSelect',
  'panelStatuses',
  'panelEnableTracking',
  'panelRefreshTracking',
  'menuEnableTracking',
  'menuRefreshTracking',
  'menuRemindersOn',
  'menuRemindersOff',
  'remindersDaily',
  'menuChecklistsPrepare',
  'menuChecklistsSend',
  'menuChecklistsContinue',
  'menuChecklistsCollect',
  'menuSummary',
];

let built: Built;
beforeAll(() => {
  built = buildGas();
});

test('Code.js is a classic script with no export left', () => {
  // An ES module's `export` is a syntax error in a classic script: compiling proves there is none.
  expect(() => new vm.Script(built.code, { filename: 'Code.js' })).not.toThrow();
  // A statement starts a line or follows `;`/`}`: the bundled docx library's doc comments say «export» in prose.
  expect(built.code).not.toMatch(
    /(^|[;}])[ \t]*export\s*(\{|\*|default\b|function\b|const\b|let\b|var\b|class\b|async\b)/m,
  );
});

test('every entry is a real top-level function declaration that Apps Script can call by name', () => {
  const gas = loadGas(built);
  for (const name of ENTRIES) {
    expect(built.code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    expect(typeof gas.context[name]).toBe('function');
  }
});

test('onOpen in AuthMode.NONE builds the «ОКО-план» menu and touches nothing else', () => {
  const gas = loadGas(built);
  gas.fake.authMode = 'NONE';
  gas.run('onOpen', { authMode: 'NONE' });
  expect(gas.fake.ui.menus).toHaveLength(1);
  const [menu] = gas.fake.ui.menus;
  expect(menu?.caption).toBe('ОКО-план');
  expect(menu?.caption).toBe(MENU_TITLE);
  // «Сводная справка» and «Объективность ВПР…» are added after the submenus, so they show last.
  expect(menu?.items.map((i) => i.caption)).toEqual([
    'Проверить план',
    'Снять отметки',
    'Открыть панель',
    'Импорт из Word…',
    'Сводная справка',
    'Объективность ВПР…',
  ]);
  expect(menu?.items).toEqual(
    [...MENU_ITEMS, ...TAIL_ITEMS].map((i) => ({ caption: i.caption, functionName: i.handler })),
  );
  expect(menu?.subMenus.map((m) => m.caption)).toEqual(['Статусы', 'Чек-листы школ']);
  const [statuses, checklists] = menu?.subMenus ?? [];
  expect(statuses?.items.map((i) => i.caption)).toEqual([
    'Включить отслеживание',
    'Обновить',
    'Напоминания: включить',
    'Напоминания: отключить',
  ]);
  expect(statuses?.items).toEqual(STATUS_MENU.items.map((i) => ({ caption: i.caption, functionName: i.handler })));
  // Every item always there and always meaningful: «Продолжить рассылку» says when nothing is pending.
  expect(checklists?.items.map((i) => i.caption)).toEqual([
    'Подготовить книгу',
    'Разослать',
    'Продолжить рассылку',
    'Собрать',
  ]);
  expect(checklists?.items).toEqual(
    CHECKLISTS_MENU.items.map((i) => ({ caption: i.caption, functionName: i.handler })),
  );
  for (const item of [...(menu?.items ?? []), ...(statuses?.items ?? []), ...(checklists?.items ?? [])])
    expect(typeof gas.context[item.functionName]).toBe('function');
  expect(typeof gas.context[REMINDERS_HANDLER]).toBe('function');
  expect(gas.fake.log.calls).toEqual([]);
});

test('onInstall builds the same menu', () => {
  const gas = loadGas(built);
  gas.run('onInstall', { authMode: 'FULL' });
  expect(gas.fake.ui.menus.map((m) => [m.items.length, m.subMenus.length])).toEqual([[6, 2]]);
});

test('«Открыть панель» shows the self-contained sidebar with the shared panel', () => {
  const gas = loadGas(built);
  gas.run('menuOpenPanel');
  const [sidebar] = gas.fake.ui.sidebars;
  expect(sidebar?.getTitle()).toBe('ОКО-план');
  const html = sidebar?.getContent() ?? '';
  expect(html).toBe(built.sidebar);
  // Self-contained: nothing is loaded from elsewhere (message texts may still mention https://).
  expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
  expect(html).not.toMatch(/<link[^>]*\shref=|@import|url\(\s*['"]?https?:/i);
  expect(html).not.toMatch(/<script[^>]+src=|<link\b/i);
  expect(html).toContain('<div id="oko"></div>');
  expect(html).toContain('.issue-error');
  expect(html).toContain('Проверить план');
  expect(html).toContain('panelApplyFix');
  // The inlined bundle must not end its <script> early.
  expect(html.match(/<\/script/gi)).toHaveLength(1);
});

test('the manifest: V8, Moscow time, the Drive API v3 and Sheets API v4 services, and only the scopes the features need', () => {
  expect(JSON.parse(built.manifest)).toEqual({
    timeZone: 'Europe/Moscow',
    runtimeVersion: 'V8',
    exceptionLogging: 'STACKDRIVER',
    dependencies: {
      enabledAdvancedServices: [
        { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
        // «Импорт из Word»: every merged area of the plan in one batchUpdate (same spreadsheets scope).
        { userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' },
      ],
    },
    oauthScopes: [
      // Open and create the schools' spreadsheets (covers this spreadsheet too).
      'https://www.googleapis.com/auth/spreadsheets',
      // Drive: only the folder and files the tool itself made — never the rest of the user's Drive.
      'https://www.googleapis.com/auth/drive.file',
      // «Сводная справка» as a Google Doc: DocumentApp has no narrower scope.
      'https://www.googleapis.com/auth/documents',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/script.send_mail',
      // Who ran a checklist command, for «Журнал».
      'https://www.googleapis.com/auth/userinfo.email',
    ],
  });
});
