/**
 * A fake of the Apps Script services the Sheets host uses — SpreadsheetApp, HtmlService,
 * Utilities (with blobs and unzip: fake-blob.ts), Session, PropertiesService, ScriptApp, MailApp,
 * LockService, DriveApp, the Drive API and the Sheets API advanced services — recording every
 * call, for tests that run the built Code.js in a Node vm. No Google access. Spreadsheets are files of one fake Drive: the active one (the book) and
 * those the script creates or opens by id.
 */
import { fakeBlobUtilities } from './fake-blob';
import { fakeSheetsApi } from './fake-sheets-api';
import { Charts } from './fake-charts';
import { FakeClock } from './fake-clock';
import { fakeDocumentApp, type FakeDocument } from './fake-docs';
import { FakeDrive, ROOT, SHEET, type DriveItem } from './fake-drive';
import { fakeAdvancedDrive, fakeDriveApp } from './fake-drive-services';
import { CallLog, FakeSheet, NO_ACCESS, type Book } from './fake-sheet';
import { activeRanges, type FakeRange } from './fake-range';
import { FakeRichTextBuilder, type Scalar } from './fake-cells';
import {
  BooleanCriteria,
  DataValidationCriteria,
  FakeConditionalRuleBuilder,
  FakeDataValidationBuilder,
} from './fake-rules';
import { FakeLock, FakeMailApp, FakeScriptApp } from './fake-services';
import { formatDate, parseDate } from './fake-time';

/** The official who runs the tool and owns the book. */
export const OFFICIAL = 'metodist@example.org';

export class FakeSpreadsheet implements Book {
  readonly sheets: FakeSheet[] = [];
  readonly toasts: { message: string; title: string; seconds: number | null }[] = [];
  private active: FakeSheet | null = null;
  private nextId = 0;
  constructor(
    readonly log: CallLog,
    private zone = 'Europe/Moscow',
    private readonly drive: FakeDrive<FakeSpreadsheet> | null = null,
    readonly file: DriveItem<FakeSpreadsheet> | null = null,
  ) {}

  actor(): string {
    return this.drive?.actor ?? OFFICIAL;
  }
  ownerEmail(): string {
    return this.file?.owner ?? OFFICIAL;
  }
  writers(): string[] {
    return this.drive && this.file ? this.drive.writers(this.file) : [OFFICIAL];
  }
  touch(): void {
    if (this.drive && this.file) this.drive.touch(this.file.id);
  }
  renamed(sheet: FakeSheet, name: string): string {
    if (typeof name !== 'string' || name === '') throw new Error('Exception: Invalid argument: name');
    if (this.sheets.some((s) => s !== sheet && s.name === name)) {
      throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    return name;
  }

  timeZone(): string {
    return this.zone;
  }
  activate(sheet: FakeSheet): void {
    this.active = sheet;
    sheet.hidden = false;
  }
  sheetHidden(sheet: FakeSheet): void {
    if (this.sheets.every((s) => s.hidden)) {
      sheet.hidden = false;
      throw new Error("Exception: You can't hide all the sheets in a document.");
    }
    if (this.active === sheet) this.active = this.sheets.find((s) => !s.hidden) ?? null;
  }
  /** Fake only: a sheet with values as pasted (no parsing), the first one becomes active. */
  addSheet(name: string, values: readonly (readonly (Scalar | null | undefined)[])[] = []): FakeSheet {
    const sheet = new FakeSheet(this, name, this.newId()).load(values);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }
  private newId(): number {
    // Real gids are large and arbitrary; the first sheet's is 0.
    return this.nextId++ === 0 ? 0 : 100000 + this.nextId * 7919;
  }
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`test: no sheet ${name}`);
    return s;
  }

  getId(): string {
    return this.file?.id ?? 'fake-spreadsheet-id';
  }
  getName(): string {
    return this.file?.name ?? 'План мероприятий';
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.getId()}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    this.log.record('getSpreadsheetTimeZone');
    return this.zone;
  }
  setSpreadsheetTimeZone(zone: string): void {
    this.zone = zone;
  }
  getActiveSheet(): FakeSheet {
    this.log.record('getActiveSheet');
    if (!this.active) throw new Error('test: no sheets');
    return this.active;
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.activate(sheet);
    return sheet;
  }
  getActiveRange(): FakeRange | null {
    return activeRanges.get(this) ?? null;
  }
  getSheets(): FakeSheet[] {
    return [...this.sheets];
  }
  getNumSheets(): number {
    return this.sheets.length;
  }
  getSheetByName(name: string): FakeSheet | null {
    this.log.record('getSheetByName', name);
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  /** Like Sheets: the new sheet is 1000×26 and becomes the active sheet. */
  insertSheet(name: string, index?: number): FakeSheet {
    this.log.record('insertSheet', name);
    if (this.sheets.some((s) => s.name === name)) {
      throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (!this.writers().includes(this.actor())) throw new Error(NO_ACCESS);
    const sheet = new FakeSheet(this, name, this.newId());
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    this.active = sheet;
    this.touch();
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    this.log.record('deleteSheet', sheet.name);
    if (this.sheets.length === 1) throw new Error("Exception: You can't remove all the sheets in a document.");
    sheet.assertWritable({ row: 1, col: 1, rows: sheet.maxRows, cols: sheet.maxCols });
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.active === sheet) this.active = this.sheets.find((s) => !s.hidden) ?? null;
  }
  toast(message: string, title = '', seconds: number | null = null): void {
    this.log.record('toast');
    this.toasts.push({ message, title, seconds });
  }
}

