/** A failure the user can act on: one Russian line on stderr, exit code 2, never a stack trace. */
export class CliFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliFailure';
  }
}
