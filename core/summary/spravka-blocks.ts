/**
 * The справка as a list of blocks in reading order: the letterhead and addressee from
 * «Реквизиты», the title, numbered sections (each a title, blocks and subsections), the signature
 * and the «Исп.» line. The «Сводная справка» sheet, the .docx and the Google Doc are all rendered
 * from these blocks. A new feature adds a section (`extraSections`), and the numbering follows.
 */
import { isoToRu, type IsoDate } from '../grid/grid';
import { ru } from '../messages/ru';
import { countRows, indicatorOrder, yesShare } from './checklist-lines';
import { placeholderRequisites, type Requisites } from './requisites';
import { vprSpravkaSection } from '../vpr/vpr-spravka';
import type { ChartData, ChecklistSummary, MeasureLine, SummaryData } from './summary-types';

export { indicatorOrder };

export type BlockCell = string | number | { readonly date: IsoDate } | null;

export interface TableBlock {
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

export type Block =
  /** The organisation, top centre. */
  | { readonly kind: 'letterhead'; readonly text: string }
  /** Whom the справка is for, top right. */
  | { readonly kind: 'addressee'; readonly text: string }
  /** Date and number, to be filled at registration. */
  | { readonly kind: 'doc-number'; readonly text: string }
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'line'; readonly text: string }
  /** A numbered heading: `number` is «3.» or «8.1.». */
  | { readonly kind: 'heading'; readonly number: string; readonly text: string; readonly level: 1 | 2 }
  /** Numbered conclusions: 1), 2), … */
  | { readonly kind: 'points'; readonly items: readonly string[] }
  /** A sentence in place of a table that has no data, or under a chart. */
  | { readonly kind: 'note'; readonly text: string }
  | TableBlock
  | { readonly kind: 'chart'; readonly chart: ChartData }
  | { readonly kind: 'signature'; readonly position: string; readonly name: string }
  | { readonly kind: 'executor'; readonly text: string };

/** A section of the справка: numbered by its place, subsections as N.1, N.2… */
export interface SpravkaSection {
  readonly title: string;
  readonly blocks: readonly Block[];
  readonly subsections?: readonly SpravkaSection[];
}

type Rows = readonly (readonly BlockCell[])[];

const table = (
  columns: readonly string[],
  rows: Rows,
  codeColumn: boolean,
  totalRow = false,
  chartRows = 0,
): Block => ({
  kind: 'table',
  columns,
  rows,
  codeColumn,
  totalRow,
  chartRows,
});
const note = (text: string): Block => ({ kind: 'note', text });
const dash = (v: number | null): BlockCell => v ?? ru.summary.noData;
/** The header without the blank cell the sheet keeps over its code column. */
const textColumns = (columns: readonly string[]): string[] => columns.slice(1);

