/**
 * `oko vpr ФАЙЛЫ_ИЛИ_ПАПКА… [--out КНИГА.xlsx] [--json]`: options are split as for every other
 * command (cli/option-split.ts).
 */
import { ru } from '../core/messages/ru';
import { splitOptions } from './option-split';

export interface VprCommand {
  readonly kind: 'vpr';
  /** Files and folders of downloaded results, in the order given. */
  readonly inputs: readonly string[];
  readonly out: string | null;
  readonly json: boolean;
}

type Parsed = { readonly ok: true; readonly command: VprCommand } | { readonly ok: false; readonly message: string };

export function parseVprArgs(rest: readonly string[]): Parsed {
  const parsed = splitOptions(rest, { out: true, json: false });
  if (!parsed.ok) return parsed;
  const { positional, values, flags } = parsed.split;
  const inputs = positional.filter((p) => p !== '');
  if (inputs.length === 0) return { ok: false, message: ru.vpr.cli.missingInput };
  return { ok: true, command: { kind: 'vpr', inputs, out: values.get('out') ?? null, json: flags.has('json') } };
}
