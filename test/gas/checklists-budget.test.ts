/**
 * Call budget of «Чек-листы школ» on Sheets: «Разослать» and «Собрать» make the same, constant
 * number of calls on every school file, and the book's own calls do not grow with the schools.
 */
import type { CallLog } from './fake-sheet';
import { checklistBook, codes, fillAs, fullAnswers, T } from './checklist-scene';
import { buildGas, type Built } from './gas-harness';

type Counts = Record<string, number>;

const RANGE_CALLS = [
  'getValues',
  'getDisplayValues',
  'getFormulas',
  'getMergedRanges',
  'getBackgrounds',
  'getNotes',
  'setValues',
  'setBackgrounds',
  'setNotes',
  'setFontWeights',
  'setDataValidation',
  'setNumberFormat',
  'setWrap',
];

/** Calls on each school file, by its id; the active book's under ''. */
function byFile(log: CallLog): Map<string, Counts> {
  const out = new Map<string, Counts>();
  for (const c of log.calls) {
    const counts = out.get(c.book) ?? {};
    counts[c.method] = (counts[c.method] ?? 0) + 1;
    out.set(c.book, counts);
  }
  return out;
}

const only = (counts: Counts, methods: readonly string[]): Counts =>
  Object.fromEntries(Object.entries(counts).filter(([m]) => methods.includes(m)));
const without = (counts: Counts, methods: readonly string[]): Counts =>
  Object.fromEntries(Object.entries(counts).filter(([m]) => !methods.includes(m)));

/**
 * One school file made: its «Чек-лист» written in one setValues, header bold in one call, hints in
 * one setNotes, two wrapped columns, one validation per run of alike answers (choices, number,
 * date, link), comments as plain text; «_oko» in one setValues. Then the sheets renamed or added,
 * widths, frozen header, protection with C:D open, «_oko» hidden.
 */
const SEND_FILE = {
  getSpreadsheetTimeZone: 1,
  setName: 1,
  insertSheet: 2,
  setValues: 3,
  setFontWeights: 1,
  setNotes: 1,
  setWrap: 4,
  setColumnWidths: 8,
  setFrozenRows: 1,
  setDataValidation: 4,
  setNumberFormat: 2,
  // The answer cells highlighted and the header shaded: one call each.
  setBackgrounds: 2,
  // «Инструкция» is a third sheet, protected like «_oko».
  protect: 3,
  setUnprotectedRanges: 1,
  getEditors: 3,
  removeEditors: 3,
  hideSheet: 1,
};
/** The book's side of each school: the file created in the folder, opened, shared. */
const SEND_PER_SCHOOL = { 'Drive.Files.create': 1, openById: 1, 'Drive.Permissions.create': 1 };
/** The book itself, whatever the number of schools: «Школы» and «Чек-лист» read, «Школы» read again and its two columns written. */
/** getValues: one more than before for the hidden «_oko_template» (the template's id and date). */
const SEND_BOOK_RANGES = { getValues: 6, getDisplayValues: 3, getMergedRanges: 3, setValues: 2 };

/** One school file read: its two sheets looked up and read, one getValues each. */
const COLLECT_FILE = { getSpreadsheetTimeZone: 1, getSheetByName: 2, getDataRange: 2, getValues: 2 };
/** Drive's «modified» and the opening, on the book's side. */
const COLLECT_PER_SCHOOL = { 'Drive.Files.get': 1, openById: 1 };
/** The book: read before the files and again by core's collect, then one write per sheet. */
const COLLECT_BOOK_RANGES = {
  // «Свод чек-листов» wraps its name, file and time columns and the link answer: one setWrap each.
  setWrap: 4,
  // Two more reads (the hidden «_oko_template» and «_oko_files») and one more write («_oko_files»).
  getValues: 11,
  getDisplayValues: 4,
  getMergedRanges: 4,
  setValues: 5,
  setFontWeights: 1,
  setBackgrounds: 1,
};

interface Measured {
  readonly files: Counts[];
  readonly book: Counts;
}

function measure(built: Built, n: number, run: 'send' | 'collect'): Measured {
  const gas = checklistBook(built, codes(n));
  if (run === 'collect') {
    gas.run('menuChecklistsSend');
    codes(n).forEach((code, k) => fillAs(gas, code, T(15, 10, k), { answers: fullAnswers('Да') }));
  }
  gas.fake.log.reset();
  gas.run(run === 'send' ? 'menuChecklistsSend' : 'menuChecklistsCollect');
  expect(gas.fake.ui.alerts).toEqual([]);
  const calls = byFile(gas.fake.log);
  const book = calls.get('') ?? {};
  calls.delete('');
  return { files: [...calls.values()], book };
}

let built: Built;
beforeAll(() => {
  built = buildGas();
});

test.each(['send', 'collect'] as const)(
  '%s: every school file gets the same calls, 10 schools or 30',
  (run) => {
    const small = measure(built, 10, run);
    const large = measure(built, 30, run);
    expect(small.files).toHaveLength(10);
    expect(large.files).toHaveLength(30);
    const [first] = large.files;
    for (const counts of [...small.files, ...large.files]) expect(counts).toEqual(first);
    expect(first).toEqual(run === 'send' ? SEND_FILE : COLLECT_FILE);

    // The book's own calls: only the per-school Drive calls grow, by exactly one each per school.
    const perSchool: Counts = run === 'send' ? SEND_PER_SCHOOL : COLLECT_PER_SCHOOL;
    const growth = Object.fromEntries(
      Object.keys(perSchool).map((m) => [m, (large.book[m] ?? 0) - (small.book[m] ?? 0)]),
    );
    expect(growth).toEqual(Object.fromEntries(Object.keys(perSchool).map((m) => [m, 20])));
    expect(only(large.book, Object.keys(perSchool))).toEqual(
      Object.fromEntries(Object.keys(perSchool).map((m) => [m, 30 + (m === 'Drive.Files.create' ? 1 : 0)])),
    );
    expect(without(large.book, Object.keys(perSchool))).toEqual(without(small.book, Object.keys(perSchool)));
    expect(only(large.book, RANGE_CALLS)).toEqual(run === 'send' ? SEND_BOOK_RANGES : COLLECT_BOOK_RANGES);
  },
  60000,
);
