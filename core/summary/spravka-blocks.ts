/**
 * The справка as a list of blocks (title lines, headings, text, tables, the chart), in reading
 * order. The «Сводная справка» sheet and the .docx are both rendered from these blocks, so they
 * say the same things in the same order; only the layout differs.
 */
import { isoToRu, type IsoDate } from '../grid/grid';
import { ru } from '../messages/ru';
import { wholePercent } from './numbers';
import type { ChartData, ChecklistSummary, IndicatorLine, MeasureLine, SummaryData } from './summary-types';

export type BlockCell = string | number | { readonly date: IsoDate } | null;

export type Block =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'line'; readonly text: string }
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly sentences: readonly string[] }
  /** A sentence in place of a table that has no data. */
  | { readonly kind: 'note'; readonly text: string }
  | {
      readonly kind: 'table';
      readonly columns: readonly string[];
      readonly rows: readonly (readonly BlockCell[])[];
      /** The first column holds short numbers or codes; otherwise the table starts with text. */
      readonly codeColumn: boolean;
      /** The last row is a total, shown bold. */
      readonly totalRow: boolean;
      /** The first N rows are the chart's data: categories in the first column, values in the last. */
      readonly chartRows: number;
    }
  | { readonly kind: 'chart'; readonly chart: ChartData }
  | { readonly kind: 'footer'; readonly text: string };

type Rows = readonly (readonly BlockCell[])[];

const table = (
  columns: readonly string[],
  rows: Rows,
  codeColumn: boolean,
  totalRow = false,
  chartRows = 0,
): Block => ({ kind: 'table', columns, rows, codeColumn, totalRow, chartRows });
const heading = (text: string): Block => ({ kind: 'heading', text });
const note = (text: string): Block => ({ kind: 'note', text });
const dash = (v: number | null): BlockCell => v ?? ru.summary.noData;
/** The header without the blank cell the sheet keeps over its code column. */
const textColumns = (columns: readonly string[]): string[] => columns.slice(1);

function planBlocks(data: SummaryData): Block[] {
  const p = data.plan;
  const s = ru.summary;
  const out: Block[] = [heading(s.headings.status)];
  if (p.statuses) {
    const rows: BlockCell[][] = p.statuses.map((l) => [l.label, l.count, l.percent]);
    out.push(table(textColumns(s.columns.status), [...rows, [s.total, p.items, p.items > 0 ? 100 : 0]], false, true));
  } else out.push(note(s.empty.statuses));
  out.push(heading(s.headings.control));
  if (p.controls)
    out.push(
      table(
        textColumns(s.columns.control),
        p.controls.map((l) => [l.label, l.count, l.percent]),
        false,
      ),
    );
  else out.push(note(s.empty.statuses));
  out.push(heading(s.headings.sections));
  if (p.sections.length)
    out.push(
      table(
        textColumns(s.columns.sections),
        p.sections.map((l) => [l.title, l.items, dash(l.done), dash(l.overdue)]),
        false,
      ),
    );
  else out.push(note(s.empty.sections));
  out.push(heading(s.headings.responsible));
  out.push(
    table(
      textColumns(s.columns.responsible),
      p.responsible.map((l) => [l.name, l.items, dash(l.overdue)]),
      false,
    ),
  );
  return out;
}

const measureRows = (lines: readonly MeasureLine[]): Rows =>
  lines.map((m) => [
    m.number ?? '—',
    m.activity,
    m.deadline,
    m.controlDate ? { date: m.controlDate } : null,
    m.days,
    m.responsible || ru.summary.noResponsible,
  ]);

function listBlocks(data: SummaryData): Block[] {
  const p = data.plan;
  const s = ru.summary;
  const out: Block[] = [heading(s.headings.overdue)];
  if (p.overdue === null) out.push(note(s.empty.overdueUntracked));
  else if (p.overdue.length === 0) out.push(note(s.empty.overdue));
  else out.push(table(s.columns.overdue, measureRows(p.overdue), true));
  out.push(heading(s.headings.upcoming(p.upcomingDays)));
  if (p.upcoming.length === 0) out.push(note(s.empty.upcoming(p.upcomingDays)));
  else out.push(table(s.columns.upcoming, measureRows(p.upcoming), true));
  return out;
}

/** Choice indicators first (the charted ones, one block of rows), then number, date and link ones. */
export function indicatorOrder(lines: readonly IndicatorLine[]): IndicatorLine[] {
  return [...lines.filter((l) => l.type === 'choice'), ...lines.filter((l) => l.type !== 'choice')];
}

function checklistBlocks(c: ChecklistSummary, chart: ChartData | null): Block[] {
  const s = ru.summary;
  const out: Block[] = [heading(s.headings.checklists)];
  if (c.state === 'none') return [...out, note(s.empty.checklists)];
  if (c.state === 'unreadable') return [...out, note(s.empty.unreadable(c.message))];
  if (c.state === 'not-collected') return [...out, note(s.empty.notCollected(c.sent))];
  const r = s.checklistRows;
  const missing = c.notSubmitted.length;
  const counts: BlockCell[][] = [
    [r.sent, c.sent, 100],
    [r.submitted, c.submitted, wholePercent(c.submitted, c.sent)],
    [r.accepted, c.accepted, wholePercent(c.accepted, c.sent)],
    [r.notSubmitted, missing, wholePercent(missing, c.sent)],
  ];
  if (c.quarantined !== null) counts.push([r.quarantined, c.quarantined, null]);
  out.push(table(textColumns(s.columns.checklists), counts, false));
  out.push(heading(s.headings.notSubmitted));
  if (missing === 0) out.push(note(s.empty.allSubmitted));
  else
    out.push(
      table(
        s.columns.notSubmitted,
        c.notSubmitted.map((x) => [x.code, x.name, x.statusLabel]),
        true,
      ),
    );
  out.push(heading(s.headings.indicators));
  if (c.answered === 0) return [...out, note(s.empty.noAnswers)];
  const lines = indicatorOrder(c.indicators);
  const rows = lines.map((l) => [l.id, l.text, l.yes, l.no, l.partial, l.empty, l.yesPercent]);
  out.push(table(s.columns.indicators, rows, true, false, chart ? chart.categories.length : 0));
  out.push(heading(s.headings.chart));
  out.push(chart ? { kind: 'chart', chart } : note(s.empty.noChart));
  return out;
}

/** `title`: the sheet's «Сводная справка…» by default; the .docx has its own. */
export function spravkaBlocks(data: SummaryData, title: string = ru.summary.title): Block[] {
  const s = ru.summary;
  return [
    { kind: 'title', text: title },
    { kind: 'line', text: data.title },
    { kind: 'line', text: data.period ? s.period(isoToRu(data.period.from), isoToRu(data.period.to)) : s.noPeriod },
    { kind: 'line', text: s.asOf(isoToRu(data.today)) },
    heading(s.textTitle),
    { kind: 'paragraph', sentences: data.sentences },
    ...planBlocks(data),
    ...listBlocks(data),
    ...checklistBlocks(data.checklists, data.chart),
    { kind: 'footer', text: s.footer(data.sheet) },
  ];
}
