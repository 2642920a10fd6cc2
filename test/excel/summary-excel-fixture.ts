/**
 * A book for «Сводная справка» in the fake Excel, made by the pane's own code: the status plan
 * with tracking on and two measures done, five schools in «Школы», checklists made and three of
 * them returned (Да, Нет, Частично) and collected.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAsync } from '../../core/commands/flow';
import { trackingFlow } from '../../core/commands/status-flows';
import { officeChecklistsBridge } from '../../office-addin/checklists/checklists-bridge';
import { fileKit } from '../../office-addin/checklists/file-kit';
import { fillSchoolFile, fullAnswers } from '../checklists/checklist-fixture';
import { picked, typeSchools } from './checklist-excel-fixture';
import { bookOf, rig, type Rig } from './excel-fixture';
import { ROW_OF, STATUS_PLAN, STATUS_TODAY } from './status-plan';

export const SUMMARY_TODAY = STATUS_TODAY;
export const SUMMARY_CODES = ['101', '102', '103', '104', '105'];

export async function summaryBook(): Promise<Rig> {
  const r = rig(bookOf(STATUS_PLAN.map((row) => [...row])));
  await runAsync(r.host, trackingFlow(STATUS_TODAY, true, 'План'));
  const plan = r.fake.book.sheet('План');
  // «Статус» is column F once tracking is on.
  plan.at(ROW_OF['1.1'] - 1, 5).value = 'Выполнено';
  plan.at(ROW_OF['1.3'] - 1, 5).value = 'Выполнено';
  plan.at(ROW_OF['2.1'] - 1, 5).value = 'В работе';
  const clock = new Date(Date.UTC(2025, 2, 10, 9));
  const bridge = officeChecklistsBridge(r.host, { kit: async () => fileKit, clock: () => clock });
  await bridge.prepare();
  typeSchools(r.fake.book.sheet('Школы'), SUMMARY_CODES);
  const made = await bridge.makeFiles(() => undefined);
  if (!made.ok) throw new Error(made.message);
  const dir = mkdtempSync(join(tmpdir(), 'oko-summary-'));
  try {
    const back: string[] = [];
    for (const [code, answer] of [
      ['101', 'Да'],
      ['102', 'Нет'],
      ['103', 'Частично'],
    ] as const) {
      const file = made.files.find((f) => f.name === `${code}.xlsx`);
      if (!file) throw new Error(`no file ${code}`);
      const got = join(dir, `got-${code}.xlsx`);
      writeFileSync(got, file.bytes);
      const dest = join(dir, `${code}.xlsx`);
      await fillSchoolFile(got, dest, {
        answers: { ...fullAnswers('Да'), ...(answer === 'Да' ? {} : { '2.3': answer, '2.5': answer }) },
        modified: new Date(Date.UTC(2025, 2, 15, 10)),
      });
      back.push(dest);
    }
    const outcome = await bridge.collect(back.map(picked), () => undefined);
    if (!outcome.ok) throw new Error(outcome.message);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  r.fake.book.active = 'План';
  r.fake.stats.reset();
  return r;
}