export interface MenuItem {
  readonly caption: string;
  readonly functionName: string;
}

export class FakeMenu {
  readonly items: MenuItem[] = [];
  readonly subMenus: FakeMenu[] = [];
  constructor(
    private readonly ui: FakeUi,
    readonly caption: string,
  ) {}
  addItem(caption: string, functionName: string): FakeMenu {
    if (typeof functionName !== 'string' || !functionName) throw new Error('Exception: Invalid argument: functionName');
    this.items.push({ caption, functionName });
    return this;
  }
  addSubMenu(menu: FakeMenu): FakeMenu {
    if (!(menu instanceof FakeMenu) || !menu.caption) throw new Error('Exception: Invalid argument: menu');
    this.subMenus.push(menu);
    return this;
  }
  addSeparator(): FakeMenu {
    return this;
  }
  addToUi(): void {
    this.ui.menus.push(this);
  }
}

export class FakeHtmlOutput {
  private title = '';
  constructor(private readonly content: string) {}
  setTitle(title: string): FakeHtmlOutput {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  getContent(): string {
    return this.content;
  }
  setWidth(): FakeHtmlOutput {
    return this;
  }
  setHeight(): FakeHtmlOutput {
    return this;
  }
}

export class FakeUi {
  readonly menus: FakeMenu[] = [];
  readonly alerts: { title: string; message: string }[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly dialogs: { html: FakeHtmlOutput; title: string }[] = [];
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
  constructor(private readonly log: CallLog) {}
  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this, caption);
  }
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this, '');
  }
  /** alert(prompt) · alert(prompt, buttons) · alert(title, prompt, buttons). */
  alert(...args: string[]): string {
    this.log.record('alert');
    const sets: readonly string[] = Object.values(this.ButtonSet);
    const [a = '', b = '', c] = args;
    this.alerts.push(
      c !== undefined
        ? { title: a, message: b }
        : sets.includes(b) || args.length === 1
          ? { title: '', message: a }
          : { title: a, message: b },
    );
    return this.Button.OK;
  }
  showModalDialog(html: FakeHtmlOutput, title: string): void {
    this.log.record('showModalDialog');
    if (!(html instanceof FakeHtmlOutput)) throw new Error('Exception: Invalid argument: userInterface');
    this.dialogs.push({ html, title });
  }
  showSidebar(html: FakeHtmlOutput): void {
    this.log.record('showSidebar');
    this.sidebars.push(html);
  }
}

