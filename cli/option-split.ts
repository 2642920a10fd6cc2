/**
 * Options of one command line, split with Node's own `parseArgs` and its complaints put in Russian:
 * an unknown option, a flag given a value, an option without its value. `--out X` and `--out=X`
 * are the same; `--` ends the options, so a file name may start with a dash.
 */
import { parseArgs } from 'node:util';
import { ru } from '../core/messages/ru';

/** Option names without dashes: `true` for those that take a value, `false` for flags. */
export type OptionSpec = Readonly<Record<string, boolean>>;

export interface Split {
  readonly positional: string[];
  /** Values by option name, without dashes (`out`, `sheet`). */
  readonly values: Map<string, string>;
  readonly flags: Set<string>;
}

export type SplitResult =
  { readonly ok: true; readonly split: Split } | { readonly ok: false; readonly message: string };

export function splitOptions(args: readonly string[], spec: OptionSpec): SplitResult {
  const options = Object.fromEntries(
    Object.entries(spec).map(([name, takesValue]) => [
      name,
      { type: takesValue ? ('string' as const) : ('boolean' as const) },
    ]),
  );
  // Not strict: every token comes back, and each complaint is made here, in Russian, naming the argument as typed.
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  const positional: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (const t of tokens) {
    if (t.kind === 'positional') positional.push(t.value);
    if (t.kind !== 'option') continue;
    const typed = args[t.index] ?? t.rawName;
    const takesValue = spec[t.name];
    if (takesValue === undefined || !t.rawName.startsWith('--'))
      return { ok: false, message: ru.cli.unknownOption(typed) };
    if (!takesValue) {
      if (t.inlineValue) return { ok: false, message: ru.cli.unknownOption(typed) };
      flags.add(t.name);
      continue;
    }
    if (t.value === undefined || t.value === '') return { ok: false, message: ru.cli.missingValue(t.rawName) };
    values.set(t.name, t.value);
  }
  return { ok: true, split: { positional, values, flags } };
}
