/** The fake's clock: what `new Date()` says in the vm once installed, and when a file was last updated. */
export class FakeClock {
  /** 12.05.2025, 09:00 in Moscow. */
  constructor(public now = Date.UTC(2025, 4, 12, 6, 0, 0)) {}
  advance(ms: number): number {
    this.now += ms;
    return this.now;
  }
  date(): Date {
    return new Date(this.now);
  }
}
