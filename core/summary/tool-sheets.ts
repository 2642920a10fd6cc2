/** The sheets ОКО-план builds itself: never a plan, whatever they hold (dates, numbers, lists). */
import { BACKUP_SHEET } from '../marks/mark-backup';
import { ru } from '../messages/ru';

/** The checklist and summary sheets and the marks backup: their names are the tool's. */
export const BOOK_SHEETS: readonly string[] = [
  ru.summary.sheetName,
  ru.summary.altSheetName,
  ru.requisites.sheetName,
  ru.checklists.sheets.registry,
  ru.checklists.sheets.template,
  ru.checklists.sheets.summary,
  ru.checklists.sheets.journal,
  ru.vpr.sheetName,
  ru.vpr.altSheetName,
  BACKUP_SHEET,
];

/** Those and the issue report: the summary refuses to treat any of them as the plan. */
export const TOOL_SHEETS: readonly string[] = [...BOOK_SHEETS, ru.report.sheetName, ru.report.altSheetName];
