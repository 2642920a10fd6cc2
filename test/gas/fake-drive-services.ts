/**
 * The Drive services of the Apps Script fake, over one FakeDrive: the Drive API v3 advanced
 * service (`Drive.Files`, `Drive.Permissions`) as the `drive.file` scope sees it — only what the
 * script made — and DriveApp, which sees everything the user may open. Every call is recorded;
 * sharing records whether Google e-mailed the person.
 */
import { FOLDER, ROOT, SHEET, type DriveItem, type FakeDrive, type Grant, type Role } from './fake-drive';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;
const ROLES: readonly Role[] = ['writer', 'commenter', 'reader'];

/** Makes the spreadsheet behind a new file (one empty sheet, as Sheets makes it). */
export type OpenFile<S> = (item: DriveItem<S>) => S;

function apiError(call: string, message: string): Error {
  return new Error(`GoogleJsonResponseException: API call to drive.${call} failed with error: ${message}`);
}

/** The clauses of a Drive query this project uses, joined by `and`; anything else is refused. */
function matcher<S>(q: string): (item: DriveItem<S>) => boolean {
  const clause =
    /(name = '((?:[^'\\]|\\.)*)'|mimeType = '([^']*)'|trashed = (true|false)|'([^']+)' in parents)(?: and |$)/y;
  const tests: ((item: DriveItem<S>) => boolean)[] = [];
  while (clause.lastIndex < q.length) {
    const m = clause.exec(q);
    if (!m) throw apiError('files.list', `Invalid Value: q = ${q}`);
    const [, , name, mime, trashed, parent] = m;
    if (name !== undefined) tests.push((i) => i.name === name.replace(/\\(.)/g, '$1'));
    else if (mime !== undefined) tests.push((i) => i.mimeType === mime);
    else if (trashed !== undefined) tests.push((i) => i.trashed === (trashed === 'true'));
    else if (parent !== undefined) tests.push((i) => i.parents.includes(parent));
  }
  return (item) => tests.every((t) => t(item));
}

function view<S>(item: DriveItem<S>, fields: unknown): Record<string, unknown> {
  const all: Record<string, unknown> = {
    kind: 'drive#file',
    id: item.id,
    name: item.name,
    mimeType: item.mimeType,
    parents: [...item.parents],
    trashed: item.trashed,
    modifiedTime: new Date(item.modified).toISOString(),
  };
  const wanted =
    typeof fields === 'string' ? fields.split(',').map((f) => f.trim()) : ['kind', 'id', 'name', 'mimeType'];
  return Object.fromEntries(wanted.filter((f) => f in all).map((f) => [f, all[f]]));
}

export function fakeAdvancedDrive<S>(drive: FakeDrive<S>, open: OpenFile<S>): Record<string, unknown> {
  const record = (method: string): void => drive.log.record(method);
  /** With `drive.file`, the API finds only what the script itself made. */
  const visible = (id: unknown, call: string): DriveItem<S> => {
    const item = typeof id === 'string' ? drive.items.get(id) : undefined;
    if (!item || !item.byApp || !drive.canRead(item)) throw apiError(call, `File not found: ${String(id)}`);
    return item;
  };
  const Files = {
    create(resource: unknown): Record<string, unknown> {
      record('Drive.Files.create');
      if (!isObject(resource) || typeof resource.name !== 'string' || typeof resource.mimeType !== 'string')
        throw apiError('files.create', 'Bad Request');
      const parents = Array.isArray(resource.parents) ? resource.parents.map(String) : [ROOT];
      for (const p of parents)
        if (p !== ROOT && visible(p, 'files.create').mimeType !== FOLDER)
          throw apiError('files.create', `Parent is not a folder: ${p}`);
      const item = drive.add({ name: resource.name, mimeType: resource.mimeType, parents, byApp: true });
      if (item.mimeType === SHEET) item.spreadsheet = open(item);
      return view(item, undefined);
    },
    get(id: unknown, options?: unknown): Record<string, unknown> {
      record('Drive.Files.get');
      return view(visible(id, 'files.get'), isObject(options) ? options.fields : undefined);
    },
    list(options?: unknown): Record<string, unknown> {
      record('Drive.Files.list');
      const q = isObject(options) && typeof options.q === 'string' ? options.q : '';
      const match = q === '' ? () => true : matcher<S>(q);
      const files = [...drive.items.values()].filter((i) => i.byApp && drive.canRead(i) && match(i));
      const size = isObject(options) && typeof options.pageSize === 'number' ? options.pageSize : 100;
      return { files: files.slice(0, size).map((i) => ({ id: i.id, name: i.name })) };
    },
    /** Metadata only (media null); moves by `addParents` / `removeParents`, comma-separated ids. */
    update(resource: unknown, id: unknown, media?: unknown, options?: unknown): Record<string, unknown> {
      record('Drive.Files.update');
      const item = visible(id, 'files.update');
      if (media !== undefined && media !== null)
        throw apiError('files.update', 'Media upload is not used by this project');
      const ids = (key: string): string[] =>
        isObject(options) && typeof options[key] === 'string' ? String(options[key]).split(',').filter(Boolean) : [];
      for (const p of ids('addParents'))
        if (p !== ROOT && visible(p, 'files.update').mimeType !== FOLDER)
          throw apiError('files.update', `Parent is not a folder: ${p}`);
      const removed = ids('removeParents');
      item.parents = [
        ...item.parents.filter((p) => !removed.includes(p)),
        ...ids('addParents').filter((p) => !item.parents.includes(p) || removed.includes(p)),
      ];
      if (isObject(resource) && typeof resource.trashed === 'boolean') item.trashed = resource.trashed;
      if (isObject(resource) && typeof resource.name === 'string') item.name = resource.name;
      return view(item, undefined);
    },
  };
  let permissions = 0;
  const Permissions = {
    create(resource: unknown, fileId: unknown, options?: unknown): Record<string, unknown> {
      record('Drive.Permissions.create');
      const item = visible(fileId, 'permissions.create');
      if (!isObject(resource) || resource.type !== 'user' || !ROLES.includes(resource.role as Role))
        throw apiError('permissions.create', 'Bad Request');
      const email = typeof resource.emailAddress === 'string' ? resource.emailAddress : '';
      if (!EMAIL.test(email)) throw apiError('permissions.create', `Bad Request. Invalid email address: ${email}`);
      // The API e-mails the person unless told not to.
      const notified = !(isObject(options) && options.sendNotificationEmail === false);
      if (!notified && drive.withoutGoogle.has(email.toLowerCase())) {
        throw apiError(
          'permissions.create',
          `Bad Request. User message: "You are trying to invite ${email}. Since there is no Google account associated with this email address, you must check the "Notify people" box to invite this recipient."`,
        );
      }
      const grant: Grant = { email, role: resource.role as Role, notified, via: 'Drive.Permissions.create' };
      item.grants.push(grant);
      return { kind: 'drive#permission', id: `p${++permissions}`, type: 'user', role: grant.role, emailAddress: email };
    },
    list(fileId: unknown): Record<string, unknown> {
      record('Drive.Permissions.list');
      const item = visible(fileId, 'permissions.list');
      return {
        permissions: item.grants.map((g, i) => ({ id: `p${i}`, type: 'user', role: g.role, emailAddress: g.email })),
      };
    },
  };
  return { Files, Permissions };
}

