/** Issues found by the rules: typed, with a Russian message and an optional safe fix. */
export type Severity = 'error' | 'warning' | 'info';

export type RuleId =
  | 'missing-activity'
  | 'missing-deadline'
  | 'missing-responsible'
  | 'missing-result'
  | 'deadline-unparsed'
  | 'deadline-outside-period'
  | 'deadline-reversed'
  | 'number-duplicate'
  | 'number-gap'
  | 'number-format'
  | 'row-continuation'
  | 'header-missing'
  | 'header-repeated'
  | 'column-absent'
  | 'duplicate-item'
  | 'duplicate-block'
  | 'period-mismatch'
  | 'responsible-unseparated'
  | 'text-typo'
  | 'text-cleanup'
  | 'status-missing-evidence'
  | 'status-unknown'
  | 'control-date-invalid';

/** One cell rewrite a fix would make. Rows and columns are 1-based sheet coordinates. */
export interface CellEdit {
  readonly row: number;
  readonly col: number;
  /** Text to write; `null` clears the cell. */
  readonly value: string | null;
}

/**
 * A safe fix the user may apply with one click; it is never applied without that click.
 * Fixes only rewrite cells (a merged continuation row or a repeated header is emptied, not
 * deleted), so every fix is undone exactly by writing the old values back.
 */
export interface Fix {
  readonly label: string;
  readonly edits: readonly CellEdit[];
}

export interface Issue {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly row: number;
  /** 1-based column, or null when the issue concerns the whole row or the plan. */
  readonly col: number | null;
  readonly message: string;
  readonly fix: Fix | null;
}

export type SeverityCounts = Record<Severity, number>;

/** How many issues of each severity: the figure every report, summary and exit code starts from. */
export function countBySeverity(issues: readonly Issue[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return counts;
}
