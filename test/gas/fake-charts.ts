/**
 * Embedded charts of the Apps Script fake: `sheet.newChart()` builders, `insertChart`,
 * `getCharts`, `removeChart`, and a chart's PNG (`getAs('image/png')`). Faithful where the adapter
 * could go wrong: ranges must lie on the chart's sheet, `build()` needs a type and a range, and
 * removing a chart the sheet does not hold throws. Structural calls are recorded.
 */
import type { Area } from './fake-area';
import type { FakeRange } from './fake-range';
import type { FakeSheet } from './fake-sheet';

export const Charts = { ChartType: { BAR: 'BAR', COLUMN: 'COLUMN', PIE: 'PIE', LINE: 'LINE' } } as const;

/** The first bytes of every PNG, then the chart's title: enough for a test to tell charts apart. */
const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

export class FakeBlob {
  constructor(
    private readonly bytes: number[],
    private readonly type: string,
    private name = '',
  ) {}
  /** Java bytes, as Apps Script returns them: signed. */
  getBytes(): number[] {
    return this.bytes.map((b) => (b > 127 ? b - 256 : b));
  }
  getContentType(): string {
    return this.type;
  }
  getName(): string {
    return this.name;
  }
  setName(name: string): FakeBlob {
    this.name = name;
    return this;
  }
}

export class FakeChart {
  constructor(
    readonly sheet: FakeSheet,
    readonly type: string,
    readonly ranges: Area[],
    readonly position: { row: number; col: number; x: number; y: number },
    readonly options: ReadonlyMap<string, unknown>,
  ) {}
  getRanges(): Area[] {
    return [...this.ranges];
  }
  getOptions(): { get(key: string): unknown } {
    return { get: (key) => this.options.get(key) };
  }
  getAs(type: string): FakeBlob {
    this.sheet.book.log.record('chart.getAs', this.sheet.name);
    if (type !== 'image/png') throw new Error(`Exception: Converting from chart to ${type} is not supported.`);
    const title = String(this.options.get('title') ?? '');
    return new FakeBlob([...PNG_SIGNATURE, ...Buffer.from(title, 'utf8')], 'image/png', 'chart.png');
  }
}

export class FakeChartBuilder {
  private type: string | null = null;
  private readonly ranges: Area[] = [];
  private position = { row: 1, col: 1, x: 0, y: 0 };
  private readonly options = new Map<string, unknown>();
  constructor(private readonly sheet: FakeSheet) {}
  setChartType(type: string): FakeChartBuilder {
    if (!Object.values(Charts.ChartType).includes(type as never)) throw new Error('Exception: Invalid argument: type');
    this.type = type;
    return this;
  }
  addRange(range: FakeRange): FakeChartBuilder {
    if (range.sheet !== this.sheet) throw new Error('Exception: The chart ranges must be on the sheet of the chart.');
    this.ranges.push({ ...range.area });
    return this;
  }
  setPosition(row: number, col: number, x: number, y: number): FakeChartBuilder {
    if ([row, col].some((n) => !Number.isInteger(n) || n < 1))
      throw new Error('Exception: Invalid argument: anchorRowPos');
    this.position = { row, col, x, y };
    return this;
  }
  setOption(key: string, value: unknown): FakeChartBuilder {
    this.options.set(key, value);
    return this;
  }
  build(): FakeChart {
    if (!this.type || this.ranges.length === 0)
      throw new Error('Exception: The chart needs a type and at least one range.');
    return new FakeChart(this.sheet, this.type, [...this.ranges], { ...this.position }, new Map(this.options));
  }
}
