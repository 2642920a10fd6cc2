/** The checklists' figures from the book alone equal those of the collect that wrote it. */
import { loadChecklistBookFlow } from '../checklists/checklist-flows';
import { runSync } from '../commands/flow';
import { bookWithChecklists, collectedBook } from '../../test/summary/summary-fixture';
import { checklistsFromBook, checklistsFromReport } from './checklist-summary';
import { readChecklistSummary } from './summary-flow';

test('from the book alone = from the report of the collect that wrote it', () => {
  const { host, report } = collectedBook();
  const fromBook = runSync(host, readChecklistSummary());
  expect(host.calls).toEqual(['readToolSheet', 'readToolSheet', 'readToolSheet', 'readToolSheet']);
  expect(fromBook).toEqual(checklistsFromReport(report));
  expect(fromBook).toMatchObject({
    state: 'collected',
    counts: { sent: 6, opened: 5, submitted: 4, accepted: 0, quarantined: 1, notSubmitted: 2 },
    answered: 4,
  });
  if (fromBook.state !== 'collected') throw new Error('not collected');
  expect(fromBook.notSubmitted.map((s) => [s.code, s.statusLabel])).toEqual([
    ['105', 'На доработке'],
    ['106', 'Не открыт'],
  ]);
  expect(fromBook.indicators.find((i) => i.id === '2.1')).toEqual({
    id: '2.1',
    text: expect.any(String),
    type: 'choice',
    yes: 2,
    no: 1,
    partial: 1,
    empty: 0,
    base: 4,
    yesPercent: 50,
  });
});

test('a status the official typed in «Школы» counts: «Принят» is accepted', () => {
  const host = bookWithChecklists();
  const schools = host.sheet('Школы');
  const row = schools.values.findIndex((r) => r[0] === '101');
  const line = schools.values[row] ?? [];
  line[5] = 'Принят';
  const c = runSync(host, readChecklistSummary());
  expect(c).toMatchObject({ state: 'collected', counts: { submitted: 4, accepted: 1 } });
});

test('states that have no data are named, never zeros', () => {
  const host = bookWithChecklists();
  host.sheets.delete('Свод чек-листов');
  expect(runSync(host, readChecklistSummary())).toEqual({ state: 'not-collected', sent: 6 });
  host.sheets.delete('Чек-лист');
  expect(runSync(host, readChecklistSummary())).toEqual({
    state: 'unreadable',
    message: expect.stringContaining('«Чек-лист»'),
  });
  host.sheets.delete('Школы');
  expect(runSync(host, readChecklistSummary())).toEqual({ state: 'none' });
});

test('a «Свод» of another template is stale, not read as empty answers', () => {
  const host = bookWithChecklists();
  const load = runSync(host, loadChecklistBookFlow());
  if (!load.ok) throw new Error(load.message);
  const svod = host.sheet('Свод чек-листов').values.map((r) => r.map((v) => (v === '2.3' ? '9.9' : v)));
  expect(checklistsFromBook(load.template, load.registry, svod)).toEqual({
    state: 'unreadable',
    message: expect.stringContaining('другому шаблону'),
  });
});
