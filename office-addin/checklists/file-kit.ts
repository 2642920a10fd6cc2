/**
 * Everything «Чек-листы школ» needs ExcelJS and JSZip for, in the task pane: the school files made
 * by the CLI's own builder, zipped for download, and the returned files read by the CLI's own
 * reader; the downloaded ВПР results read for «ВПР»; a Word plan read for «Импорт из Word». Bundled apart (checklist-files.js) and
 * loaded on first use: the pane stays light.
 */
import JSZip from 'jszip';
import type { ReceivedFile } from '../../core/checklists/school-file';
import type { Grid } from '../../core/grid/grid';
import { gridsFromParts } from '../../core/xlsx-lite/read-book';
import type { SchoolBookSpec } from '../../core/checklists/school-sheet';
import { ru } from '../../core/messages/ru';
import { isOfficeLockFile, readSchoolBytes } from '../../xlsx/school-bytes';
import { skippedFile } from '../../core/checklists/skipped-entry';
import { distinctFileNames, schoolFileBytes } from '../../xlsx/school-write';
import { reasonOf } from '../../xlsx/reason';
import { localIso } from '../../xlsx/local-time';
import type { MadeFile, PickedFile, Progress } from '../../panel/bridge';
import type { DocxImport } from '../../core/docx/docx-import';
import { readDocx } from '../../xlsx/docx-read';

export interface MadeSet {
  readonly files: readonly MadeFile[];
  /** Schools left out because another school's file has their name, in Russian. */
  readonly clashes: readonly string[];
  /** Every file of `files` in one archive named `zipName`. */
  readonly zip: MadeFile;
}

export interface FileKit {
  makeFiles(specs: readonly SchoolBookSpec[], now: Date, zipName: string, progress: Progress): Promise<MadeSet>;
  /** Every picked file read in the order given; Excel's lock files listed with their reason, unread. */
  readFiles(files: readonly PickedFile[], progress: Progress): Promise<ReceivedFile[]>;
  /** «ВПР»: each picked book's sheets as grids (values only), or why it cannot be read. */
  readBooks(files: readonly PickedFile[], progress: Progress): Promise<BookRead[]>;
  /** «Импорт из Word»: the picked .docx, its sizes checked before anything is inflated, read by core. */
  readDocx(file: PickedFile): Promise<DocxImport>;
}

export type BookRead =
  { readonly name: string; readonly grids: readonly Grid[] } | { readonly name: string; readonly reason: string };

/**
 * Files made or read at once. ExcelJS's browser build spends most of a read waiting on its stream
 * timers (clamped to 4 ms each): sixteen at once overlap the waits, ~9× faster than one by one.
 */
const AT_ONCE = 16;

/** Longest stretch of work before the pane gets a turn to repaint its progress. */
const SLICE_MS = 50;

/** `work` on every item, AT_ONCE at a time, results in the items' order; `progress` per item done. */
async function inOrder<T, R>(items: readonly T[], work: (item: T) => Promise<R>, progress: Progress): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  let done = 0;
  let last = Date.now();
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) {
      const item = items[i];
      if (item !== undefined) out[i] = await work(item);
      progress(++done, items.length);
      if (Date.now() - last >= SLICE_MS) {
        last = Date.now();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, items.length) }, worker));
  return out;
}

async function zipOf(files: readonly MadeFile[], now: Date): Promise<Uint8Array> {
  const zip = new JSZip();
  // The .xlsx files are compressed already: stored as they are, the archive is quick to make.
  for (const f of files) zip.file(f.name, f.bytes, { binary: true, date: now });
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

/** One picked file → core's ReceivedFile; even a file the browser cannot read goes to quarantine. */
async function readPicked(file: PickedFile): Promise<ReceivedFile> {
  const time = file.lastModified > 0 ? new Date(file.lastModified) : null;
  // A folder picked whole brings Excel's lock files along: listed with the CLI's reason, not read.
  if (isOfficeLockFile(file.name))
    return skippedFile(file.name, time ? localIso(time) : '', ru.checklists.skipped.lockFile);
  try {
    return await readSchoolBytes(file.name, new Uint8Array(await file.arrayBuffer()), time);
  } catch (err) {
    return {
      name: file.name,
      modified: time ? localIso(time) : '',
      unreadable: ru.checklists.reasons.unreadable(reasonOf(err)),
    };
  }
}

/** A downloaded results book, read by core/xlsx-lite over JSZip (which inflates in every Excel's webview). */
async function readBook(file: PickedFile): Promise<BookRead> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return { name: file.name, reason: ru.cli.encrypted(file.name) };
  try {
    const zip = await JSZip.loadAsync(bytes);
    const grids = await gridsFromParts(async (part) => {
      const entry = zip.file(part);
      return entry ? entry.async('string') : null;
    });
    return { name: file.name, grids };
  } catch {
    return { name: file.name, reason: ru.cli.notXlsx(file.name) };
  }
}

export const fileKit: FileKit = {
  async makeFiles(specs, now, zipName, progress) {
    const { files: distinct, clashes } = distinctFileNames(specs);
    const files = await inOrder(
      distinct,
      async (spec): Promise<MadeFile> => ({
        name: spec.fileName,
        title: spec.title,
        bytes: await schoolFileBytes(spec, now),
      }),
      progress,
    );
    return { files, clashes, zip: { name: zipName, title: zipName, bytes: await zipOf(files, now) } };
  },

  readFiles: (picked, progress) => inOrder(picked, readPicked, progress),

  readBooks: (picked, progress) =>
    inOrder(
      picked.filter((f) => !isOfficeLockFile(f.name)),
      readBook,
      progress,
    ),

  readDocx: async (file) => readDocx(new Uint8Array(await file.arrayBuffer()), file.name),
};
