/**
 * Where the справка's Google Doc goes: the checklists folder the tool made, else the book's own
 * folder when `drive.file` lets us see it, else it stays in My Drive. Drive API only: a file the
 * script made can be moved with `drive.file`; without the service the Doc stays in My Drive.
 */
import { FOLDER_KEY } from './checklist-send';

const FOLDER_MIME = 'application/vnd.google-apps.folder';

type DriveApi = GoogleAppsScript.Drive;

/** A metadata-only update takes null for the media: the typings only know a Blob there. */
interface MetadataUpdate {
  update(resource: object, fileId: string, media: null, args: Record<string, string>): unknown;
}

function liveFolder(drive: DriveApi, id: string): boolean {
  try {
    const f = drive.Files.get(id, { fields: 'mimeType,trashed' });
    return f.mimeType === FOLDER_MIME && f.trashed !== true;
  } catch {
    return false;
  }
}

/** The book's first parent, or null: with `drive.file` the book itself is often out of sight. */
function bookFolder(drive: DriveApi, bookId: string): string | null {
  try {
    return drive.Files.get(bookId, { fields: 'parents' }).parents?.[0] ?? null;
  } catch {
    return null;
  }
}

/** Moves the file next to the book's checklists or the book; false when it stays in My Drive. */
export function moveNextToBook(fileId: string, bookId: string): boolean {
  if (typeof Drive === 'undefined' || !Drive) return false;
  const drive = Drive;
  const known = PropertiesService.getDocumentProperties().getProperty(FOLDER_KEY);
  const target = known && liveFolder(drive, known) ? known : bookFolder(drive, bookId);
  if (!target) return false;
  const from = drive.Files.get(fileId, { fields: 'parents' }).parents ?? [];
  if (from.includes(target)) return true;
  (drive.Files as unknown as MetadataUpdate).update({}, fileId, null, {
    addParents: target,
    removeParents: from.join(','),
    fields: 'id',
  });
  return true;
}
