/** `oko status`: the tracking columns in a copy, once; statuses typed by the official survive. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli/oko';
import type { Io } from '../../cli/io';
import { seedXlsx } from '../helpers/seed-xlsx';
import { openBook } from '../helpers/workbooks';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'oko-status-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function oko(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => void (out += `${s}\n`), err: (s) => void (err += `${s}\n`) };
  const code = await main(args, io);
  return { code, out, err };
}

const SEED = '002_54f4a90b33e7accb.txt';

test('--out adds the four columns once, with a dropdown, date cells and colour rules', async () => {
  const src = await seedXlsx(SEED, dir);
  const once = join(dir, 'once.xlsx');
  const twice = join(dir, 'twice.xlsx');
  expect((await oko('status', src, '--today', '2022-03-25', '--out', once)).code).toBe(0);
  expect((await oko('status', once, '--today', '2022-03-25', '--out', twice)).code).toBe(0);
  const ws = (await openBook(twice)).getWorksheet('План');
  expect(ws?.getRow(13).values).toEqual([
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
  expect(ws?.getCell('F31').value).toBe('Не начато');
  expect(ws?.getCell('F31').dataValidation).toMatchObject({
    type: 'list',
    formulae: ['"Не начато,В работе,Выполнено,Перенесено,Отменено"'],
  });
  expect(ws?.getCell('G31').value).toEqual(new Date(Date.UTC(2022, 1, 28)));
  expect(ws?.getCell('I31').value).toBe('Просрочено (25 дн.)');
  expect(ws?.getCell('F14').value).toBeNull();
  expect(ws?.getCell('F23').value).toBeNull();
});

test('statuses typed by the official survive, a moved row keeps its status, JSON follows the contract', async () => {
  const src = await seedXlsx(SEED, dir);
  const tracked = join(dir, 'tracked.xlsx');
  await oko('status', src, '--today', '2022-03-25', '--out', tracked);
  const wb = await openBook(tracked);
  const ws = wb.getWorksheet('План');
  if (!ws) throw new Error('no sheet');
  ws.getCell('F31').value = 'выполнено ';
  ws.getCell('H31').value = 'Отчёты получены, письмо № 12';
  ws.spliceRows(20, 0, ['', 'Новая строка без номера', '', '', '', '', '', '', '']);
  const edited = join(dir, 'edited.xlsx');
  await wb.xlsx.writeFile(edited);

  const r = await oko('status', edited, '--today', '2022-03-25', '--json');
  expect(r.code).toBe(0);
  const json = JSON.parse(r.out) as {
    items: {
      row: number;
      number: string | null;
      status: string;
      controlDate: string | null;
      control: string;
      daysLeft: number | null;
    }[];
    totals: { status: Record<string, number>; control: Record<string, number> };
  };
  expect(json.items.find((i) => i.number === '10')).toEqual({
    row: 32,
    number: '10',
    status: 'Выполнено',
    controlDate: '2022-02-28',
    control: 'Выполнено',
    daysLeft: -25,
  });
  expect(json.totals.status['Выполнено']).toBe(1);
  expect(json.totals.control['overdue']).toBe(0);
});

test('a bad --today is a Russian message and exit 2', async () => {
  const r = await oko('status', 'x.xlsx', '--today', '2022-02-30');
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/ГГГГ-ММ-ДД/);
});
