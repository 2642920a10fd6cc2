/**
 * Fake Excel charts and page layout: a worksheet's chart collection (add, items, delete), a chart's
 * first series with setXAxisValues (ExcelApi 1.7), title, legend, value axis, position and size,
 * and Worksheet.pageLayout (ExcelApi 1.9) — kept on the fake sheet for tests to read.
 */
import { parseAddress, type FakeSheet, type Rect } from './fake-book';
import { ClientObject, FakeOfficeError, type Batch } from './fake-runtime';
import type { FakeRange } from './fake-range';

/** A chart as the document keeps it. */
export interface FakeChartModel {
  readonly name: string;
  readonly type: string;
  readonly seriesBy: string;
  /** The series' values, and its categories once setXAxisValues ran. */
  readonly values: Rect;
  categories: Rect | null;
  seriesName: string;
  title: string;
  legendVisible: boolean;
  /** Values printed on the bars (readable without colour). */
  valueLabels?: boolean;
  valueMin: number | null;
  valueMax: number | null;
  /** The top-left cell, e.g. `A40`, or null until setPosition. */
  topLeft: string | null;
  width: number;
  height: number;
}

export interface FakePageLayout {
  orientation: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } | null;
  /** Rows repeated on every printed page, e.g. `$1:$1`. */
  titleRows?: string;
}

const sameSheet = (sheet: FakeSheet, range: FakeRange): Rect => {
  const t = range.rangeTarget();
  if (t.sheet !== sheet) throw new FakeOfficeError('InvalidArgument', 'The chart data is on another sheet.');
  return t.rect;
};

class FakeChartPart extends ClientObject<FakeChartModel> {
  protected readonly loadable: readonly string[] = [];
  protected readProp(): unknown {
    return null;
  }
  /** Queues a change of the chart model. */
  protected set(name: string, value: unknown, f: (m: FakeChartModel) => void): void {
    this.act(`chart.${name}`, value, f);
  }
}

class FakeChartSeries extends FakeChartPart {
  setXAxisValues(range: FakeRange): void {
    this.batch.requireApi('1.7', 'ChartSeries.setXAxisValues');
    this.set('series.setXAxisValues', range.path, (m) => void (m.categories = sameSheet(this.sheet(), range)));
  }
  set name(v: string) {
    this.set('series.name', v, (m) => void (m.seriesName = v));
  }
  constructor(
    batch: Batch,
    path: string,
    resolver: () => FakeChartModel | null,
    private readonly sheet: () => FakeSheet,
  ) {
    super(batch, path, resolver);
  }
}

class FakeChartTitle extends FakeChartPart {
  set text(v: string) {
    this.set('title.text', v, (m) => void (m.title = v));
  }
  set visible(v: boolean) {
    this.set('title.visible', v, (m) => void (m.title = v ? m.title : ''));
  }
}
class FakeChartDataLabels extends FakeChartPart {
  set showValue(v: boolean) {
    this.set('dataLabels.showValue', v, (m) => void (m.valueLabels = v));
  }
}
class FakeChartLegend extends FakeChartPart {
  set visible(v: boolean) {
    this.set('legend.visible', v, (m) => void (m.legendVisible = v));
  }
}
class FakeChartAxis extends FakeChartPart {
  set maximum(v: number) {
    this.set('valueAxis.maximum', v, (m) => void (m.valueMax = v));
  }
  set minimum(v: number) {
    this.set('valueAxis.minimum', v, (m) => void (m.valueMin = v));
  }
}

export class FakeChart extends ClientObject<FakeChartModel> {
  protected readonly loadable = ['name', 'width', 'height'];
  readonly title: FakeChartTitle;
  readonly legend: FakeChartLegend;
  readonly dataLabels: FakeChartDataLabels;
  readonly axes: { readonly valueAxis: FakeChartAxis };
  readonly series: { getItemAt(i: number): FakeChartSeries };

  constructor(
    batch: Batch,
    path: string,
    resolver: () => FakeChartModel | null,
    private readonly sheet: () => FakeSheet,
  ) {
    super(batch, path, resolver);
    const model = (): FakeChartModel | null => this.resolve();
    this.title = new FakeChartTitle(batch, `${path}.title`, model);
    this.legend = new FakeChartLegend(batch, `${path}.legend`, model);
    this.dataLabels = new FakeChartDataLabels(batch, `${path}.dataLabels`, model);
    this.axes = { valueAxis: new FakeChartAxis(batch, `${path}.axes.valueAxis`, model) };
    this.series = {
      getItemAt: (i) => {
        if (i !== 0) throw new Error('fake: a chart of one series');
        return new FakeChartSeries(batch, `${path}.series(0)`, model, sheet);
      },
    };
  }

