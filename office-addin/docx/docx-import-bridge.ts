/**
 * «Импорт из Word» in the Excel task pane: the picked .docx is checked and unzipped in the pane by
 * the file kit (JSZip, loaded on first use; sizes read before anything is inflated), imported by
 * core, and the new sheet written, shown and checked through the Excel adapter.
 */
import { docxImportFlow } from '../../core/docx/docx-import-flow';
import type { DocxImportBridge } from '../../panel/bridge';
import type { FileKit } from '../checklists/file-kit';
import type { ExcelHost } from '../excel-host';
import { runExcel, withNotesHint } from '../office-bridge';

export interface DocxImportDeps {
  /** The file kit: loaded on first use in the pane, handed in directly by tests. */
  readonly kit: () => Promise<FileKit>;
}

export function officeDocxImportBridge(host: ExcelHost, deps: DocxImportDeps): DocxImportBridge {
  return {
    importDocx: async (file) => {
      const kit = await deps.kit();
      const imported = await kit.readDocx(file);
      const outcome = await runExcel(host, docxImportFlow(imported));
      return outcome.ok ? { ...outcome, report: withNotesHint(host, outcome.report) } : outcome;
    },
  };
}
