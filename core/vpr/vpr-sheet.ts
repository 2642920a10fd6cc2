/**
 * The «Объективность ВПР» sheet: the index, the region, one row per school × subject × class ×
 * year coloured by what was found, the «Группа риска» list and the chart of schools without
 * signs. One tool-owned `sheet` change rebuilt whole each run, and one `chart` change.
 */
import type { Change, ChartChange, SheetChange } from '../changes/change-set';
import type { CellValue } from '../grid/grid';
import { ru } from '../messages/ru';
import { CHART_SIZE } from '../summary/summary-chart';
import { findingName, findingText, round, roundOrNull, ruNumber, testLabel } from './vpr-format';
import type { MunicipalIndex, RegionResult, SchoolResult, VprAnalysis } from './vpr-types';

export const SIGN_FILL = '#F4CCCC';
export const MARKER_FILL = '#FFF2CC';
export const SMALL_FILL = '#EEEEEE';
const HEADING_FILL = '#DDEBF7';
const HEADER_FILL = '#F2F2F2';
const CHART_ROWS = Math.ceil(CHART_SIZE.height / 20) + 1;

/** Ours unless the book has a sheet of that name that we did not write. */
export function vprSheetName(existing: readonly (readonly CellValue[])[] | null): string {
  return existing === null || existing[0]?.[0] === ru.vpr.title ? ru.vpr.sheetName : ru.vpr.altSheetName;
}

export function indexLine(index: MunicipalIndex | null): string {
  return index ? ru.vpr.index(ruNumber(index.value, 1), index.year, index.withSigns, index.schools) : ru.vpr.noIndex;
}

export function resultFill(r: SchoolResult): string | undefined {
  if (r.signs.length) return SIGN_FILL;
  if (r.markers.length) return MARKER_FILL;
  return r.sample === 'insufficient' ? SMALL_FILL : undefined;
}

const names = (ids: readonly string[], table: Record<string, string>): string =>
  ids.map((id) => table[id] ?? id).join('; ');

export function resultRow(r: SchoolResult): CellValue[] {
  return [
    r.login,
    r.school,
    r.subject,
    r.grade,
    r.year,
    r.n,
    r.absent,
    ru.vpr.samples[r.sample],
    round(r.mean, 1),
    roundOrNull(r.ciLow, 1),
    roundOrNull(r.ciHigh, 1),
    roundOrNull(r.regionCiHigh, 1),
    roundOrNull(r.spearman, 2),
    roundOrNull(r.k, 2),
    names(r.signs, ru.vpr.signs),
    names(r.markers, ru.vpr.markers),
  ];
}

const regionRow = (g: RegionResult): CellValue[] => [
  g.subject,
  g.grade,
  g.year,
  g.n,
  g.schools,
  round(g.mean, 1),
  round(g.ciLow, 1),
  round(g.ciHigh, 1),
  g.boundaries[3],
  g.boundaries[4],
  g.boundaries[5],
];

/** Per subject, class and year: schools with results and the share of them without a sign. */
export function chartRows(a: VprAnalysis): { label: string; schools: number; clean: number }[] {
  return a.regions.map((g) => {
    const rs = a.results.filter((r) => r.subject === g.subject && r.grade === g.grade && r.year === g.year);
    const clean = rs.filter((r) => r.signs.length === 0).length;
    return { label: testLabel(g), schools: rs.length, clean: rs.length ? round((clean / rs.length) * 100, 1) : 0 };
  });
}

/** Signs first, then markers, school by school. */
function riskRows(a: VprAnalysis): CellValue[][] {
  const rows: { sign: boolean; line: CellValue[] }[] = [];
  for (const r of a.results)
    for (const f of r.findings)
      rows.push({
        sign: (r.signs as readonly string[]).includes(f.id),
        line: [r.login, r.school, testLabel(r), findingName(f), findingText(f), r.n],
      });
  return [...rows.filter((x) => x.sign), ...rows.filter((x) => !x.sign)].map((x) => x.line);
}

export function vprChanges(a: VprAnalysis, name: string = ru.vpr.sheetName): Change[] {
  const v = ru.vpr;
  const rows: CellValue[][] = [];
  const bold: number[] = [];
  const fills: Record<number, string> = {};
  const push = (line: CellValue[], look?: 'bold' | 'heading' | 'header', fill?: string): number => {
    rows.push(line);
    const n = rows.length;
    if (look) bold.push(n);
    if (look === 'heading') fills[n] = HEADING_FILL;
    if (look === 'header') fills[n] = HEADER_FILL;
    if (fill) fills[n] = fill;
    return n;
  };
  const c = v.columns;
  push([v.title], 'bold');
  push([indexLine(a.index)], 'bold');
  push([v.method]);
  push([]);
  push([v.headings.region], 'heading');
  push([...v.regionColumns], 'header');
  for (const g of a.regions) push(regionRow(g));
  push([]);
  push([v.headings.results], 'heading');
  const header = [c.login, c.school, c.subject, c.grade, c.year, c.n, c.absent, c.sample, c.mean, c.ciLow, c.ciHigh];
  push([...header, c.regionCiHigh, c.spearman, c.k, c.signs, c.markers], 'header');
  for (const r of a.results) push(resultRow(r), undefined, resultFill(r));
  push([]);
  push([v.headings.risk], 'heading');
  const risk = riskRows(a);
  if (risk.length) {
    push([...v.riskColumns], 'header');
    for (const line of risk) push(line);
  } else push([v.noRisk]);
  push([]);
  push([v.headings.chart], 'heading');
  push([...v.chartColumns], 'header');
  const chart = chartRows(a);
  const first = rows.length + 1;
  for (const x of chart) push([x.label, x.schools, x.clean]);
  push([]);
  const anchor = rows.length + 1;
  for (let k = 0; k < CHART_ROWS; k++) push([]);
  const sheet: SheetChange = {
    kind: 'sheet',
    name,
    rows,
    widths: [14, 30, 16, 8, 8, 11, 10, 22, 13, 11, 11, 14, 12, 8, 40, 40],
    boldRows: bold,
    rowFills: fills,
    wrapCols: [15, 16],
    print: { orientation: 'landscape' },
  };
  if (chart.length === 0) return [sheet];
  const chartChange: ChartChange = {
    kind: 'chart',
    sheet: name,
    row: anchor,
    col: 1,
    ...CHART_SIZE,
    title: v.chartTitle,
    seriesName: v.chartSeries,
    categories: chart.map((x) => x.label),
    values: chart.map((x) => x.clean),
    max: 100,
    categoryRange: { row: first, col: 1, rows: chart.length, cols: 1 },
    valueRange: { row: first, col: 3, rows: chart.length, cols: 1 },
  };
  return [sheet, chartChange];
}
