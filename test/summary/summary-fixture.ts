/**
 * Books for the summary tests, on the in-memory host: seed 002 with the tracking columns and a
 * few statuses typed as an official would, optionally with 6 schools' checklists collected.
 */
import {
  collectChecklistsFlow,
  planChecklistFilesFlow,
  prepareChecklistBookFlow,
} from '../../core/checklists/checklist-flows';
import type { CollectReport } from '../../core/checklists/collect';
import { DEFAULT_INDICATORS } from '../../core/checklists/default-template';
import { runSync } from '../../core/commands/flow';
import { trackingFlow } from '../../core/commands/status-flows';
import type { CellValue } from '../../core/grid/grid';
import { answer, schoolFile } from '../checklists/school-file-builder';
import { MemoryHost } from '../helpers/memory-host';
import { seedGrid } from '../helpers/seeds';

export const SEED = '002_54f4a90b33e7accb.txt';
export const TODAY = '2022-03-25';
export const CTX = { now: '2022-03-25T10:00:00+03:00', who: 'test' };

/** Seed 002 as pasted, no tracking columns. */
export function plainHost(): MemoryHost {
  return new MemoryHost(
    'План',
    seedGrid(SEED).values.map((r) => [...r]),
  );
}

/** Columns the tracking adds to seed 002: F «Статус», G «Контрольный срок», H «Отметка…», I «Контроль». */
const STATUS = 6;
const DATE = 7;
const EVIDENCE = 8;

/** Seed 002 tracked on TODAY: 3 done, 2 in progress, 1 postponed, 1 cancelled, 3 overdue. */
export function trackedHost(): MemoryHost {
  const host = plainHost();
  const enabled = runSync(host, trackingFlow(TODAY, true));
  if (!enabled.ok) throw new Error(enabled.message);
  const set = (row: number, col: number, v: CellValue): void => {
    const line = (host.sheet('План').values[row - 1] ??= []);
    line[col - 1] = v;
  };
  set(16, STATUS, 'Выполнено');
  set(16, EVIDENCE, 'Справка № 1');
  set(21, STATUS, 'Выполнено');
  set(21, EVIDENCE, 'Справка № 2');
  set(38, STATUS, 'Выполнено');
  set(38, EVIDENCE, 'Справка № 3');
  set(19, DATE, { date: '2022-03-01' });
  set(19, STATUS, 'В работе');
  set(31, STATUS, 'В работе');
  set(36, DATE, { date: '2022-03-18' });
  set(35, STATUS, 'Перенесено');
  set(29, STATUS, 'Отменено');
  const refreshed = runSync(host, trackingFlow(TODAY, false));
  if (!refreshed.ok) throw new Error(refreshed.message);
  host.calls.length = 0;
  return host;
}

const CHOICES = ['Да', 'Да', 'Нет', 'Частично'];

/**
 * The same book with 6 schools: 1 to 4 return full answers (school k answers «Да» to all but
 * a few), 5 returns a file with a deleted row (quarantine), 6 never opens it.
 */
export function bookWithChecklists(host: MemoryHost = trackedHost()): MemoryHost {
  return collectedBook(host).host;
}

/** The book and the report of the collect that wrote its «Свод чек-листов». */
export function collectedBook(host: MemoryHost = trackedHost()): { host: MemoryHost; report: CollectReport } {
  runSync(host, prepareChecklistBookFlow({ ...CTX, templateId: 'CL-TEST' }));
  const schools = host.sheet('Школы');
  const codes = ['101', '102', '103', '104', '105', '106'];
  codes.forEach((code, i) => {
    schools.values[i + 1] = [code, `МБОУ «СОШ № ${code}»`, null, `s${code}@example.org`];
  });
  const plan = runSync(host, planChecklistFilesFlow());
  if (!plan.ok) throw new Error(plan.message);
  const files = plan.files.slice(0, 5).map((spec, k) =>
    schoolFile(spec, `2022-03-${10 + k}T10:00:00+03:00`, (rows) => {
      const answers = DEFAULT_INDICATORS.map((ind, j) =>
        ind.type === 'choice' ? (CHOICES[(k + j) % 4] ?? 'Да') : ind.type === 'number' ? k : null,
      );
      answer(rows, answers);
      if (k === 4) rows.splice(3, 1);
    }),
  );
  const collected = runSync(host, collectChecklistsFlow(files, CTX));
  if (!collected.ok) throw new Error(collected.message);
  host.calls.length = 0;
  return { host, report: collected.report };
}
