/**
 * The analysis in a book: the sheet read back gives the same numbers (the справка's section and
 * the plan's notes come from it), «Статусы» and «Сводная справка» link to it, the sheet is
 * rebuilt in place and the «Параметры» the official changed are kept.
 */
import { runSync } from '../../core/commands/flow';
import { trackingFlow } from '../../core/commands/status-flows';
import { plainValue, type Change, type SheetChange } from '../../core/changes/change-set';
import type { CellValue, Grid } from '../../core/grid/grid';
import { readPlan } from '../../core/plan/read-plan';
import { spravkaBlocks } from '../../core/summary/spravka-blocks';
import { summaryFlow } from '../../core/summary/summary-flow';
import { analyse } from '../../core/vpr/analyse';
import { DEFAULT_PARAMS } from '../../core/vpr/params';
import { vprPlanNotes } from '../../core/vpr/plan-link';
import { readSources } from '../../core/vpr/read-sources';
import { vprDigest } from '../../core/vpr/vpr-digest';
import { vprFlow } from '../../core/vpr/vpr-flow';
import { vprChanges } from '../../core/vpr/vpr-sheet';
import type { VprAnalysis } from '../../core/vpr/vpr-types';
import { MemoryHost } from '../helpers/memory-host';
import { municipalitySources } from './municipality';

let analysis: VprAnalysis;
beforeAll(() => {
  analysis = analyse(readSources(municipalitySources()).tables, DEFAULT_PARAMS);
});

const sheetOf = (changes: readonly Change[]): SheetChange => {
  const s = changes.find((c): c is SheetChange => c.kind === 'sheet');
  if (!s) throw new Error('no sheet');
  return s;
};
const cells = (s: SheetChange): CellValue[][] => s.rows.map((r) => r.map((v) => plainValue(v)));

const PLAN: CellValue[][] = [
  ['План мероприятий по обеспечению объективности ВПР на 2024-2025 учебный год'],
  ['№', 'Мероприятие', 'Сроки', 'Ответственные'],
  ['1', 'Анализ результатов ВПР, выявление ОО с признаками необъективности', 'Июнь 2025', 'Иванова И.И.'],
  [
    '2',
    'Методическое сопровождение в отношении ОО с признаками необъективности результатов',
    'Сентябрь 2025',
    'Петров П.П.',
  ],
  ['3', 'Совещание с руководителями ОО', 'Август 2025', 'Иванова И.И.'],
];

describe('the sheet read back', () => {
  it('gives the analysis’s own index, counts and flagged schools', () => {
    const d = vprDigest(cells(sheetOf(vprChanges(analysis))));
    expect(d?.index).toEqual(analysis.index);
    expect(d?.results).toBe(analysis.results.length);
    expect(d?.insufficient).toBe(analysis.results.filter((r) => r.sample === 'insufficient').length);
    const flagged = new Set(analysis.results.filter((r) => r.year === 2025 && r.signs.length).map((r) => r.login));
    expect(d?.flagged.map((f) => f.login).sort()).toEqual([...flagged].sort());
    expect(d?.bySign.find((x) => x.id === 'inflated')?.count).toBe(
      analysis.results.filter((r) => r.signs.includes('inflated')).length,
    );
  });
  it('is nothing for a sheet that is not ours', () => {
    expect(vprDigest([['Моя таблица'], ['a', 'b']])).toBeNull();
    expect(vprDigest(null)).toBeNull();
  });
  it('colours rows by sign and marker, and carries the chart of schools without signs', () => {
    const changes = vprChanges(analysis);
    const s = sheetOf(changes);
    const fills = Object.values(s.rowFills ?? {});
    expect(fills).toContain('#F4CCCC');
    expect(fills).toContain('#FFF2CC');
    expect(fills).toContain('#EEEEEE');
    const chart = changes.find((c) => c.kind === 'chart');
    expect(chart?.kind === 'chart' && chart.categories).toHaveLength(8);
  });
});

describe('the plan linked to the analysis', () => {
  const grid: Grid = { sheet: 'План', values: PLAN, merges: [] };
  it('notes the measures about schools with signs of unreliable results, listing them', () => {
    const read = readPlan(grid);
    if (!read.ok) throw new Error(read.problem.message);
    const d = vprDigest(cells(sheetOf(vprChanges(analysis))));
    if (!d) throw new Error('no digest');
    const notes = vprPlanNotes(read.plan, d);
    expect(notes.map((n) => [n.row, n.col])).toEqual([
      [3, 2],
      [4, 2],
    ]);
    expect(notes[0]?.text).toContain('sch120001 — МБОУ «Школа № 1»');
  });

  it('«Статусы» adds the notes when the book has the sheet, and not before', () => {
    const host = new MemoryHost('План', PLAN);
    const before = runSync(host, trackingFlow('2025-05-20', true, 'План'));
    expect(before.message).not.toContain('признаками');
    const vpr = runSync(host, vprFlow(readSources(municipalitySources()).tables));
    expect(vpr.sheet).toBe('Объективность ВПР');
    const after = runSync(host, trackingFlow('2025-05-20', false, 'План'));
    expect(after.message).toContain('примечания со списком ОО');
    expect(host.look('План', 4, 2).note).toContain('sch120002');
  });

  it('«Сводная справка» gains the section with the sheet’s numbers', () => {
    const host = new MemoryHost('План', PLAN);
    const plain = runSync(host, summaryFlow('2025-05-20', 'План'));
    expect(plain.data?.vpr ?? null).toBeNull();
    runSync(host, vprFlow(readSources(municipalitySources()).tables));
    const r = runSync(host, summaryFlow('2025-05-20', 'План'));
    expect(r.data?.vpr?.index).toEqual(analysis.index);
    const text = JSON.stringify(spravkaBlocks(r.data ?? (null as never)));
    expect(text).toContain('"text":"Объективность результатов ВПР"');
    expect(text).toContain(
      `Индекс объективности муниципалитета за 2025 г. — ${String(analysis.index?.value).replace('.', ',')}`,
    );
  });

  it('rebuilds the sheet in place and keeps the official’s «Параметры»', () => {
    const host = new MemoryHost('План', PLAN);
    const tables = readSources(municipalitySources()).tables;
    const first = runSync(host, vprFlow(tables));
    expect(first.paramsCreated).toBe(true);
    const row = host.sheet('Параметры').values[3];
    if (row) row[1] = 70;
    const second = runSync(host, vprFlow(tables));
    expect(second.paramsCreated).toBe(false);
    expect(second.analysis.params.minParticipants).toBe(70);
    expect([...host.sheets.keys()].filter((n) => n.startsWith('Объективность'))).toEqual(['Объективность ВПР']);
    expect([...host.sheets.keys()]).toContain('Параметры');
  });

  it('leaves a user’s own sheet of that name alone', () => {
    const host = new MemoryHost('План', PLAN);
    host.sheets.set('Объективность ВПР', { ...host.sheet('План'), values: [['Мои заметки']] });
    const r = runSync(host, vprFlow(readSources(municipalitySources()).tables));
    expect(r.sheet).toBe('Объективность ВПР ОКО-план');
    expect(host.sheet('Объективность ВПР').values).toEqual([['Мои заметки']]);
  });
});