function planSections(data: SummaryData): SpravkaSection[] {
  const p = data.plan;
  const s = ru.summary;
  const status: Block = p.statuses
    ? table(
        textColumns(s.columns.status),
        [...p.statuses.map((l) => [l.label, l.count, l.percent]), [s.total, p.items, p.items > 0 ? 100 : 0]],
        false,
        true,
      )
    : note(s.empty.statuses);
  const control: Block = p.controls
    ? table(
        textColumns(s.columns.control),
        p.controls.map((l) => [l.label, l.count, l.percent]),
        false,
      )
    : note(s.empty.statuses);
  const sections: Block = p.sections.length
    ? table(
        textColumns(s.columns.sections),
        p.sections.map((l) => [l.title, l.items, dash(l.done), dash(l.overdue)]),
        false,
      )
    : note(s.empty.sections);
  const responsible = table(
    textColumns(s.columns.responsible),
    p.responsible.map((l) => [l.name, l.items, dash(l.overdue)]),
    false,
  );
  return [
    { title: s.headings.status, blocks: [status] },
    { title: s.headings.control, blocks: [control] },
    { title: s.headings.sections, blocks: [sections] },
    { title: s.headings.responsible, blocks: [responsible] },
  ];
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

function listSections(data: SummaryData): SpravkaSection[] {
  const p = data.plan;
  const s = ru.summary;
  const overdue =
    p.overdue === null
      ? note(s.empty.overdueUntracked)
      : p.overdue.length === 0
        ? note(s.empty.overdue)
        : table(s.columns.overdue, measureRows(p.overdue), true);
  const upcoming =
    p.upcoming.length === 0
      ? note(s.empty.upcoming(p.upcomingDays))
      : table(s.columns.upcoming, measureRows(p.upcoming), true);
  return [
    { title: s.headings.overdue, blocks: [overdue] },
    { title: s.headings.upcoming(p.upcomingDays), blocks: [upcoming] },
  ];
}

function checklistSection(c: ChecklistSummary, chart: ChartData | null): SpravkaSection {
  const s = ru.summary;
  const title = s.headings.checklists;
  if (c.state === 'none') return { title, blocks: [note(s.empty.checklists)] };
  if (c.state === 'unreadable') return { title, blocks: [note(s.empty.unreadable(c.message))] };
  if (c.state === 'not-collected') return { title, blocks: [note(s.empty.notCollected(c.sent))] };
  const counts = table(
    textColumns(s.columns.checklists),
    countRows(c.counts).map((r) => [r.label, r.count, r.percent]),
    false,
  );
  const missing: Block =
    c.notSubmitted.length === 0
      ? note(s.empty.allSubmitted)
      : table(
          s.columns.notSubmitted,
          c.notSubmitted.map((x) => [x.code, x.name, x.statusLabel]),
          true,
        );
  const subsections: SpravkaSection[] = [{ title: s.headings.notSubmitted, blocks: [missing] }];
  if (c.answered === 0) subsections.push({ title: s.headings.indicators, blocks: [note(s.empty.noAnswers)] });
  else {
    const rows = indicatorOrder(c.indicators).map((l) => [l.id, l.text, l.yes, l.no, l.partial, l.empty, yesShare(l)]);
    subsections.push({
      title: s.headings.indicators,
      blocks: [table(s.columns.indicators, rows, true, false, chart ? chart.categories.length : 0)],
    });
    subsections.push({
      title: s.headings.chart,
      blocks: chart ? [{ kind: 'chart', chart }, note(s.chartLegend)] : [note(s.empty.noChart)],
    });
  }
  return { title, blocks: [counts], subsections };
}

/** Headings numbered in order: «1.», «2.»; subsections «7.1.», «7.2.». */
export function numberSections(sections: readonly SpravkaSection[]): Block[] {
  return sections.flatMap((sec, i) => [
    { kind: 'heading', number: `${i + 1}.`, text: sec.title, level: 1 } as const,
    ...sec.blocks,
    ...(sec.subsections ?? []).flatMap((sub, k) => [
      { kind: 'heading', number: `${i + 1}.${k + 1}.`, text: sub.title, level: 2 } as const,
      ...sub.blocks,
    ]),
  ]);
}

export interface SpravkaOptions {
  /** The sheet's «Сводная справка…» by default; the .docx has its own. */
  readonly title?: string;
  /** Sections a feature adds after the checklists (numbered on). */
  readonly extraSections?: readonly SpravkaSection[];
}

export function spravkaBlocks(data: SummaryData, options: SpravkaOptions = {}): Block[] {
  const s = ru.summary;
  const req: Requisites = data.requisites ?? placeholderRequisites();
  const sections: SpravkaSection[] = [
    { title: s.textTitle, blocks: [{ kind: 'points', items: data.sentences }] },
    ...planSections(data),
    ...listSections(data),
    checklistSection(data.checklists, data.chart),
    ...(data.vpr ? [vprSpravkaSection(data.vpr)] : []),
    ...(options.extraSections ?? []),
  ];
  return [
    { kind: 'letterhead', text: req.organisation },
    { kind: 'addressee', text: req.addressee },
    { kind: 'doc-number', text: ru.requisites.dateNumber },
    { kind: 'title', text: options.title ?? s.title },
    { kind: 'line', text: data.title },
    { kind: 'line', text: data.period ? s.period(isoToRu(data.period.from), isoToRu(data.period.to)) : s.noPeriod },
    { kind: 'line', text: s.asOf(isoToRu(data.today)) },
    ...numberSections(sections),
    { kind: 'signature', position: req.headPosition, name: req.headName },
    { kind: 'executor', text: ru.requisites.executorLine(req.executor, req.phone) },
  ];
}
