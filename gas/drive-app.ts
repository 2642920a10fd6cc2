/**
 * Drive through DriveApp: the fallback when the project has no Drive API service. Sharing then
 * always makes Google e-mail the school, and DriveApp asks for the wider `drive` scope, which
 * Apps Script adds by itself when the manifest does not pin the scopes.
 */
import type { DriveMeta, DrivePort } from './drive-port';

export function driveApp(): DrivePort {
  return {
    notifies: true,
    folderId(name, known) {
      if (known) {
        try {
          const f = DriveApp.getFolderById(known);
          if (!f.isTrashed()) return known;
        } catch {
          // Deleted or out of reach: look for it by name below.
        }
      }
      const found = DriveApp.getRootFolder().getFoldersByName(name);
      return found.hasNext() ? found.next().getId() : DriveApp.createFolder(name).getId();
    },
    createSpreadsheet(title, folderId) {
      const ss = SpreadsheetApp.create(title);
      DriveApp.getFileById(ss.getId()).moveTo(DriveApp.getFolderById(folderId));
      return ss;
    },
    share(fileId, email) {
      DriveApp.getFileById(fileId).addEditor(email);
      return 'invited';
    },
    trash(fileId) {
      DriveApp.getFileById(fileId).setTrashed(true);
    },
    meta(fileId): DriveMeta {
      const f = DriveApp.getFileById(fileId);
      return { name: f.getName(), modified: new Date(f.getLastUpdated().getTime()), trashed: f.isTrashed() };
    },
  };
}
