/**
 * «Чек-листы школ» in the Excel task pane: the book's part runs as core flows through the Excel
 * adapter (prepare, plan the files, collect), the files' part in the pane through the file kit.
 * Excel does not tell an add-in who the user is, so «Кто» in «Журнал» stays empty.
 */
import {
  collectChecklistsFlow,
  planChecklistFilesFlow,
  prepareChecklistBookFlow,
} from '../../core/checklists/checklist-flows';
import type { CollectContext } from '../../core/checklists/collect';
import { newTemplateId, versionName } from '../../core/checklists/template';
import { ru } from '../../core/messages/ru';
import { localIso } from '../../xlsx/local-time';
import type { ChecklistsBridge } from '../../panel/bridge';
import type { ExcelHost } from '../excel-host';
import { runExcel } from '../office-bridge';
import type { FileKit } from './file-kit';

export interface ChecklistsDeps {
  /** The file kit: loaded on first use in the pane, handed in directly by tests. */
  readonly kit: () => Promise<FileKit>;
  /** The machine's clock: the run's «when» and the files' «created». */
  readonly clock?: () => Date;
}

export function officeChecklistsBridge(host: ExcelHost, deps: ChecklistsDeps): ChecklistsBridge {
  const clock = deps.clock ?? ((): Date => new Date());
  const context = (now: Date): CollectContext => ({ now: localIso(now), who: '' });
  return {
    prepare: () => {
      const ctx = context(clock());
      // The id is the book's for good; time and chance make two books' ids differ.
      const templateId = newTemplateId(`excel|${ctx.now}|${Math.random()}`);
      return runExcel(host, prepareChecklistBookFlow({ ...ctx, templateId }));
    },

    makeFiles: async (progress) => {
      const plan = await runExcel(host, planChecklistFilesFlow());
      if (!plan.ok) return plan;
      const kit = await deps.kit();
      const now = clock();
      const made = await kit.makeFiles(
        plan.files,
        now,
        ru.excel.checklists.zipName(localIso(now).slice(0, 10)),
        progress,
      );
      const t = plan.template;
      const message = `${ru.checklists.cli.template(versionName(t.date), t.indicators.length)} ${ru.panel.checklists.made(made.files.length)}`;
      return { ok: true, message, warnings: [...plan.warnings, ...made.clashes], zip: made.zip, files: made.files };
    },

    collect: async (files, progress) => {
      const kit = await deps.kit();
      const received = await kit.readFiles(files, progress);
      return runExcel(host, collectChecklistsFlow(received, context(clock())));
    },
  };
}