const NOT_FOUND =
  'Exception: No item with the given ID could be found. Or perhaps you do not have permission to access it.';

function iterator<T>(list: readonly T[]): { hasNext(): boolean; next(): T } {
  let i = 0;
  return {
    hasNext: () => i < list.length,
    next: () => {
      const v = list[i++];
      if (v === undefined) throw new Error('Exception: Cannot retrieve the next object: iterator has reached the end.');
      return v;
    },
  };
}

export class FakeDriveFolder<S> {
  constructor(
    private readonly drive: FakeDrive<S>,
    readonly item: DriveItem<S>,
  ) {}
  getId(): string {
    return this.item.id;
  }
  getName(): string {
    return this.item.name;
  }
  isTrashed(): boolean {
    return this.item.trashed;
  }
  getFoldersByName(name: string): { hasNext(): boolean; next(): FakeDriveFolder<S> } {
    this.drive.log.record('DriveApp.getFoldersByName');
    const found = this.drive
      .childrenOf(this.item.id)
      .filter((i) => i.mimeType === FOLDER && i.name === name && !i.trashed);
    return iterator(found.map((i) => new FakeDriveFolder(this.drive, i)));
  }
}

export class FakeDriveFile<S> {
  constructor(
    private readonly drive: FakeDrive<S>,
    readonly item: DriveItem<S>,
  ) {}
  getId(): string {
    return this.item.id;
  }
  getName(): string {
    return this.item.name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.item.id}/edit`;
  }
  getLastUpdated(): Date {
    return new Date(this.item.modified);
  }
  isTrashed(): boolean {
    return this.item.trashed;
  }
  setTrashed(on: boolean): FakeDriveFile<S> {
    this.drive.log.record('DriveApp.setTrashed');
    this.item.trashed = on;
    return this;
  }
  moveTo(folder: FakeDriveFolder<S>): FakeDriveFile<S> {
    this.drive.log.record('DriveApp.moveTo');
    this.item.parents = [folder.getId()];
    return this;
  }
  /** DriveApp cannot share quietly: Google always e-mails the new editor. */
  addEditor(email: string): FakeDriveFile<S> {
    this.drive.log.record('DriveApp.addEditor');
    if (!EMAIL.test(email)) throw new Error(`Exception: Invalid email: ${email}`);
    this.item.grants.push({ email, role: 'writer', notified: true, via: 'DriveApp.addEditor' });
    return this;
  }
}

export function fakeDriveApp<S>(drive: FakeDrive<S>): Record<string, unknown> {
  const reach = (id: unknown): DriveItem<S> => {
    const item = typeof id === 'string' ? drive.items.get(id) : undefined;
    if (!item || !drive.canRead(item)) throw new Error(NOT_FOUND);
    return item;
  };
  const root = (): FakeDriveFolder<S> => new FakeDriveFolder(drive, reach(ROOT));
  return {
    getRootFolder: root,
    getFolderById(id: unknown): FakeDriveFolder<S> {
      drive.log.record('DriveApp.getFolderById');
      const item = reach(id);
      if (item.mimeType !== FOLDER) throw new Error(NOT_FOUND);
      return new FakeDriveFolder(drive, item);
    },
    getFileById(id: unknown): FakeDriveFile<S> {
      drive.log.record('DriveApp.getFileById');
      const item = reach(id);
      if (item.mimeType === FOLDER) throw new Error(NOT_FOUND);
      return new FakeDriveFile(drive, item);
    },
    createFolder(name: string): FakeDriveFolder<S> {
      drive.log.record('DriveApp.createFolder');
      return new FakeDriveFolder(drive, drive.add({ name, mimeType: FOLDER, parents: [ROOT], byApp: true }));
    },
    getFoldersByName: (name: string) => root().getFoldersByName(name),
  };
}