  static loadedAs(batch: Batch, sheet: FakeSheet, model: FakeChartModel): FakeChart {
    const chart = new FakeChart(
      batch,
      `${sheet.name}.charts(${model.name})`,
      () => model,
      () => sheet,
    );
    chart.remember('name', model.name);
    return chart;
  }

  protected readProp(m: FakeChartModel, name: string): unknown {
    return name === 'name' ? m.name : name === 'width' ? m.width : m.height;
  }

  get name(): string {
    return this.read('name');
  }
  set width(v: number) {
    this.act('chart.width', v, (m) => void (m.width = v));
  }
  set height(v: number) {
    this.act('chart.height', v, (m) => void (m.height = v));
  }

  setPosition(startCell: string): void {
    this.act('chart.setPosition', startCell, (m) => {
      if (!parseAddress(startCell)) throw new FakeOfficeError('InvalidArgument', startCell);
      m.topLeft = startCell;
    });
  }

  delete(): void {
    this.act('chart.delete', null, (m) => {
      const list = this.sheet().charts;
      const i = list.indexOf(m);
      if (i < 0) throw new FakeOfficeError('ItemNotFound', `${this.path} was deleted.`);
      list.splice(i, 1);
    });
  }
}

export class FakeChartCollection extends ClientObject<FakeSheet> {
  protected readonly loadable = ['items/name', 'items'];
  private added = 0;

  protected readProp(sheet: FakeSheet): unknown {
    return sheet.charts.map((c) => c.name);
  }

  get items(): FakeChart[] {
    const sheet = this.must();
    const names = this.read<string[]>(this.loadedItems());
    return names.map((n) => {
      const model = sheet.charts.find((c) => c.name === n);
      if (!model) throw new Error(`fake: chart ${n} is gone`);
      return FakeChart.loadedAs(this.batch, sheet, model);
    });
  }

  private loadedItems(): string {
    try {
      this.read('items/name');
      return 'items/name';
    } catch {
      return 'items';
    }
  }

  add(type: string, source: FakeRange, seriesBy = 'Auto'): FakeChart {
    const n = ++this.added;
    let made: FakeChartModel | null = null;
    this.act('charts.add', [type, source.path, seriesBy], (sheet) => {
      const values = sameSheet(sheet, source);
      const name = `Диаграмма ${sheet.chartSeq++ + 1}`;
      made = {
        name,
        type,
        seriesBy,
        values,
        categories: null,
        seriesName: '',
        title: '',
        legendVisible: true,
        valueMin: null,
        valueMax: null,
        topLeft: null,
        width: 360,
        height: 216,
      };
      sheet.charts.push(made);
    });
    return new FakeChart(
      this.batch,
      `${this.path}.add(${n})`,
      () => made,
      () => this.must(),
    );
  }
}

export class FakeWorksheetPageLayout extends ClientObject<FakeSheet> {
  protected readonly loadable = ['orientation'];
  protected readProp(sheet: FakeSheet): unknown {
    return sheet.pageLayout.orientation;
  }
  set orientation(v: string) {
    this.act('pageLayout.orientation', v, (s) => {
      if (v !== 'Landscape' && v !== 'Portrait') throw new FakeOfficeError('InvalidArgument', v);
      s.pageLayout.orientation = v;
    });
  }
  set zoom(v: FakePageLayout['zoom']) {
    this.act('pageLayout.zoom', v, (s) => void (s.pageLayout.zoom = v));
  }
  setPrintTitleRows(rows: string): void {
    this.act('pageLayout.setPrintTitleRows', rows, (s) => void (s.pageLayout.titleRows = rows));
  }
}

/** Worksheet.freezePanes (ExcelApi 1.7): the rows kept in view. */
export class FakeFreezePanes extends ClientObject<FakeSheet> {
  protected readonly loadable: readonly string[] = [];
  protected readProp(): unknown {
    return null;
  }
  freezeRows(n: number): void {
    this.act('freezePanes.freezeRows', n, (s) => void (s.frozenRows = n));
  }
}
