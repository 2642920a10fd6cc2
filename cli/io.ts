/** Where the CLI prints: stdout for results, stderr for problems. Injected so commands stay testable. */
export interface Io {
  /** One or more lines of results (stdout). */
  out(text: string): void;
  /** One or more lines of diagnostics (stderr). */
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => {
    process.stdout.write(`${text}\n`);
  },
  err: (text) => {
    process.stderr.write(`${text}\n`);
  },
};
