/**
 * The demo's schools: a built-in registry of 20 schools (cli/samples/schools.tsv) receive their
 * checklists and fill them the ways schools do — on time, half-way, not at all, with a deleted
 * row or an answer not in the list, and once with a formula typed into a comment. Seeded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Workbook, CellValue as ExcelValue } from 'exceljs';
import type { Change } from '../core/changes/change-set';
import type { Indicator } from '../core/checklists/template';
import { ru } from '../core/messages/ru';
import type { Random } from './demo-random';
import { samplesDir } from './samples';

export interface DemoSchool {
  readonly code: string;
  readonly name: string;
  readonly responsible: string;
  readonly email: string;
}

export type Scenario = 'full' | 'partial' | 'late' | 'deleted-row' | 'bad-answer' | 'formula';

/** How many schools of 20 do what; the rest fill the whole checklist in time. */
const SCENARIOS: readonly [Scenario, number][] = [
  ['late', 3],
  ['partial', 2],
  ['deleted-row', 1],
  ['bad-answer', 1],
  ['formula', 1],
];

/** The registry of the demo: code, name, responsible, e-mail (example.org), tab-separated. */
export function demoSchools(dir = samplesDir()): DemoSchool[] {
  const lines = readFileSync(join(dir, 'schools.tsv'), 'utf8').replace(/\r\n?/g, '\n').split('\n').slice(1);
  return lines
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const [code = '', name = '', responsible = '', email = ''] = l.split('\t');
      return { code, name, responsible, email };
    });
}

/** «Школы» filled under its header: one values change. */
export function registryRows(schools: readonly DemoSchool[]): Change {
  return {
    kind: 'values',
    sheet: ru.checklists.sheets.registry,
    row: 2,
    col: 1,
    values: schools.map((s) => [s.code, s.name, s.responsible, s.email]),
  };
}

export function assignScenarios(codes: readonly string[], rand: Random): Map<string, Scenario> {
  const order = rand.shuffle(codes);
  const out = new Map<string, Scenario>();
  let i = 0;
  for (const [scenario, n] of SCENARIOS) for (let k = 0; k < n; k++) out.set(order[i++] ?? '', scenario);
  for (const code of codes) if (!out.has(code)) out.set(code, 'full');
  return out;
}

/** How likely a school has an indicator fully in place: video surveillance is the hard one. */
const LIKELY: Readonly<Record<string, number>> = {
  '2.1': 0.95,
  '2.2': 0.9,
  '2.3': 0.7,
  '2.4': 0.75,
  '2.5': 0.45,
  '2.6': 0.8,
  '2.7': 0.6,
  '2.8': 0.85,
  '2.9': 0.7,
};

function answerFor(ind: Indicator, code: string, rand: Random): ExcelValue {
  const c = ru.checklists.choices;
  switch (ind.type) {
    case 'choice':
      return rand.chance(LIKELY[ind.id] ?? 0.75) ? c.yes : rand.chance(0.5) ? c.partial : c.no;
    case 'number':
      return rand.int(0, 14);
    case 'date':
      return new Date(Date.UTC(2021, 7 + rand.int(0, 1), rand.int(1, 28)));
    case 'link':
      return rand.chance(0.7) ? `https://school${code}.example.org/oko` : null;
  }
}

/** The text a school typed into a comment: a formula as text, and a formula cell. */
export const FORMULA_TEXT = '=HYPERLINK("https://example.org/phish","Приказ № 45")';
const FORMULA_CELL: ExcelValue = { formula: 'HYPERLINK("https://example.org/phish","подробнее")', result: 'подробнее' };

/** The school opens its file, fills it in as its scenario says and saves it at `modified`. */
export function fillSchoolBook(
  wb: Workbook,
  indicators: readonly Indicator[],
  scenario: Scenario,
  code: string,
  modified: Date,
  rand: Random,
): void {
  const ws = wb.getWorksheet(ru.checklists.sheets.schoolChecklist);
  if (!ws) throw new Error('school file without «Чек-лист»');
  const answered = scenario === 'partial' ? rand.int(3, 6) : indicators.length;
  indicators.forEach((ind, k) => {
    if (k >= answered) return;
    const value = answerFor(ind, code, rand);
    ws.getCell(k + 2, 3).value = value;
    if (value === ru.checklists.choices.yes && (ind.id === '2.1' || ind.id === '2.2') && rand.chance(0.5)) {
      ws.getCell(k + 2, 4).value = `Приказ от ${rand.int(20, 31)}.08.2021 № ${rand.int(40, 160)}-о`;
    }
  });
  if (scenario === 'bad-answer') ws.getCell(4, 3).value = 'Планируется';
  if (scenario === 'formula') {
    ws.getCell(2, 4).value = FORMULA_TEXT;
    ws.getCell(3, 4).value = FORMULA_CELL;
  }
  if (scenario === 'deleted-row') ws.spliceRows(5, 1);
  wb.modified = modified;
}