export class FakeProperties {
  private readonly map = new Map<string, string>();
  getProperty(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  /** Apps Script caps a value at 9 KB: the reason marks are backed up on a sheet. */
  setProperty(key: string, value: string): FakeProperties {
    if (Buffer.byteLength(value, 'utf8') > 9 * 1024) throw new Error('Exception: Argument too large: value');
    this.map.set(key, value);
    return this;
  }
  /** Many at once; `deleteAllOthers` empties the store first. The store holds 500 KB in all. */
  setProperties(values: Record<string, unknown>, deleteAllOthers = false): FakeProperties {
    const next = new Map(deleteAllOthers ? [] : this.map);
    for (const [key, value] of Object.entries(values)) {
      if (typeof value !== 'string') throw new Error(`Exception: Invalid argument: ${key}`);
      if (Buffer.byteLength(value, 'utf8') > 9 * 1024) throw new Error('Exception: Argument too large: value');
      next.set(key, value);
    }
    const total = [...next].reduce((n, [k, v]) => n + Buffer.byteLength(k + v, 'utf8'), 0);
    if (total > 500 * 1024) throw new Error('Exception: You have exceeded the property storage quota.');
    this.map.clear();
    for (const [k, v] of next) this.map.set(k, v);
    return this;
  }
  deleteProperty(key: string): FakeProperties {
    this.map.delete(key);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.map);
  }
}

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

export interface FakeAppsScript {
  readonly log: CallLog;
  readonly book: FakeSpreadsheet;
  readonly clock: FakeClock;
  readonly drive: FakeDrive<FakeSpreadsheet>;
  /** SpreadsheetApp.openById as the current actor (a school, in tests of what a school sees). */
  openById(id: string): FakeSpreadsheet;
  /** Fake only: do `act` as this user, e.g. a school filling in its file. */
  as<T>(email: string, act: () => T): T;
  readonly ui: FakeUi;
  readonly script: FakeScriptApp;
  readonly mail: FakeMailApp;
  readonly lock: FakeLock;
  readonly documentProperties: FakeProperties;
  /** The Google Docs the script made (DocumentApp.create), in order. */
  readonly docs: FakeDocument[];
  /** What the script wrote with console.* (an unattended trigger's only output). */
  readonly logs: { level: string; message: string }[];
  /** What the vm context gets as its globals. */
  readonly globals: Record<string, unknown>;
  /** AuthMode.NONE: an add-on not yet used in this document may not read it. */
  authMode: AuthMode;
}

export interface FakeOptions {
  /** Is the Drive API advanced service enabled in the project (the manifest says so)? */
  readonly advancedDrive?: boolean;
  /**
   * Is the Sheets API advanced service enabled (the manifest says so)? `'refusing'`: in the
   * manifest, but switched off in the project's Cloud console, so every call throws.
   */
  readonly advancedSheets?: boolean | 'refusing';
}

