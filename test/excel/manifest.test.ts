/**
 * The built manifest: well-formed XML, a GUID id, ids and labels as in office-addin/ids.ts and
 * ru.excel, every URL on the configured base, every icon present at its size, and every
 * ExecuteFunction action associated by the built commands bundle (loaded in a vm).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { ACTIONS, CONTROLS, OFFICE_JS_URL, TASKPANE_ID } from '../../office-addin/ids';
import { ru } from '../../core/messages/ru';
import { seedGrid } from '../helpers/seeds';
import { bookOf } from './excel-fixture';
import { STATUS_PLAN } from './status-plan';
import { createFakeOffice } from './fake-excel';
import { allElements, parseXml, type XmlElement } from './xml-tree';
import { buildAddin } from './build-addin';

const BASE = 'https://oko.example.org/plan';
const out = mkdtempSync(join(tmpdir(), 'oko-addin-'));
const dev = mkdtempSync(join(tmpdir(), 'oko-addin-dev-'));

beforeAll(() => {
  expect(buildAddin(out, `${BASE}/`).status).toBe(0);
  expect(buildAddin(dev).status).toBe(0);
});

const manifest = (dir: string): XmlElement => parseXml(readFileSync(join(dir, 'manifest.xml'), 'utf8'));
const named = (root: XmlElement, name: string): XmlElement[] => allElements(root).filter((e) => e.name === name);
const resources = (root: XmlElement): Map<string, string> =>
  new Map(
    allElements(root)
      .filter((e) => e.attrs.id && e.attrs.DefaultValue !== undefined)
      .map((e) => [e.attrs.id ?? '', e.attrs.DefaultValue ?? '']),
  );

test('the XML checker itself rejects what is not well-formed', () => {
  for (const bad of ['<a><b></a></b>', '<a x=1/>', '<a>&</a>', '<a/><b/>', '<a x="1" x="2"/>', 'text<a/>', '<a>']) {
    expect(() => parseXml(bad)).toThrow();
  }
  expect(parseXml('<?xml version="1.0"?><!-- c --><a q="&amp;">t<b/></a>').children).toHaveLength(1);
});

test('well-formed, a GUID id, Excel workbook, ExcelApi 1.1, Russian by default', () => {
  const root = manifest(out);
  expect(root.name).toBe('OfficeApp');
  expect(root.attrs['xsi:type']).toBe('TaskPaneApp');
  expect(named(root, 'Id')[0]?.text).toMatch(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i,
  );
  expect(named(root, 'DefaultLocale')[0]?.text).toBe('ru-RU');
  expect(named(root, 'Host').map((h) => h.attrs.Name ?? h.attrs['xsi:type'])).toEqual(['Workbook', 'Workbook']);
  expect(named(root, 'Set').map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([['ExcelApi', '1.1']]);
  expect(named(root, 'DisplayName')[0]?.attrs.DefaultValue).toBe(ru.excel.addin.name);
  expect(named(root, 'Description')[0]?.attrs.DefaultValue).toBe(ru.excel.addin.description);
});

test('buttons: one action id each, ids and Russian labels as in the code', () => {
  const root = manifest(out);
  const text = resources(root);
  const controls = named(root, 'Control');
  expect(controls.map((c) => c.attrs.id)).toEqual([
    CONTROLS.checkPlan,
    CONTROLS.clearMarks,
    CONTROLS.enableTracking,
    CONTROLS.refreshTracking,
    CONTROLS.summary,
    CONTROLS.openPane,
  ]);
  const label = (c: XmlElement | undefined): string =>
    text.get(c?.children.find((x) => x.name === 'Label')?.attrs.resid ?? '') ?? '';
  expect(controls.map(label)).toEqual([
    ru.excel.ribbon.check,
    ru.excel.ribbon.clear,
    ru.excel.ribbon.track,
    ru.excel.ribbon.refresh,
    ru.excel.ribbon.summary,
    ru.excel.ribbon.pane,
  ]);
  expect(named(root, 'FunctionName').map((f) => f.text)).toEqual([
    ACTIONS.checkPlan,
    ACTIONS.clearMarks,
    ACTIONS.enableTracking,
    ACTIONS.refreshTracking,
    ACTIONS.summary,
  ]);
  expect(named(root, 'TaskpaneId').map((t) => t.text)).toEqual([TASKPANE_ID]);
  expect(named(root, 'CustomTab').map((t) => [t.attrs.id, label(t)])).toEqual([[CONTROLS.tab, ru.excel.ribbon.tab]]);
  expect(named(root, 'Group').map((g) => [g.attrs.id, label(g)])).toEqual([[CONTROLS.group, ru.excel.ribbon.group]]);
  const catalog = new Set<string>([...Object.values(ru.excel.ribbon), ...Object.values(ru.excel.addin)]);
  for (const s of named(root, 'bt:String')) expect(catalog.has(s.attrs.DefaultValue ?? '')).toBe(true);
  for (const s of named(root, 'bt:String')) expect((s.attrs.DefaultValue ?? '').length).toBeLessThanOrEqual(250);
});

test('every URL starts with the configured base; https://localhost:3000 without OKO_BASE_URL', () => {
  for (const [dir, base] of [
    [out, BASE],
    [dev, 'https://localhost:3000'],
  ] as const) {
    const source = readFileSync(join(dir, 'manifest.xml'), 'utf8');
    expect(source).not.toContain('{{');
    const urls = allElements(manifest(dir)).flatMap((e) => Object.values(e.attrs).filter((v) => /^\w+:\/\//.test(v)));
    expect(urls.length).toBeGreaterThan(15);
    for (const url of urls.filter(
      (u) => !u.startsWith('http://schemas.microsoft.com/') && !u.startsWith('http://www.w3.org/'),
    )) {
      expect(url.startsWith(`${base}/`)).toBe(true);
    }
    const pages = urls.filter((u) => u.startsWith(base)).map((u) => u.slice(base.length + 1));
    for (const page of pages) expect(existsSync(join(dir, page))).toBe(true);
  }
});

test('SupportUrl: a Russian help page on the configured base, built from the catalog', () => {
  const support = named(manifest(out), 'SupportUrl');
  expect(support.map((s) => s.attrs.DefaultValue)).toEqual([`${BASE}/support.html`]);
  const page = readFileSync(join(out, 'support.html'), 'utf8');
  expect(page).toContain('lang="ru"');
  expect(page).toContain(ru.excel.support.title);
  expect(page).toContain('Excel 2016 и 2019');
});

test('every icon exists in assets at the size the manifest gives', () => {
  const root = manifest(out);
  const text = resources(root);
  const sized = named(root, 'bt:Image').filter((i) => i.attrs.size);
  expect(sized.length).toBe(21);
  for (const image of sized) {
    const url = text.get(image.attrs.resid ?? '') ?? '';
    const file = join(out, url.slice(BASE.length + 1));
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(Number(image.attrs.size));
  }
  expect(readdirSync(join(out, 'assets')).length).toBeGreaterThanOrEqual(21);
});

test('pages load Office.js from the CDN and nothing of the test stub is shipped', () => {
  for (const page of ['taskpane.html', 'commands.html', 'message.html']) {
    expect(readFileSync(join(out, page), 'utf8')).toContain(`<script src="${OFFICE_JS_URL}"></script>`);
  }
  for (const file of readdirSync(out).filter((f) => f.endsWith('.js'))) {
    expect(readFileSync(join(out, file), 'utf8')).not.toMatch(/FakeBook|fake-excel|__okoStub/);
  }
});

test('ExcelJS and JSZip ship only in checklist-files.js, which the pane loads on first use', () => {
  const kit = readFileSync(join(out, 'checklist-files.js'), 'utf8');
  expect(kit).toMatch(/JSZip/);
  for (const file of ['taskpane.js', 'commands.js', 'message.js']) {
    const code = readFileSync(join(out, file), 'utf8');
    expect({ file, bundled: /JSZip|writeBuffer/.test(code) }).toEqual({ file, bundled: false });
    // The pane's own code grows with its features (issue 15: hidden sheets, web links); a kit slipping in
    // (ExcelJS, docx, ECharts: hundreds of KB each) still fails here.
    expect(code.length).toBeLessThan(625 * 1024);
  }
});

test('a deployment URL that is not https is refused with a Russian message', () => {
  const r = buildAddin(mkdtempSync(join(tmpdir(), 'oko-addin-bad-')), 'http://oko.example.org');
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('OKO_BASE_URL должен быть адресом https://');
});

describe('the commands bundle, loaded in a vm with a fake Office', () => {
  const load = (book = bookOf(seedGrid('002_54f4a90b33e7accb.txt').values)): ReturnType<typeof createFakeOffice> => {
    const fake = createFakeOffice(book);
    const code = readFileSync(join(out, 'commands.js'), 'utf8');
    const context: Record<string, unknown> = {
      Office: fake.Office,
      Excel: fake.Excel,
      console,
      TextEncoder,
      URL,
      setTimeout,
      clearTimeout,
    };
    // The commands page's global object is its window.
    context.window = context;
    runInNewContext(code, context);
    return fake;
  };
  const press = (fake: ReturnType<typeof createFakeOffice>, id: string): Promise<void> =>
    new Promise((completed) => fake.associated.get(id)?.({ completed }));

  test('associates every ExecuteFunction action of the manifest', () => {
    const fake = load();
    expect([...fake.associated.keys()].sort()).toEqual(
      named(manifest(out), 'FunctionName')
        .map((f) => f.text)
        .sort(),
    );
  });

  test('every action is also a global function of its FunctionName (Office without Office.actions)', () => {
    const fake = createFakeOffice(bookOf([['x']]));
    const context: Record<string, unknown> = { Office: fake.Office, Excel: fake.Excel, console, setTimeout };
    context.window = context;
    runInNewContext(readFileSync(join(out, 'commands.js'), 'utf8'), context);
    for (const id of Object.values(ACTIONS)) expect(typeof context[id]).toBe('function');
  });

  test('«Проверить план» marks the sheet and «Снять отметки» clears it; both complete the event', async () => {
    const fake = load();
    await press(fake, ACTIONS.checkPlan);
    expect(fake.book.find(ru.report.sheetName)).toBeDefined();
    await press(fake, ACTIONS.clearMarks);
    expect(fake.book.find(ru.report.sheetName)).toBeUndefined();
  });

  test('«Статусы: включить» adds the columns once, «Статусы: обновить» recomputes; both complete the event', async () => {
    const fake = load(bookOf(STATUS_PLAN.map((r) => [...r])));
    const sheet = fake.book.sheet('План');
    await press(fake, ACTIONS.enableTracking);
    const head = (): unknown[] => (sheet.rows[2] ?? []).map((c) => c?.value ?? '');
    expect(head().slice(5)).toEqual(['Статус', 'Контрольный срок', 'Контроль']);
    await press(fake, ACTIONS.enableTracking);
    expect(head()).toHaveLength(8);
    sheet.at(4, 5).value = 'Выполнено';
    await press(fake, ACTIONS.refreshTracking);
    expect(sheet.get(4, 7)?.value).toBe('Выполнено');
    expect(sheet.validations).toHaveLength(1);
    expect(sheet.conditionals).toHaveLength(2);
  });

  test('«Сводная справка» writes the summary sheet of the open plan and completes the event', async () => {
    const fake = load(bookOf(STATUS_PLAN.map((r) => [...r])));
    await press(fake, ACTIONS.summary);
    expect(fake.book.find(ru.summary.sheetName)?.get(3, 0)?.value).toBe(ru.summary.title);
    expect(fake.book.sheet('План').rows[2]?.length).toBe(5);
  });

  test('a failing command still completes its event', async () => {
    const fake = load();
    (fake.Excel as { run: unknown }).run = () => Promise.reject(new Error('нет связи'));
    await press(fake, ACTIONS.checkPlan);
  });
});
