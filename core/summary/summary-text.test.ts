/** The short text: Russian plurals, only numbers of the tables, each missing part said in words. */
import type { ChecklistSummary, PlanSummary } from './summary-types';
import { summarySentences } from './summary-text';

function plan(items: number, done: number, overdue: number, upcoming: number): PlanSummary {
  const line = <K extends string>(id: K, label: string, count: number) => ({
    id,
    label,
    count,
    percent: Math.round((count * 100) / items),
  });
  const upcomingLine = {
    row: 1,
    number: '1',
    activity: 'А',
    deadline: 'март',
    controlDate: '2022-03-31',
    days: 6,
    responsible: 'ИМЦ',
  };
  return {
    items,
    tracked: true,
    statuses: [
      line('not-started', 'Не начато', items - done),
      line('in-progress', 'В работе', 0),
      line('done', 'Выполнено', done),
      line('postponed', 'Перенесено', 0),
      line('cancelled', 'Отменено', 0),
    ],
    controls: [line('overdue', 'Просрочено', overdue)],
    sections: [],
    responsible: [],
    overdue: [],
    upcoming: Array.from({ length: upcoming }, () => upcomingLine),
    upcomingDays: 14,
    dueSoonDays: 14,
  };
}

const NONE: ChecklistSummary = { state: 'none' };
const TODAY = '2022-03-25';

test.each([
  [
    1,
    'Из 1 мероприятия плана выполнено 1 (100\u00A0%).',
    'Просрочено 1 мероприятие (100\u00A0%).',
    'наступает контрольный срок 1 мероприятия.',
  ],
  [
    2,
    'Из 2 мероприятий плана выполнено 1 (50\u00A0%), не начато — 1 (50\u00A0%).',
    'Просрочено 2 мероприятия (100\u00A0%).',
    'наступает контрольный срок 2 мероприятий.',
  ],
  [
    5,
    'Из 5 мероприятий плана выполнено 1 (20\u00A0%), не начато — 4 (80\u00A0%).',
    'Просрочено 5 мероприятий (100\u00A0%).',
    'наступает контрольный срок 5 мероприятий.',
  ],
  [
    21,
    'Из 21 мероприятия плана выполнено 1 (5\u00A0%), не начато — 20 (95\u00A0%).',
    'Просрочено 21 мероприятие (100\u00A0%).',
    'наступает контрольный срок 21 мероприятия.',
  ],
])('%i: plurals agree with the numbers', (n, first, overdue, upcoming) => {
  const s = summarySentences(plan(n, 1, n, n), NONE, TODAY);
  expect(s[0]).toBe(first);
  expect(s[1]).toBe(overdue);
  expect(s[2]).toBe(`В ближайшие 14 дней (по 08.04.2022) ${upcoming}`);
  expect(s[3]).toBe('Чек-листы школ в книге не ведутся.');
});

test('no overdue and no upcoming are said, not counted as zeros', () => {
  expect(summarySentences(plan(3, 3, 0, 0), NONE, TODAY)).toEqual([
    'Из 3 мероприятий плана выполнено 3 (100\u00A0%).',
    'Просроченных мероприятий нет.',
    'В ближайшие 14 дней (по 08.04.2022) контрольных сроков нет.',
    'Чек-листы школ в книге не ведутся.',
  ]);
});

test('a plan without statuses says so instead of «выполнено 0»', () => {
  const p: PlanSummary = { ...plan(1, 0, 0, 0), tracked: false, statuses: null, controls: null, overdue: null };
  expect(summarySentences(p, NONE, TODAY)[0]).toBe(
    'План включает 1 мероприятие; статусы выполнения ещё не ведутся, поэтому сведений о выполнении и просрочке нет.',
  );
});

test('checklists: sent, submitted, accepted, not submitted, quarantine and the range of «Да»', () => {
  const ind = (id: string, yesPercent: number | null, type: 'choice' | 'number' = 'choice') => ({
    id,
    text: id,
    type,
    yes: 0,
    no: 0,
    partial: 0,
    empty: 0,
    base: 12,
    yesPercent,
  });
  const c: ChecklistSummary = {
    state: 'collected',
    counts: { sent: 21, opened: 15, submitted: 13, accepted: 4, quarantined: 1, notSubmitted: 8 },
    notSubmitted: Array.from({ length: 8 }, (_, i) => ({
      code: String(i),
      name: 'Школа',
      status: 'not-opened' as const,
      statusLabel: 'Не открыт',
    })),
    answered: 12,
    indicators: [ind('2.1', 91.7), ind('2.5', 33.3), ind('2.6', 91.7), ind('2.10', 10, 'number')],
  };
  const s = summarySentences(plan(2, 1, 0, 0), c, TODAY).slice(3);
  expect(s).toEqual([
    'Чек-листы направлены 21 школе: сдали — 13 (62\u00A0%), в том числе приняты управлением — 4; не сдали — 8 (38\u00A0%). У 1 школы файл не принят из-за ошибок в заполнении: школам сообщено, ожидаются исправленные файлы.',
    'По ответам 12 школ, сдавших чек-лист, доля ответов «Да» по показателям с ответом «Да / Нет / Частично» составляет от 33,3\u00A0% (показатель 2.5) до 91,7\u00A0% (показатель 2.1).',
  ]);
  expect(summarySentences(plan(2, 1, 0, 0), { state: 'not-collected', sent: 2 }, TODAY).slice(3)).toEqual([
    'Чек-листы подготовлены для 2 школ, ответы ещё не собраны.',
  ]);
});