/** A spreadsheet (empty until `book.addSheet`), its UI, and the services around it. */
export function createAppsScript(
  files: Readonly<Record<string, string>> = {},
  timeZone = 'Europe/Moscow',
  options: FakeOptions = {},
): FakeAppsScript {
  const log = new CallLog();
  const clock = new FakeClock();
  const drive = new FakeDrive<FakeSpreadsheet>(log, clock, OFFICIAL);
  const newBook = (item: DriveItem<FakeSpreadsheet>): FakeSpreadsheet => {
    const ss = new FakeSpreadsheet(log.child(item.id), timeZone, drive, item);
    ss.addSheet('Лист1');
    return ss;
  };
  const bookFile = drive.add({
    id: 'fake-spreadsheet-id',
    name: 'План мероприятий',
    mimeType: SHEET,
    parents: [ROOT],
    byApp: false,
  });
  const book = new FakeSpreadsheet(log, timeZone, drive, bookFile);
  bookFile.spreadsheet = book;
  const ui = new FakeUi(log);
  const documents = fakeDocumentApp(drive, log);
  const props = { document: new FakeProperties(), script: new FakeProperties(), user: new FakeProperties() };
  const openById = (id: string): FakeSpreadsheet => {
    log.record('openById');
    const item = typeof id === 'string' ? drive.items.get(id) : undefined;
    if (!item || !item.spreadsheet || !drive.canRead(item))
      throw new Error(
        'Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    return item.spreadsheet;
  };
  /** The spreadsheet the Sheets API names by id: no SpreadsheetApp call is made for it. */
  const sheetsApiBook = (id: string): FakeSpreadsheet => {
    const item = drive.items.get(id);
    if (!item?.spreadsheet || !drive.canRead(item))
      throw new Error(`API call to sheets.spreadsheets.batchUpdate failed with error: Requested entity was not found.`);
    return item.spreadsheet;
  };
  const sheetsApi = (refusing: boolean): ReturnType<typeof fakeSheetsApi> =>
    fakeSheetsApi(log, (id) => {
      if (refusing)
        throw new Error(
          'GoogleJsonResponseException: API call to sheets.spreadsheets.batchUpdate failed with error: Google Sheets API has not been used in project 1234 before or it is disabled.',
        );
      return sheetsApiBook(id);
    });
  const fake: FakeAppsScript = {
    log,
    book,
    clock,
    drive,
    openById,
    as<T>(email: string, act: () => T): T {
      const before = drive.actor;
      drive.actor = email;
      try {
        return act();
      } finally {
        drive.actor = before;
      }
    },
    ui,
    script: new FakeScriptApp(log),
    mail: new FakeMailApp(log),
    lock: new FakeLock(),
    documentProperties: props.document,
    docs: documents.docs,
    logs: [],
    globals: {},
    authMode: 'LIMITED',
  };
  const allowed = (what: string): void => {
    if (fake.authMode === 'NONE') throw new Error(`Exception: You do not have permission to call ${what}`);
  };
  const SpreadsheetApp = {
    ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
    BooleanCriteria,
    DataValidationCriteria,
    newDataValidation: () => new FakeDataValidationBuilder(),
    newConditionalFormatRule: () => new FakeConditionalRuleBuilder(),
    newRichTextValue: () => new FakeRichTextBuilder(),
    getUi: () => ui,
    getActiveSpreadsheet: () => (allowed('SpreadsheetApp.getActiveSpreadsheet'), book),
    getActive: () => (allowed('SpreadsheetApp.getActive'), book),
    flush: () => log.record('flush'),
    openById,
    create(name: string): FakeSpreadsheet {
      log.record('SpreadsheetApp.create');
      const item = drive.add({ name, mimeType: SHEET, parents: [ROOT], byApp: true });
      item.spreadsheet = newBook(item);
      return item.spreadsheet;
    },
  };
  const HtmlService = {
    createHtmlOutputFromFile: (name: string) => {
      const content = files[name] ?? files[`${name}.html`];
      if (content === undefined) throw new Error(`Exception: No HTML file named ${name} was found.`);
      return new FakeHtmlOutput(content);
    },
    createHtmlOutput: (content = '') => new FakeHtmlOutput(content),
  };
  /** Java bytes are signed, -128..127; anything else is refused as Apps Script does. */
  const base64Encode = (data: unknown): string => {
    if (typeof data === 'string') return Buffer.from(data, 'utf8').toString('base64');
    if (
      !Array.isArray(data) ||
      data.some((b) => typeof b !== 'number' || !Number.isInteger(b) || b < -128 || b > 127)
    ) {
      throw new Error("Exception: The parameters don't match the method signature for Utilities.base64Encode.");
    }
    return Buffer.from(data.map((b: number) => b & 255)).toString('base64');
  };
  const Utilities = { formatDate, parseDate, sleep: () => undefined, base64Encode, ...fakeBlobUtilities(log) };
  const Session = {
    getScriptTimeZone: () => 'Europe/Moscow',
    getActiveUser: () => ({ getEmail: () => 'metodist@example.org' }),
    getEffectiveUser: () => ({ getEmail: () => 'metodist@example.org' }),
  };
  const PropertiesService = {
    getDocumentProperties: () => (allowed('PropertiesService.getDocumentProperties'), props.document),
    getScriptProperties: () => props.script,
    getUserProperties: () => props.user,
  };
  const Logger = { log: (...args: unknown[]) => log.record(`Logger.log ${args.map(String).join(' ')}`) };
  const logged =
    (level: string) =>
    (...args: unknown[]): void => {
      fake.logs.push({ level, message: args.map(String).join(' ') });
    };
  const quiet = { log: logged('log'), info: logged('info'), warn: logged('warn'), error: logged('error') };
  const LockService = { getDocumentLock: () => fake.lock, getScriptLock: () => fake.lock };
  Object.assign(fake.globals, {
    SpreadsheetApp,
    HtmlService,
    Utilities,
    Session,
    PropertiesService,
    ScriptApp: fake.script,
    MailApp: fake.mail,
    LockService,
    Logger,
    console: quiet,
    DriveApp: fakeDriveApp(drive),
    Charts,
    DocumentApp: documents.DocumentApp,
    ...(options.advancedDrive === false ? {} : { Drive: fakeAdvancedDrive(drive, newBook) }),
    ...(options.advancedSheets === false ? {} : { Sheets: sheetsApi(options.advancedSheets === 'refusing') }),
  });
  return fake;
}
