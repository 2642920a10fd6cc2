import fc from 'fast-check';
import { isValidYmd } from '../grid/dates';
import type { CellValue } from '../grid/grid';
import { NO_CONTEXT, type Deadline, type DeadlineContext } from './deadline';
import { parseDeadline } from './deadline-parse';

const ACADEMIC: DeadlineContext = { academicYear: 2021, period: { from: '2021-09-01', to: '2022-08-31' } };
const CALENDAR: DeadlineContext = { academicYear: null, period: { from: '2021-01-01', to: '2024-12-31' } };
const KINDS = new Set(['date', 'range', 'annual', 'period', 'event', 'continuous', 'on-request', 'unparsed']);
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validIso(d: string | null): boolean {
  if (d === null) return true;
  const m = ISO_RE.exec(d);
  return m !== null && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The invariants every result holds, whatever the input. */
function wellFormed(d: Deadline | null): boolean {
  if (d === null) return true;
  if (!KINDS.has(d.kind) || !validIso(d.from) || !validIso(d.to)) return false;
  if (d.from !== null && d.to !== null && d.from > d.to) return false;
  if (d.repeat) {
    const monthsOk = d.repeat.months.every((m) => Number.isInteger(m) && m >= 1 && m <= 12);
    const dayOk = d.repeat.day === null || (d.repeat.day >= 1 && d.repeat.day <= 31);
    if (!monthsOk || !dayOk) return false;
  }
  return true;
}

const contexts = fc.oneof(
  fc.constant(ACADEMIC),
  fc.constant(CALENDAR),
  fc.constant(NO_CONTEXT),
  fc
    .integer({ min: 1990, max: 2100 })
    .map((y): DeadlineContext => ({ academicYear: y, period: { from: `${y}-09-01`, to: `${y + 1}-08-31` } })),
);

const FRAGMENTS = [
  'до',
  'с',
  'по',
  'не позднее',
  'в течение',
  'в течении',
  'в',
  'к',
  'до конца',
  'ежегодно',
  'ежемесячно',
  'ежеквартально',
  'июнь',
  'мая',
  'Сентябрь',
  'ноябрь',
  'февраля',
  'август',
  'декабрь',
  'сент.',
  '2021',
  '2022',
  '2020',
  '21',
  '1',
  '29',
  '31',
  '21.06.2021',
  '06.02',
  '30.05.2023',
  '29.02',
  '31.02.2021',
  '2021-2022',
  '2022/2023',
  '2024-2021',
  'г.',
  'гг.',
  'уч. год',
  'учебного года',
  'года',
  'IV',
  'ii',
  'I',
  'квартал',
  'кв.',
  'полугодие',
  'четверть',
  'числа',
  '-',
  '–',
  '—',
  ',',
  '(',
  ')',
  '**',
  '«',
  '»',
  'по графику',
  'постоянно',
  'по запросу',
  'года',
  'весь период',
  '44368',
  '\u00a0',
  '.',
  ';',
  'и',
];
const SEPARATORS = [' ', '', '  ', '\u00a0', '-', ' – ', ', '];

const assembled = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...SEPARATORS)), { maxLength: 8 })
  .map((parts) => parts.map(([f, s]) => f + s).join(''));

const cells: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.string({ unit: 'binary' }),
  assembled,
  fc.double(),
  fc.integer({ min: 0, max: 100000 }),
  fc.boolean(),
  fc.string().map((error) => ({ error })),
  fc
    .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => ({
      date: `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    })),
);

describe('parseDeadline properties', () => {
  test('arbitrary strings: never throws, results well formed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), contexts, (s, ctx) =>
        wellFormed(parseDeadline(s, ctx)),
      ),
      { numRuns: 2000 },
    );
  });

  test('strings assembled from deadline fragments: never throws, results well formed', () => {
    fc.assert(
      fc.property(assembled, contexts, (s, ctx) => {
        const d = parseDeadline(s, ctx);
        if (!wellFormed(d)) return false;
        // Only whitespace-only strings are empty cells.
        return d === null ? s.trim() === '' : d.text === s.trim();
      }),
      { numRuns: 5000 },
    );
  });

  test('any cell value: never throws, results well formed', () => {
    fc.assert(
      fc.property(cells, contexts, (v, ctx) => wellFormed(parseDeadline(v, ctx))),
      { numRuns: 3000 },
    );
  });

  test('a range and the same range written backwards give one window', () => {
    const days = fc
      .tuple(fc.integer({ min: 2000, max: 2050 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([y, m, d]) => `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`);
    fc.assert(
      fc.property(days, days, (a, b) => {
        const ab = parseDeadline(`${a} - ${b}`, ACADEMIC);
        const ba = parseDeadline(`${b} – ${a}`, ACADEMIC);
        return ab?.kind === 'range' && ab.from === ba?.from && ab.to === ba?.to;
      }),
    );
  });
});

describe('parseDeadline speed', () => {
  // A generous bound on this process's own CPU time, not wall time: other suites and programs sharing
  // the cores must not fail it; `npm run bench` gives the real figure.
  test('10,000 texts parse in under 400 ms', () => {
    const samples = [
      'До 21 июня 2021',
      '06.02-30.05.2023',
      'Апрель – май 2022',
      'IV квартал 2022',
      'Ежегодно (июнь-июль)',
      'до 25 числа ежемесячно',
      'В течение 2021-2022 учебного года',
      'в течение года',
      'По результатам процедур ОКО',
      'Постоянно',
      'По запросу',
      'когда-нибудь',
      'с 06.02.2023 по 30.05.2023',
      'август',
      'II полугодие',
      'До 17.02.2023 (до 11:00 мск)',
      '2021-2022 гг.',
      'в течение всего времени',
      'Июнь, август',
      '21.06.21',
    ];
    const inputs = Array.from({ length: 10000 }, (_, i) => `${samples[i % samples.length] ?? ''}${' '.repeat(i % 3)}`);
    for (const s of inputs.slice(0, 2000)) parseDeadline(s, ACADEMIC); // warm up the regex engine
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const t0 = process.cpuUsage();
      for (const s of inputs) parseDeadline(s, ACADEMIC);
      best = Math.min(best, process.cpuUsage(t0).user / 1000);
    }
    expect(best).toBeLessThan(400);
  });
});
