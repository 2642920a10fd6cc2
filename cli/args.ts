/**
 * The `oko` command line, parsed without a dependency:
 *   oko check FILE.xlsx [--sheet NAME] [--json] [--out OUT.xlsx]
 *   oko status FILE.xlsx [--today YYYY-MM-DD] [--sheet NAME] [--json] [--out OUT.xlsx]
 *   oko summary BOOK.xlsx [--today YYYY-MM-DD] [--sheet NAME] [--out OUT.xlsx] [--docx OUT.docx] [--json]
 *   oko demo [--out DIR]
 *   oko checklists init|make|collect … (see cli/checklist-args.ts)
 *   oko --help
 * Options may be written `--out X` or `--out=X`; `--` ends the options.
 */
import { isValidYmd } from '../core/grid/dates';
import { ru } from '../core/messages/ru';
import { parseChecklistsArgs, type ChecklistsCommand } from './checklist-args';

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
  | { readonly kind: 'demo'; readonly out: string }
  | ChecklistsCommand;

export type ParseResult =
  { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly message: string };

export const DEFAULT_DEMO_DIR = 'oko-demo';

/** Options of a command: `true` for those that take a value, `false` for flags. */
const OPTIONS: Record<'check' | 'status' | 'summary' | 'demo', Record<string, boolean>> = {
  check: { '--sheet': true, '--json': false, '--out': true },
  status: { '--sheet': true, '--json': false, '--out': true, '--today': true },
  summary: { '--sheet': true, '--json': false, '--out': true, '--today': true, '--docx': true },
  demo: { '--out': true },
};

interface Split {
  readonly positional: string[];
  readonly values: Map<string, string>;
  readonly flags: Set<string>;
}

type SplitResult = { readonly ok: true; readonly split: Split } | { readonly ok: false; readonly message: string };

function split(args: readonly string[], spec: Record<string, boolean>): SplitResult {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const takesValue = spec[name];
    if (takesValue === undefined || (!takesValue && eq > 0)) return { ok: false, message: ru.cli.unknownOption(arg) };
    if (!takesValue) {
      flags.add(name);
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') return { ok: false, message: ru.cli.missingValue(name) };
    values.set(name, value);
  }
  return { ok: true, split: { positional, values, flags } };
}

function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function parseArgs(argv: readonly string[]): ParseResult {
  if (argv.includes('--help') || argv.includes('-h')) return { ok: true, command: { kind: 'help' } };
  const [name, ...rest] = argv;
  if (name === undefined) return { ok: false, message: ru.cli.noCommand };
  if (name === 'help') return { ok: true, command: { kind: 'help' } };
  if (name === 'checklists') return parseChecklistsArgs(rest, split);
  if (name !== 'check' && name !== 'status' && name !== 'summary' && name !== 'demo')
    return { ok: false, message: ru.cli.unknownCommand(name) };
  const parsed = split(rest, OPTIONS[name]);
  if (!parsed.ok) return parsed;
  const { positional, values, flags } = parsed.split;
  if (name === 'demo') {
    const extra = positional[0];
    if (extra !== undefined) return { ok: false, message: ru.cli.extraArgument(extra) };
    return { ok: true, command: { kind: 'demo', out: values.get('--out') ?? DEFAULT_DEMO_DIR } };
  }
  const [file, extra] = positional;
  if (file === undefined || file === '') return { ok: false, message: ru.cli.missingFile };
  if (extra !== undefined) return { ok: false, message: ru.cli.extraArgument(extra) };
  if (name === 'summary') {
    const today = values.get('--today') ?? null;
    if (today !== null && !isIsoDay(today)) return { ok: false, message: ru.cli.badToday(today) };
    const out = values.get('--out') ?? null;
    const docx = values.get('--docx') ?? null;
    return {
      ok: true,
      command: {
        kind: 'summary',
        file,
        sheet: values.get('--sheet') ?? null,
        today,
        json: flags.has('--json'),
        out,
        docx,
      },
    };
  }
  if (name === 'status') {
    const today = values.get('--today') ?? null;
    if (today !== null && !isIsoDay(today)) return { ok: false, message: ru.cli.badToday(today) };
    const out = values.get('--out') ?? null;
    return {
      ok: true,
      command: { kind: 'status', file, sheet: values.get('--sheet') ?? null, today, json: flags.has('--json'), out },
    };
  }
  return {
    ok: true,
    command: {
      kind: 'check',
      file,
      sheet: values.get('--sheet') ?? null,
      json: flags.has('--json'),
      out: values.get('--out') ?? null,
    },
  };
}
