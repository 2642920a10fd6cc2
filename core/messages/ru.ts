/**
 * The one Russian message catalog: every text a person sees comes from here.
 * Keys are English; values are plain strings or small functions of the facts they mention.
 * Each feature keeps its messages in its own file; this module joins them into `ru`.
 */
import { rulesMessages } from './rules';
import { checkMessages } from './check';
import { panelMessages } from './panel';
import { statusMessages } from './status';
import { cliMessages } from './cli';
import { excelMessages } from './excel';
import { gasMessages } from './gas';
import { checklistsMessages } from './checklists';
import { summaryMessages } from './summary';
import { planSheetMessages } from './plan-sheet';
import { docxImportMessages } from './docx-import';
import { limitsMessages } from './limits';
import { requisitesMessages } from './requisites';
import { vprMessages } from './vpr';

export { ROLE_NAMES, SEVERITY_NAMES } from './shared';

export const ru = {
  rules: rulesMessages.rules,
  cleanup: rulesMessages.cleanup,
  fixes: rulesMessages.fixes,
  report: checkMessages.report,
  marks: checkMessages.marks,
  check: checkMessages.check,
  problems: checkMessages.problems,
  panel: panelMessages.panel,
  status: statusMessages.status,
  reminders: statusMessages.reminders,
  cli: cliMessages.cli,
  excel: excelMessages.excel,
  gas: gasMessages.gas,
  checklists: checklistsMessages.checklists,
  summary: summaryMessages.summary,
  planSheet: planSheetMessages.planSheet,
  docxImport: docxImportMessages.docxImport,
  limits: limitsMessages.limits,
  requisites: requisitesMessages.requisites,
  vpr: vprMessages.vpr,
};
