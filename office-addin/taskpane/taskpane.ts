/// <reference types="office-js" />
/** The task pane: the shared ОКО-план panel, bridged to this workbook through the Excel adapter. */
import { ru } from '../../core/messages/ru';
import { mountPanel } from '../../panel/panel';
import { officeChecklistsBridge } from '../checklists/checklists-bridge';
import { loadDocxKit, loadFileKit } from '../checklists/file-kit-loader';
import { officeDocxImportBridge } from '../docx/docx-import-bridge';
import { officeEnv } from '../excel-env';
import { createExcelHost } from '../excel-host';
import { localIsoDate, officeBridge } from '../office-bridge';
import { loadSpravkaKit } from '../summary/spravka-kit-loader';
import { officeSummaryBridge, rememberingPlans } from '../summary/summary-bridge';
import { planMemory } from '../summary/summary-run';
import { officeVprBridge } from '../vpr/vpr-bridge';
import { installDomShims } from '../legacy/dom-shims';
import { markStarted } from '../legacy/webview';

installDomShims();

void Office.onReady((info) => {
  const root = document.getElementById('oko-root');
  if (!root) return;
  markStarted();
  if (info.host !== Office.HostType.Excel) {
    root.textContent = ru.excel.notExcel;
    return;
  }
  const host = createExcelHost(officeEnv());
  const memory = planMemory();
  mountPanel(root, {
    ...rememberingPlans(officeBridge(host), memory),
    checklists: officeChecklistsBridge(host, { kit: loadFileKit }),
    summary: officeSummaryBridge(host, { kit: loadSpravkaKit, today: () => localIsoDate(), memory }),
    vpr: officeVprBridge(host, { kit: loadFileKit }),
    docxImport: officeDocxImportBridge(host, { kit: loadDocxKit }),
  });
});
