/**
 * Google Drive of the Apps Script fake: folders and files with owners, grants and «last updated»
 * times, the spreadsheets behind the files, and who is acting (the official, or a school opening
 * its file). The services over it — the Drive API advanced service and DriveApp — are in
 * fake-drive-services.ts.
 */
import type { FakeClock } from './fake-clock';
import type { CallLog } from './fake-sheet';

export const FOLDER = 'application/vnd.google-apps.folder';
export const SHEET = 'application/vnd.google-apps.spreadsheet';

export type Role = 'writer' | 'commenter' | 'reader';

export interface Grant {
  readonly email: string;
  readonly role: Role;
  /** Did Google e-mail the person about it? */
  readonly notified: boolean;
  readonly via: 'Drive.Permissions.create' | 'DriveApp.addEditor';
}

/** What a file's spreadsheet needs to know of the file. */
export interface FileSide {
  readonly id: string;
  name: string;
}

export interface DriveItem<S = unknown> extends FileSide {
  readonly mimeType: string;
  parents: string[];
  readonly owner: string;
  /** Made by this script: what the `drive.file` scope lets the Drive API see. */
  readonly byApp: boolean;
  trashed: boolean;
  modified: number;
  readonly grants: Grant[];
  spreadsheet: S | null;
}

export const ROOT = 'root';
const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export class FakeDrive<S = unknown> {
  readonly items = new Map<string, DriveItem<S>>();
  /** Fake only: addresses without a Google account; Drive shares with them only by an e-mailed invitation. */
  readonly withoutGoogle = new Set<string>();
  /** Who is at the keyboard. */
  actor: string;
  private count = 0;

  constructor(
    readonly log: CallLog,
    readonly clock: FakeClock,
    readonly owner: string,
  ) {
    this.actor = owner;
    this.add({ id: ROOT, name: 'Мой диск', mimeType: FOLDER, parents: [], byApp: false });
  }

  /** Ids look like Drive's: 44 characters of [A-Za-z0-9_-]. */
  newId(): string {
    this.count++;
    return `1oko${String(this.count).padStart(6, '0')}${'Xy9_-'.repeat(7)}Z`;
  }

  add(
    item: Pick<DriveItem<S>, 'name' | 'mimeType' | 'parents' | 'byApp'> & { id?: string; owner?: string },
  ): DriveItem<S> {
    const full: DriveItem<S> = {
      id: item.id ?? this.newId(),
      name: item.name,
      mimeType: item.mimeType,
      parents: [...item.parents],
      owner: item.owner ?? this.owner,
      byApp: item.byApp,
      trashed: false,
      modified: this.clock.now,
      grants: [],
      spreadsheet: null,
    };
    this.items.set(full.id, full);
    return full;
  }

  canRead(item: DriveItem<S>, user = this.actor): boolean {
    return same(user, item.owner) || item.grants.some((g) => same(g.email, user));
  }

  canWrite(item: DriveItem<S>, user = this.actor): boolean {
    return same(user, item.owner) || item.grants.some((g) => same(g.email, user) && g.role === 'writer');
  }

  writers(item: DriveItem<S>): string[] {
    return [item.owner, ...item.grants.filter((g) => g.role === 'writer').map((g) => g.email)];
  }

  touch(id: string): void {
    const item = this.items.get(id);
    if (item) item.modified = this.clock.now;
  }

  /** Fake only: deleted for good (emptied from the bin). */
  remove(id: string): void {
    this.items.delete(id);
  }

  /** Fake only: who may open the file, besides its owner. */
  sharedWith(id: string): string[] {
    return this.items.get(id)?.grants.map((g) => g.email) ?? [];
  }

  childrenOf(folderId: string): DriveItem<S>[] {
    return [...this.items.values()].filter((i) => i.parents.includes(folderId));
  }
}
