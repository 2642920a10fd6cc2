/** The `oko` command: `main(argv)` returns the exit code; user-facing failures are one Russian line. */
import { ru } from '../core/messages/ru';
import { parseArgs } from './args';
import { runCheck } from './commands/check';
import { runClear } from './commands/clear';
import { runDemo } from './commands/demo';
import { runImport } from './commands/import';
import { runChecklistsCollect } from './commands/checklists-collect';
import { runChecklistsInit } from './commands/checklists-init';
import { runChecklistsMake } from './commands/checklists-make';
import { runStatus } from './commands/status';
import { runSummary } from './commands/summary';
import { runVpr } from './commands/vpr';
import { CliFailure } from './failure';
import { SheetMissingError } from '../xlsx/host';
import { reasonOf } from '../xlsx/reason';
import { processIo, type Io } from './io';

/** One line on stderr for any failure; the stack only with OKO_DEBUG=1. */
function reportFailure(err: unknown, io: Io): number {
  io.err(
    err instanceof CliFailure || err instanceof SheetMissingError ? err.message : ru.cli.unexpected(reasonOf(err)),
  );
  if (process.env['OKO_DEBUG'] === '1' && err instanceof Error && err.stack) io.err(err.stack);
  return 2;
}

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(parsed.message);
    if (parsed.usage !== false) io.err(ru.cli.usage);
    return 2;
  }
  const cmd = parsed.command;
  try {
    switch (cmd.kind) {
      case 'help':
        io.out(
          `${ru.cli.usage}\n${ru.docxImport.usage}\n\n${ru.checklists.cli.usage}\n\n${ru.summary.cli.usage}\n\n${ru.vpr.cli.usage}`,
        );
        return 0;
      case 'check':
        return await runCheck(cmd, io);
      case 'status':
        return await runStatus(cmd, io);
      case 'summary':
        return await runSummary(cmd, io);
      case 'clear':
        return await runClear(cmd, io);
      case 'import':
        return await runImport(cmd, io);
      case 'demo':
        return await runDemo(cmd, io);
      case 'checklists-init':
        return await runChecklistsInit(cmd, io);
      case 'checklists-make':
        return await runChecklistsMake(cmd, io);
      case 'checklists-collect':
        return await runChecklistsCollect(cmd, io);
      case 'vpr':
        return await runVpr(cmd, io);
    }
  } catch (err) {
    return reportFailure(err, io);
  }
}

if (require.main === module) {
  // A closed pipe (`oko check … | head`) is not a failure of the check.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
  process.on('uncaughtException', (err) => {
    process.exitCode = reportFailure(err, processIo);
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.exitCode = reportFailure(err, processIo);
    },
  );
}
