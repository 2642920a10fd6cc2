/**
 * The «Объективность ВПР» dialog's work, apart from its page: the book's parameters from the
 * server, each picked file read here in the browser (core/xlsx-lite), the same core analysis as
 * the CLI and Excel, then the server writes the sheet. Progress after every file.
 */
import { ru } from '../../core/messages/ru';
import { analyse } from '../../core/vpr/analyse';
import { readSources, type VprSource } from '../../core/vpr/read-sources';
import { vprNothing, vprOutcome, type VprOutcome } from '../../core/vpr/vpr-outcome';
import { readBookGrids, ZipError, type ZipEnv } from '../../core/xlsx-lite/read-book';
import type { VprParamsReply, VprWriteReply } from '../vpr-server';

export interface PickedBook {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface DialogDeps {
  readonly zip: ZipEnv;
  params(): Promise<VprParamsReply>;
  write(analysisJson: string): Promise<VprWriteReply>;
  /** Shows how far the work is; `done` of `total` files. */
  progress(text: string, done: number, total: number): void;
  /** Gives the page a turn to repaint. */
  pause(): Promise<void>;
}

const isLockFile = (name: string): boolean => name.startsWith('~$');

async function sourceOf(file: PickedBook, zip: ZipEnv): Promise<VprSource | string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return ru.cli.encrypted(file.name);
  try {
    return { name: file.name, grids: await readBookGrids(bytes, zip) };
  } catch (err) {
    if (err instanceof ZipError)
      return err.problem === 'too-large' ? ru.vpr.read.tooLarge(file.name) : ru.cli.notXlsx(file.name);
    return ru.cli.unreadable(file.name, err instanceof Error ? err.message : String(err));
  }
}

export async function runVprDialog(picked: readonly PickedBook[], deps: DialogDeps): Promise<VprOutcome> {
  const h = ru.vpr.host;
  const files = picked.filter((f) => !isLockFile(f.name));
  deps.progress(h.params, 0, files.length);
  const { params, warnings } = await deps.params();
  const sources: VprSource[] = [];
  const notes: string[] = [...warnings];
  for (const [i, file] of files.entries()) {
    deps.progress(h.reading(i + 1, files.length, file.name), i, files.length);
    await deps.pause();
    const source = await sourceOf(file, deps.zip);
    if (typeof source === 'string') notes.push(source);
    else sources.push(source);
  }
  const read = readSources(sources);
  notes.push(...read.messages);
  if (read.tables.length === 0) return vprNothing(notes);
  deps.progress(h.analysing, files.length, files.length);
  await deps.pause();
  const analysis = analyse(read.tables, params);
  deps.progress(h.writing, files.length, files.length);
  const written = await deps.write(JSON.stringify(analysis));
  const pupils = read.tables.reduce((s, t) => s + t.pupils.length, 0);
  return vprOutcome(analysis, written.sheet, pupils, written.paramsCreated ? [...notes, h.paramsCreated] : notes);
}
