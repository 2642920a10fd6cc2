/**
 * What checklists need from Google Drive, behind one port: the book's folder, a new spreadsheet in
 * it, sharing with one address, and a file's «last modified». The Drive API (advanced service,
 * `drive.file` scope: only files the tool made) is the way; DriveApp is the fallback when the
 * service is off, and then Google e-mails each school on sharing.
 */
import { advancedDrive } from './drive-advanced';
import { driveApp } from './drive-app';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface DriveMeta {
  readonly name: string;
  readonly modified: Date;
  readonly trashed: boolean;
}

/** `silent`: shared without a letter; `invited`: Google had to send one (see DrivePort.share). */
export type ShareOutcome = 'silent' | 'invited';

export interface DrivePort {
  /** Sharing always makes Google e-mail the school (the fallback cannot switch it off). */
  readonly notifies: boolean;
  /** The folder `name` in My Drive: `known` if it still exists, else found by name, else made. */
  folderId(name: string, known: string | null): string;
  /** A new, empty spreadsheet in the folder, opened. */
  createSpreadsheet(title: string, folderId: string): Spreadsheet;
  /** Editor access for this one address. */
  share(fileId: string, email: string): ShareOutcome;
  /** Into the bin: a file made for a school that could not get it. */
  trash(fileId: string): void;
  /** Throws when the file is gone or out of reach. */
  meta(fileId: string): DriveMeta;
}

/** The link a school opens; built from the id, so it costs no call. */
export const sheetUrl = (id: string): string => `https://docs.google.com/spreadsheets/d/${id}/edit`;

/** The Drive API when the project enables it (manifests/appsscript.json does), else DriveApp. */
export function drivePort(): DrivePort {
  return typeof Drive !== 'undefined' && Drive ? advancedDrive(Drive) : driveApp();
}
