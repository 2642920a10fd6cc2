/** A user-facing reason why a command cannot run on the input; carries a Russian message. */
export interface Problem {
  readonly code: 'empty-sheet' | 'no-plan';
  readonly message: string;
}
