/**
 * ScriptApp triggers, MailApp and LockService of the Apps Script fake. Like Apps Script: a
 * clock trigger needs a schedule, a user has at most 20 triggers per script, a message sent past
 * the day's quota or to a malformed address throws.
 */
import type { CallLog } from './fake-sheet';

const MAX_TRIGGERS = 20;

export interface Schedule {
  everyDays: number | null;
  everyHours: number | null;
  atHour: number | null;
  timeZone: string | null;
}

export class FakeTrigger {
  constructor(
    readonly id: string,
    readonly handler: string,
    readonly schedule: Readonly<Schedule>,
  ) {}
  getHandlerFunction(): string {
    return this.handler;
  }
  getUniqueId(): string {
    return this.id;
  }
  getEventType(): string {
    return 'CLOCK';
  }
  getTriggerSource(): string {
    return 'CLOCK';
  }
}

export class FakeClockTriggerBuilder {
  private readonly schedule: Schedule = { everyDays: null, everyHours: null, atHour: null, timeZone: null };
  constructor(
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {}
  everyDays(n: number): FakeClockTriggerBuilder {
    if (!Number.isInteger(n) || n < 1) throw new Error('Exception: Invalid argument: days');
    this.schedule.everyDays = n;
    return this;
  }
  everyHours(n: number): FakeClockTriggerBuilder {
    if (![1, 2, 4, 6, 8, 12].includes(n)) throw new Error('Exception: Invalid argument: hours');
    this.schedule.everyHours = n;
    return this;
  }
  atHour(hour: number): FakeClockTriggerBuilder {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error('Exception: Invalid argument: hour');
    this.schedule.atHour = hour;
    return this;
  }
  inTimezone(zone: string): FakeClockTriggerBuilder {
    this.schedule.timeZone = zone;
    return this;
  }
  create(): FakeTrigger {
    const s = this.schedule;
    if (s.everyDays === null && s.everyHours === null)
      throw new Error('Exception: The clock trigger needs a schedule (everyDays, everyHours …).');
    if (s.atHour !== null && s.everyDays === null)
      throw new Error('Exception: atHour can only be used with everyDays or everyWeeks.');
    return this.app.add(this.handler, { ...s });
  }
}

export class FakeScriptApp {
  readonly AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' } as const;
  readonly EventType = { CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT' } as const;
  readonly TriggerSource = { CLOCK: 'CLOCK', SPREADSHEETS: 'SPREADSHEETS' } as const;
  /** Fake only: this user's triggers of this script. */
  readonly triggers: FakeTrigger[] = [];
  private nextId = 1;
  constructor(private readonly log: CallLog) {}

  newTrigger(handler: string): { timeBased(): FakeClockTriggerBuilder } {
    if (typeof handler !== 'string' || !handler) throw new Error('Exception: Invalid argument: functionName');
    return { timeBased: () => new FakeClockTriggerBuilder(this, handler) };
  }
  add(handler: string, schedule: Schedule): FakeTrigger {
    if (this.triggers.length >= MAX_TRIGGERS)
      throw new Error(
        'Exception: This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    this.log.record('createTrigger');
    const trigger = new FakeTrigger(String(this.nextId++), handler, schedule);
    this.triggers.push(trigger);
    return trigger;
  }
  getProjectTriggers(): FakeTrigger[] {
    this.log.record('getProjectTriggers');
    return [...this.triggers];
  }
  deleteTrigger(trigger: FakeTrigger): void {
    this.log.record('deleteTrigger');
    const i = this.triggers.findIndex((t) => t.id === trigger.getUniqueId());
    if (i >= 0) this.triggers.splice(i, 1);
  }
}

export interface SentMail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
}

const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;

export class FakeMailApp {
  readonly sent: SentMail[] = [];
  /** Fake only: what getRemainingDailyQuota answers (100 for consumer accounts). */
  quota = 100;
  constructor(private readonly log: CallLog) {}
  getRemainingDailyQuota(): number {
    return this.quota;
  }
  sendEmail(to: unknown, subject: unknown, body: unknown): void {
    if (typeof to !== 'string' || typeof subject !== 'string' || typeof body !== 'string') {
      throw new Error("Exception: The parameters don't match the method signature for MailApp.sendEmail.");
    }
    const recipients = to.split(',').map((r) => r.trim());
    const bad = recipients.find((r) => !EMAIL.test(r));
    if (bad !== undefined) throw new Error(`Exception: Invalid email: ${bad}`);
    if (recipients.length > this.quota)
      throw new Error('Exception: Service invoked too many times for one day: email.');
    this.log.record('sendEmail');
    this.quota -= recipients.length;
    this.sent.push({ to, subject, body });
  }
}

export class FakeLock {
  held = false;
  tryLock(): boolean {
    if (this.held) return false;
    this.held = true;
    return true;
  }
  waitLock(): void {
    if (!this.tryLock()) throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    return this.held;
  }
  releaseLock(): void {
    this.held = false;
  }
}
