/**
 * The «Свод чек-листов» sheet, rebuilt on every collect: one row per school (status, date, file,
 * one column per indicator, coloured by answer), then the per-indicator totals, the schools that
 * have not submitted, the quarantined files and the schools' comments. Its first table is also
 * read back at the next collect, to know which accepted files are new.
 */
import type { Change, FillChange, OutputValue, SheetChange } from '../changes/change-set';
import { ruDateTime } from '../grid/datetime';
import type { CellValue } from '../grid/grid';
import { ru } from '../messages/ru';
import { acceptedFilesSheet } from './accepted-files';
import { choiceOf, type Choice } from './answer-normalize';
import type { IndicatorTotal } from './indicator-totals';
import { linkCell } from './link-text';
import type { School } from './registry';
import { statusName, type SchoolStatus } from './school-status';
import type { QuarantinedFile } from './submission-merge';
import type { Submission } from './submission-read';
import type { Template } from './template';

export const ANSWER_FILLS: Readonly<Record<Choice, string>> = { yes: '#C6EFCE', no: '#FFC7CE', partial: '#FFEB9C' };

/** Код ОО, Наименование, Статус, Дата сдачи, Файл, Изменён; the indicators follow. */
const FIXED_COLS = 6;

export interface SummarySchool {
  readonly school: School;
  readonly status: SchoolStatus;
  readonly submission: Submission | null;
  /** «Дата сдачи»: the day of a file with answers; null for none or an untouched one. */
  readonly date: CellValue;
}

export interface SummaryInput {
  readonly template: Template;
  readonly schools: readonly SummarySchool[];
  readonly totals: readonly IndicatorTotal[];
  readonly notSubmitted: readonly SummarySchool[];
  readonly quarantine: readonly QuarantinedFile[];
  /** The book's UTC offset in minutes: «Изменён» is shown in its local time. */
  readonly offset: number;
}

/** The calendar day of an ISO timestamp as the school's clock wrote it (`2025-05-20T…` → 20.05.2025). */
export function dayOf(modified: string): CellValue {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(modified);
  return m?.[1] ? { date: m[1] } : null;
}

/**
 * What identifies an accepted file between two collects: its name and its «modified» moment.
 */
export function fingerprint(s: Pick<Submission, 'file' | 'modified'>): string {
  return `${s.file}
${s.modified}`;
}

class SheetBuilder {
  readonly rows: OutputValue[][] = [];
  readonly bold: number[] = [];
  readonly fills: FillChange[] = [];

  constructor(private readonly sheet: string) {}

  push(line: OutputValue[], bold = false): number {
    this.rows.push(line);
    if (bold) this.bold.push(this.rows.length);
    return this.rows.length;
  }

  fill(row: number, col: number, color: string): void {
    this.fills.push({ kind: 'fill', sheet: this.sheet, row, col, color });
  }
}

function schoolRows(b: SheetBuilder, input: SummaryInput): void {
  b.push([...ru.checklists.summary.columns, ...input.template.indicators.map((i) => i.id)], true);
  for (const s of input.schools) {
    const sub = s.submission;
    const row = b.push([
      s.school.code,
      s.school.name,
      statusName(s.status),
      s.date,
      sub?.file ?? null,
      // Shown in the book's time; the exact moment, which collecting compares, is on a hidden sheet.
      sub ? ruDateTime(sub.modified, input.offset) : null,
      ...input.template.indicators.map((ind, k) => {
        const a = sub?.answers[k] ?? null;
        return ind.type === 'link' ? linkCell(a) : a;
      }),
    ]);
    sub?.answers.forEach((a, k) => {
      const c = choiceOf(a);
      if (c !== null) b.fill(row, FIXED_COLS + 1 + k, ANSWER_FILLS[c]);
    });
  }
}

function totalRows(b: SheetBuilder, input: SummaryInput): void {
  const t = ru.checklists.summary;
  b.push([]);
  b.push([t.totalsTitle], true);
  b.push([...t.totalsColumns], true);
  for (const x of input.totals) b.push([x.id, x.text, x.yes, x.no, x.partial, x.empty, x.yesPercent]);
}

function notSubmittedRows(b: SheetBuilder, input: SummaryInput): void {
  const t = ru.checklists.summary;
  b.push([]);
  b.push([t.notSubmittedTitle(input.notSubmitted.length)], true);
  if (input.notSubmitted.length === 0) {
    b.push([t.allSubmitted]);
    return;
  }
  b.push([...t.notSubmittedColumns], true);
  for (const s of input.notSubmitted) b.push([s.school.code, s.school.name, statusName(s.status)]);
}

function quarantineRows(b: SheetBuilder, input: SummaryInput): void {
  const t = ru.checklists.summary;
  b.push([]);
  b.push([t.quarantineTitle(input.quarantine.length)], true);
  if (input.quarantine.length === 0) {
    b.push([t.noQuarantine]);
    return;
  }
  b.push([...t.quarantineColumns], true);
  for (const q of input.quarantine) b.push([q.file, q.code, q.reason]);
}

function commentRows(b: SheetBuilder, input: SummaryInput): void {
  const t = ru.checklists.summary;
  const lines: OutputValue[][] = [];
  for (const s of input.schools) {
    const sub = s.submission;
    sub?.comments.forEach((c, k) => {
      if (c !== '')
        lines.push([
          s.school.code,
          input.template.indicators[k]?.id ?? '',
          linkCell(sub.answers[k] ?? null),
          linkCell(c),
        ]);
    });
  }
  if (lines.length === 0) return;
  b.push([]);
  b.push([t.commentsTitle], true);
  b.push([...t.commentsColumns], true);
  for (const line of lines) b.push(line);
}

/**
 * The sheet and the answer colours: one `sheet` change, one `fill` per coloured answer, and the
 * hidden sheet of exact «modified» moments the next collect compares.
 */
export function summaryChanges(input: SummaryInput): Change[] {
  const name = ru.checklists.sheets.summary;
  const b = new SheetBuilder(name);
  schoolRows(b, input);
  totalRows(b, input);
  notSubmittedRows(b, input);
  quarantineRows(b, input);
  commentRows(b, input);
  // A link answer gets room for its address (wrapped), the others a narrow column.
  const widths = [12, 45, 14, 12, 18, 17, ...input.template.indicators.map((i) => (i.type === 'link' ? 30 : 10))];
  const linkCols = input.template.indicators.flatMap((i, k) => (i.type === 'link' ? [FIXED_COLS + 1 + k] : []));
  const sheet: SheetChange = {
    kind: 'sheet',
    name,
    rows: b.rows,
    widths,
    boldRows: b.bold,
    wrapCols: [2, 5, 6, ...linkCols],
    freezeRows: 1,
    print: { orientation: 'landscape', titleRows: 1 },
  };
  const accepted = input.schools.flatMap((s) =>
    s.submission ? [{ code: s.school.code, file: s.submission.file, modified: s.submission.modified }] : [],
  );
  return [sheet, ...b.fills, acceptedFilesSheet(accepted)];
}
