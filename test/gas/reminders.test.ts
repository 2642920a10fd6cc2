/**
 * «Статусы → Напоминания» on Google Sheets: one daily trigger, the «Ответственные» sheet made
 * only when missing, at most one e-mail per person a day within the mail quota, failures logged.
 */
import type { CellValue, Grid } from '../../core/grid/grid';
import type { FakeSheet } from './fake-sheet';
import { buildGas, planGas, setClock, type Built, type Gas } from './gas-harness';

const PLAN: CellValue[][] = [
  ['План мероприятий по обеспечению объективности на 2024-2025 учебный год'],
  ['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Отметка о выполнении'],
  ['1. Организация'],
  ['1.1', 'Приказ о проведении ВПР', 'март 2025', 'Управление образования', ''],
  ['1.2', 'Наблюдатели на ВПР', 'апрель – май 2025', 'ИМЦ', 'Приказ № 5'],
  ['2. Контроль'],
  ['2.1', 'Перепроверка работ ВПР', 'до 15 мая 2025', 'ИМЦ, Управление образования', ''],
  ['2.2', 'Отчёт об итогах года', 'июнь 2025', 'Руководители ОО', ''],
];
const GRID: Grid = { sheet: 'План', values: PLAN, merges: [] };
const CONTACTS = [
  ['ФИО / должность', 'E-mail'],
  ['Управление образования', 'uo@edu.example.ru'],
  ['ИМЦ', 'imc@edu.example.ru'],
  ['Руководители ОО', 'oo@edu.example.ru'],
];

let built: Built;
beforeAll(() => {
  built = buildGas();
});

/** A plan with tracking on, as reminders need «Статус» to know what is done. */
function plan(today = '2025-05-05'): { gas: Gas; sheet: FakeSheet } {
  const gas = planGas(built, GRID);
  setClock(gas, today);
  gas.run('menuEnableTracking');
  return { gas, sheet: gas.fake.book.sheet('План') };
}

/** Reminders on for «План», with the contacts filled in as an official would. */
function withReminders(today = '2025-05-05'): Gas {
  const { gas } = plan(today);
  gas.run('menuRemindersOn');
  gas.fake.book.sheet('Ответственные').getRange(1, 1, CONTACTS.length, 2).setValues(CONTACTS);
  return gas;
}

const sentTo = (gas: Gas): string[] => gas.fake.mail.sent.map((m) => m.to);
const errors = (gas: Gas): string[] => gas.fake.logs.filter((l) => l.level === 'error').map((l) => l.message);

test('enabling twice leaves one daily trigger at 8:00 and makes «Ответственные» only when it is missing', () => {
  const { gas, sheet } = plan();
  gas.run('menuRemindersOn');
  expect(gas.fake.script.triggers.map((t) => [t.handler, t.schedule])).toEqual([
    ['remindersDaily', { everyDays: 1, everyHours: null, atHour: 8, timeZone: 'Europe/Moscow' }],
  ]);
  const contacts = gas.fake.book.sheet('Ответственные');
  expect(contacts.getDataRange().getValues()).toEqual([['ФИО / должность', 'E-mail']]);
  expect(gas.fake.book.getActiveSheet().getName()).toBe('Ответственные');
  expect(gas.fake.ui.alerts.map((a) => a.message)).toEqual([
    expect.stringMatching(/^Напоминания включены для листа «План»\. Добавлен лист «Ответственные»/),
  ]);
  expect(gas.fake.documentProperties.getProperty('oko.reminders.sheet')).toBe('План');

  contacts.getRange(1, 1, CONTACTS.length, 2).setValues(CONTACTS);
  sheet.activate();
  gas.run('menuRemindersOn');
  expect(gas.fake.script.triggers).toHaveLength(1);
  expect(contacts.getDataRange().getValues()).toEqual(CONTACTS);
  expect(gas.fake.ui.alerts).toHaveLength(1);
  expect(gas.fake.book.toasts.at(-1)?.message).toMatch(
    /^Напоминания включены: каждое утро около 8:00 — письма ответственным \(адресов: 3\)/,
  );
});

test('an «Ответственные» sheet without addresses is kept and the official is told', () => {
  const { gas } = plan();
  gas.fake.book.addSheet('Ответственные', [
    ['Ответственный', 'Телефон'],
    ['ИМЦ', '123-45-67'],
  ]);
  gas.run('menuRemindersOn');
  expect(gas.fake.book.sheet('Ответственные').getDataRange().getValues()).toEqual([
    ['Ответственный', 'Телефон'],
    ['ИМЦ', '123-45-67'],
  ]);
  expect(gas.fake.ui.alerts.map((a) => a.message)).toEqual([expect.stringMatching(/но писать пока некому/)]);
  expect(gas.fake.script.triggers).toHaveLength(1);
});

