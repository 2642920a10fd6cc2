/**
 * «ВПР» in the Excel task pane: the picked files are read in the pane by the file kit (JSZip and
 * core/xlsx-lite, loaded on first use), analysed by the same core flow as the CLI, and the sheet
 * is built in the open book through the Excel adapter.
 */
import { ru } from '../../core/messages/ru';
import { readSources, type VprSource } from '../../core/vpr/read-sources';
import { vprFlow } from '../../core/vpr/vpr-flow';
import { vprNothing, vprOutcome } from '../../core/vpr/vpr-outcome';
import type { VprBridge } from '../../panel/bridge';
import type { FileKit } from '../checklists/file-kit';
import type { ExcelHost } from '../excel-host';
import { runExcel } from '../office-bridge';

export interface VprDeps {
  /** The file kit: loaded on first use in the pane, handed in directly by tests. */
  readonly kit: () => Promise<FileKit>;
}

export function officeVprBridge(host: ExcelHost, deps: VprDeps): VprBridge {
  return {
    analyse: async (files, progress) => {
      const h = ru.vpr.host;
      const kit = await deps.kit();
      const books = await kit.readBooks(files, (done, total) => {
        const name = files[Math.min(done, total - 1)]?.name ?? '';
        progress(done < total ? h.reading(done + 1, total, name) : h.analysing, done, total);
      });
      const sources: VprSource[] = [];
      const notes: string[] = [];
      for (const b of books) {
        if ('grids' in b) sources.push(b);
        else notes.push(b.reason);
      }
      const read = readSources(sources);
      notes.push(...read.messages);
      if (read.tables.length === 0) return vprNothing(notes);
      progress(h.writing, files.length, files.length);
      const run = await runExcel(host, vprFlow(read.tables));
      const pupils = read.tables.reduce((s, t) => s + t.pupils.length, 0);
      const extra = [...run.warnings, ...(run.paramsCreated ? [h.paramsCreated] : [])];
      return vprOutcome(run.analysis, run.sheet, pupils, [...notes, ...extra]);
    },
  };
}
