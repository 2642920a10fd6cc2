/** `oko demo` (what `npm start` runs): the whole job on built-in data, the same every time. */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ValueType } from 'exceljs';
import { FORMULA_TEXT } from '../../cli/demo-checklists';
import { worksheetToGrid } from '../../xlsx/read';
import { oko, type MainRun } from './run-main';
import { openBook } from '../helpers/workbooks';

let dir = '';
const runs: MainRun[] = [];
const out = (k: number): string => join(dir, `run-${k}`);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oko-demo-'));
  for (const k of [1, 2]) runs.push(await oko('demo', '--out', out(k)));
}, 120000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('eight steps with a progress line each, a short report, exit 0', () => {
  const r = runs[0];
  expect(r?.code).toBe(0);
  expect(r?.err).toBe('');
  const steps = (r?.out ?? '').split('\n').filter((l) => /^\[\d\/8\] /.test(l));
  expect(steps.map((l) => l.slice(0, 5))).toEqual([
    '[1/8]',
    '[2/8]',
    '[3/8]',
    '[4/8]',
    '[5/8]',
    '[6/8]',
    '[7/8]',
    '[8/8]',
  ]);
  expect(r?.out).toContain('Индекс объективности муниципалитета');
  expect(r?.out).toContain('Чек-листы направлены 20 школам');
  expect(r?.out).toMatch(/Из 18 мероприятий плана выполнено \d+/);
});

test('writes the checked samples, the book, 20 school files and the справка', async () => {
  const d = out(1);
  for (let k = 1; k <= 5; k++) {
    expect(existsSync(join(d, `plan-${k}.xlsx`))).toBe(true);
    expect(existsSync(join(d, `plan-${k}.checked.xlsx`))).toBe(true);
  }
  expect(readdirSync(join(d, 'schools')).filter((f) => f.endsWith('.xlsx'))).toHaveLength(20);
  expect(existsSync(join(d, 'spravka.docx'))).toBe(true);
  const wb = await openBook(join(d, 'book.xlsx'));
  expect(wb.worksheets.map((ws) => ws.name).sort()).toEqual(
    [
      '_oko_files',
      '_oko_template',
      'Журнал',
      'Объективность ВПР',
      'Параметры',
      'План',
      'Реквизиты',
      'Свод чек-листов',
      'Сводная справка',
      'Чек-лист',
      'Школы',
    ].sort(),
  );
  expect(wb.getWorksheet('План')?.getRow(13).values).toEqual([
    undefined,
    '№',
    'Мероприятия',
    'Сроки',
    'Ожидаемый результат',
    'Исполнитель',
    'Статус',
    'Контрольный срок',
    'Отметка о выполнении',
    'Контроль',
  ]);
  expect(wb.getWorksheet('Сводная справка')?.getImages()).toHaveLength(1);
});

test('the school that typed a formula reaches the book as a link or its value, never a formula', async () => {
  const ws = (await openBook(join(out(1), 'book.xlsx'))).getWorksheet('Свод чек-листов');
  const cells: { value: unknown; type: ValueType }[] = [];
  ws?.eachRow((row) => row.eachCell((cell) => void cells.push({ value: cell.value, type: cell.type })));
  // The formula typed as text: a real link with its label and address; the formula cell: its value.
  const phish = cells.find((c) => c.type === ValueType.Hyperlink && JSON.stringify(c.value).includes('phish'));
  expect(phish?.value).toEqual({
    text: 'Приказ № 45 — https://example.org/phish',
    hyperlink: 'https://example.org/phish',
  });
  expect(cells.some((c) => c.value === FORMULA_TEXT)).toBe(false);
  expect(cells.some((c) => c.value === 'подробнее')).toBe(true);
  expect(cells.some((c) => c.type === ValueType.Formula)).toBe(false);
});

test('deterministic: two runs write the same sheets', async () => {
  const [a, b] = await Promise.all([openBook(join(out(1), 'book.xlsx')), openBook(join(out(2), 'book.xlsx'))]);
  for (const ws of a.worksheets) {
    const other = b.getWorksheet(ws.name);
    if (!other) throw new Error(`no ${ws.name} in the second run`);
    expect({ sheet: ws.name, values: worksheetToGrid(other).values }).toEqual({
      sheet: ws.name,
      values: worksheetToGrid(ws).values,
    });
  }
  expect(runs[1]?.out.replace(/run-2/g, 'run-1')).toBe(runs[0]?.out);
});