test('the daily run: one e-mail per person with their overdue and due-soon measures, none twice a day', () => {
  const gas = withReminders();
  gas.run('remindersDaily');
  expect(errors(gas)).toEqual([]);
  expect(sentTo(gas)).toEqual(['uo@edu.example.ru', 'imc@edu.example.ru']);
  const [uo, imc] = gas.fake.mail.sent;
  expect(uo?.subject).toBe('ОКО-план: мероприятий с подходящим или пропущенным сроком — 2');
  expect(uo?.body).toContain('• 1.1 Приказ о проведении ВПР — 31.03.2025 — Просрочено (35 дн.)');
  expect(uo?.body).toContain('• 2.1 Перепроверка работ ВПР — 15.05.2025 — Срок через 10 дн.');
  expect(imc?.body).not.toContain('Приказ о проведении ВПР');
  expect(imc?.body).toContain('Перепроверка работ ВПР');
  expect(gas.fake.logs).toEqual([]);

  gas.run('remindersDaily');
  expect(gas.fake.mail.sent).toHaveLength(2);

  // Another official's trigger running at the same moment holds the lock: this run steps aside.
  setClock(gas, '2025-05-06');
  gas.fake.lock.held = true;
  gas.run('remindersDaily');
  expect(gas.fake.mail.sent).toHaveLength(2);
  gas.fake.lock.held = false;

  // Next morning: the official has marked 1.1 done, so only 2.1 is left for «Управление образования».
  gas.fake.book.sheet('План').getRange('F4').setValue('Выполнено');
  setClock(gas, '2025-05-06');
  gas.run('remindersDaily');
  expect(sentTo(gas).slice(2)).toEqual(['uo@edu.example.ru', 'imc@edu.example.ru']);
  expect(gas.fake.mail.sent[2]?.body).not.toContain('Приказ о проведении ВПР');
  // Only today's sends are kept: the stored list does not grow day by day.
  expect(JSON.parse(gas.fake.documentProperties.getProperty('oko.reminders.sentOn') ?? '{}')).toEqual({
    'uo@edu.example.ru': '2025-05-06',
    'imc@edu.example.ru': '2025-05-06',
  });
});

test('with a quota of one, one e-mail goes and the rest wait for the next run', () => {
  const gas = withReminders();
  gas.fake.mail.quota = 1;
  gas.run('remindersDaily');
  expect(sentTo(gas)).toEqual(['uo@edu.example.ru']);
  expect(gas.fake.logs.filter((l) => l.level === 'warn').map((l) => l.message)).toEqual([
    'Дневной лимит писем исчерпан; не отправлено напоминаний: 1. Они уйдут при следующем запуске.',
  ]);
  gas.fake.mail.quota = 100;
  gas.run('remindersDaily');
  expect(sentTo(gas)).toEqual(['uo@edu.example.ru', 'imc@edu.example.ru']);
});

test('failures are logged, never thrown at nobody: a bad address, a renamed plan sheet', () => {
  const gas = withReminders();
  gas.fake.book.sheet('Ответственные').getRange('B2').setValue('uo@edu.example.ru,');
  gas.run('remindersDaily');
  expect(sentTo(gas)).toEqual(['imc@edu.example.ru']);
  expect(errors(gas)).toEqual([
    expect.stringMatching(/^Напоминание для uo@edu\.example\.ru, не отправлено: Invalid email/),
  ]);

  setClock(gas, '2025-05-06');
  gas.fake.book.sheet('План').name = 'План (старый)';
  expect(() => gas.run('remindersDaily')).not.toThrow();
  expect(errors(gas).at(-1)).toMatch(/^Напоминания не отправлены: Лист «План» не найден/);
  expect(gas.fake.ui.alerts).toHaveLength(1);
  expect(gas.fake.mail.sent).toHaveLength(1);
});

test('a plan without tracking, or a sheet that is no plan, is refused; disabling removes the trigger', () => {
  const untracked = planGas(built, GRID);
  setClock(untracked, '2025-05-05');
  untracked.run('menuRemindersOn');
  expect(untracked.fake.ui.alerts.map((a) => a.message)).toEqual([
    'Отслеживание ещё не включено: выберите «Статусы → Включить отслеживание».',
  ]);
  expect(untracked.fake.script.triggers).toEqual([]);
  expect(untracked.fake.book.getSheets().map((s) => s.getName())).toEqual(['План']);

  const { gas } = plan();
  const note = gas.fake.book.addSheet('Записка', [['Пояснительная записка']]);
  note.activate();
  gas.run('menuRemindersOn');
  expect(gas.fake.ui.alerts.at(-1)?.message).toMatch(
    /^Лист «Записка» пуст|^На листе «Записка» не найдена таблица плана/,
  );
  expect(gas.fake.script.triggers).toEqual([]);

  gas.fake.book.sheet('План').activate();
  gas.run('menuRemindersOn');
  expect(gas.fake.script.triggers).toHaveLength(1);
  gas.run('menuRemindersOff');
  expect(gas.fake.script.triggers).toEqual([]);
  expect(gas.fake.book.toasts.at(-1)?.message).toBe('Напоминания отключены: письма больше не отправляются.');
  gas.run('menuRemindersOff');
  expect(gas.fake.book.toasts.at(-1)?.message).toBe('Напоминания не были включены: отключать нечего.');
});
