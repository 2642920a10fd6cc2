/**
 * The `oko` command line:
 *   oko check FILE.xlsx [--sheet NAME] [--json] [--out OUT.xlsx]
 *   oko status FILE.xlsx [--today YYYY-MM-DD] [--sheet NAME] [--json] [--out OUT.xlsx]
 *   oko summary BOOK.xlsx [--today YYYY-MM-DD] [--sheet NAME] [--out OUT.xlsx] [--docx OUT.docx] [--json]
 *   oko clear COPY.xlsx --out OUT.xlsx
 *   oko import PLAN.docx --out PLAN.xlsx [--check]
 *   oko demo [--out DIR]
 *   oko checklists init|make|collect … (see cli/checklist-args.ts)
 *   oko vpr FILES_OR_DIR… [--out BOOK.xlsx] [--json] (see cli/vpr-args.ts)
 *   oko --help
 * Options are split by Node's parseArgs (cli/option-split.ts); this module gives them meaning.
 */
import { isValidYmd } from '../core/grid/dates';
import { ru } from '../core/messages/ru';
import { parseChecklistsArgs, type ChecklistsCommand } from './checklist-args';
import { splitOptions, type OptionSpec } from './option-split';
import { parseVprArgs, type VprCommand } from './vpr-args';

export type Command =
  | { readonly kind: 'help' }
  | {
      readonly kind: 'check';
      readonly file: string;
      readonly sheet: string | null;
      readonly json: boolean;
      readonly out: string | null;
    }
  | {
      readonly kind: 'status';
      readonly file: string;
      readonly sheet: string | null;
      /** `YYYY-MM-DD`; null means the computer's date, taken by the command, not by core. */
      readonly today: string | null;
      readonly json: boolean;
      readonly out: string | null;
    }
  | {
      readonly kind: 'summary';
      readonly file: string;
      readonly sheet: string | null;
      /** `YYYY-MM-DD`; null means the computer's date, taken by the command, not by core. */
      readonly today: string | null;
      readonly json: boolean;
      readonly out: string | null;
      readonly docx: string | null;
    }
  | { readonly kind: 'clear'; readonly file: string; readonly out: string }
  | { readonly kind: 'import'; readonly file: string; readonly out: string; readonly check: boolean }
  | { readonly kind: 'demo'; readonly out: string }
  | ChecklistsCommand
  | VprCommand;

/** `usage: false` when the command line is well formed and only a value is wrong: one line is enough. */
export type ParseResult =
  | { readonly ok: true; readonly command: Command }
  | { readonly ok: false; readonly message: string; readonly usage?: false };

export const DEFAULT_DEMO_DIR = 'oko-demo';

type Name = 'check' | 'status' | 'summary' | 'clear' | 'import' | 'demo';

const OPTIONS: Record<Name, OptionSpec> = {
  check: { sheet: true, json: false, out: true },
  status: { sheet: true, json: false, out: true, today: true },
  summary: { sheet: true, json: false, out: true, today: true, docx: true },
  clear: { out: true },
  import: { out: true, check: false },
  demo: { out: true },
};

const isName = (s: string): s is Name => s in OPTIONS;

function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

const refuse = (message: string): ParseResult => ({ ok: false, message });

export function parseArgs(argv: readonly string[]): ParseResult {
  if (argv.includes('--help') || argv.includes('-h')) return { ok: true, command: { kind: 'help' } };
  const [name, ...rest] = argv;
  if (name === undefined) return refuse(ru.cli.noCommand);
  if (name === 'help') return { ok: true, command: { kind: 'help' } };
  if (name === 'checklists') return parseChecklistsArgs(rest);
  if (name === 'vpr') return parseVprArgs(rest);
  if (!isName(name)) return refuse(ru.cli.unknownCommand(name));
  const parsed = splitOptions(rest, OPTIONS[name]);
  if (!parsed.ok) return parsed;
  const { positional, values, flags } = parsed.split;
  if (name === 'demo') {
    const extra = positional[0];
    if (extra !== undefined) return refuse(ru.cli.extraArgument(extra));
    return { ok: true, command: { kind: 'demo', out: values.get('out') ?? DEFAULT_DEMO_DIR } };
  }
  const [file, extra] = positional;
  if (file === undefined || file === '')
    return refuse(name === 'clear' ? ru.cli.clear.missingFile : ru.cli.missingFile);
  if (extra !== undefined) return refuse(ru.cli.extraArgument(extra));
  const sheet = values.get('sheet') ?? null;
  const json = flags.has('json');
  const out = values.get('out') ?? null;
  const today = values.get('today') ?? null;
  if (today !== null && !isIsoDay(today)) return { ok: false, message: ru.cli.badToday(today), usage: false };
  switch (name) {
    case 'import':
      return out === null
        ? refuse(ru.docxImport.missingOut)
        : { ok: true, command: { kind: 'import', file, out, check: flags.has('check') } };
    case 'clear':
      return out === null ? refuse(ru.cli.clear.missingOut) : { ok: true, command: { kind: 'clear', file, out } };
    case 'summary':
      return {
        ok: true,
        command: { kind: 'summary', file, sheet, today, json, out, docx: values.get('docx') ?? null },
      };
    case 'status':
      return { ok: true, command: { kind: 'status', file, sheet, today, json, out } };
    case 'check':
      return { ok: true, command: { kind: 'check', file, sheet, json, out } };
  }
}
