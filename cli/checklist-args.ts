/**
 * The `oko checklists …` command lines:
 *   oko checklists init BOOK.xlsx
 *   oko checklists make BOOK.xlsx --out DIR
 *   oko checklists collect BOOK.xlsx DIR [--out OUT.xlsx] [--json]
 * Options are split as for every other command (cli/option-split.ts).
 */
import { ru } from '../core/messages/ru';
import { splitOptions, type OptionSpec } from './option-split';

export type ChecklistsCommand =
  | { readonly kind: 'checklists-init'; readonly book: string }
  | { readonly kind: 'checklists-make'; readonly book: string; readonly out: string }
  | {
      readonly kind: 'checklists-collect';
      readonly book: string;
      readonly dir: string;
      readonly out: string | null;
      readonly json: boolean;
    };

type Parsed =
  { readonly ok: true; readonly command: ChecklistsCommand } | { readonly ok: false; readonly message: string };

const OPTIONS: Record<'init' | 'make' | 'collect', OptionSpec> = {
  init: {},
  make: { out: true },
  collect: { out: true, json: false },
};

const isAction = (s: string | undefined): s is keyof typeof OPTIONS => s === 'init' || s === 'make' || s === 'collect';

export function parseChecklistsArgs(argv: readonly string[]): Parsed {
  const m = ru.checklists.cli;
  const [action, ...rest] = argv;
  if (action === undefined) return { ok: false, message: m.noSubcommand };
  if (!isAction(action)) return { ok: false, message: m.unknownSubcommand(action) };
  const parsed = splitOptions(rest, OPTIONS[action]);
  if (!parsed.ok) return parsed;
  const { positional, values, flags } = parsed.split;
  const [book, second, third] = positional;
  if (book === undefined || book === '') return { ok: false, message: m.missingBook };
  const extra = action === 'collect' ? third : second;
  if (extra !== undefined) return { ok: false, message: ru.cli.extraArgument(extra) };
  if (action === 'init') return { ok: true, command: { kind: 'checklists-init', book } };
  if (action === 'make') {
    const out = values.get('out');
    if (out === undefined) return { ok: false, message: m.missingOut };
    return { ok: true, command: { kind: 'checklists-make', book, out } };
  }
  if (second === undefined || second === '') return { ok: false, message: m.missingDir };
  return {
    ok: true,
    command: { kind: 'checklists-collect', book, dir: second, out: values.get('out') ?? null, json: flags.has('json') },
  };
}
