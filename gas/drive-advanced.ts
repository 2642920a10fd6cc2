/**
 * Drive through the Drive API v3 (advanced service «Drive»): everything here works with the
 * `drive.file` scope, since the tool touches only the folder and files it made itself.
 */
import type { DriveMeta, DrivePort, ShareOutcome } from './drive-port';

type DriveApi = GoogleAppsScript.Drive;

const FOLDER_MIME = 'application/vnd.google-apps.folder';
const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';

/** A name inside a Drive query string: backslash and quote escaped. */
const quoted = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function idOf(file: { id?: string }, what: string): string {
  if (!file.id) throw new Error(`Drive did not return the id of ${what}`);
  return file.id;
}

export function advancedDrive(drive: DriveApi): DrivePort {
  const liveFolder = (id: string): boolean => {
    try {
      const f = drive.Files.get(id, { fields: 'id,mimeType,trashed' });
      return f.mimeType === FOLDER_MIME && f.trashed !== true;
    } catch {
      return false;
    }
  };
  return {
    notifies: false,
    folderId(name, known) {
      if (known && liveFolder(known)) return known;
      const q = `name = ${quoted(name)} and mimeType = '${FOLDER_MIME}' and 'root' in parents and trashed = false`;
      const found = drive.Files.list({ q, fields: 'files(id)', pageSize: 1 }).files?.[0];
      return found ? idOf(found, name) : idOf(drive.Files.create({ name, mimeType: FOLDER_MIME }), name);
    },
    createSpreadsheet(title, folderId) {
      const id = idOf(drive.Files.create({ name: title, mimeType: SHEET_MIME, parents: [folderId] }), title);
      return SpreadsheetApp.openById(id);
    },
    share(fileId, email): ShareOutcome {
      const permission = { role: 'writer', type: 'user', emailAddress: email };
      try {
        drive.Permissions.create(permission, fileId, { sendNotificationEmail: false });
        return 'silent';
      } catch (silentFailed) {
        // Drive refuses a silent share with an address that has no Google account: only an
        // invitation by e-mail can reach it. Anything else fails again here and is reported.
        try {
          drive.Permissions.create(permission, fileId, { sendNotificationEmail: true });
        } catch {
          throw silentFailed;
        }
        return 'invited';
      }
    },
    trash(fileId) {
      drive.Files.update({ trashed: true }, fileId);
    },
    meta(fileId): DriveMeta {
      const f = drive.Files.get(fileId, { fields: 'name,modifiedTime,trashed' });
      return { name: f.name ?? '', modified: new Date(f.modifiedTime ?? 0), trashed: f.trashed === true };
    },
  };
}
