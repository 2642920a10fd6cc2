/**
 * DocumentApp of the Apps Script fake: `create` makes a Google Doc in My Drive (a file the script
 * made, so the `drive.file` Drive API sees it), whose body takes paragraphs, tables of strings and
 * images. Faithful where the adapter could go wrong: appendTable takes strings only and rectangular
 * rows; appendImage takes a blob. Every call is recorded.
 */
import { ROOT, type DriveItem, type FakeDrive } from './fake-drive';
import { FakeBlob } from './fake-charts';
import type { CallLog } from './fake-sheet';

export const DOC = 'application/vnd.google-apps.document';

export const Attribute = {
  BOLD: 'BOLD',
  ITALIC: 'ITALIC',
  HORIZONTAL_ALIGNMENT: 'HORIZONTAL_ALIGNMENT',
  FONT_FAMILY: 'FONT_FAMILY',
  FONT_SIZE: 'FONT_SIZE',
} as const;
export const HorizontalAlignment = { LEFT: 'LEFT', CENTER: 'CENTER', RIGHT: 'RIGHT', JUSTIFY: 'JUSTIFY' } as const;

type Attributes = Record<string, unknown>;

export class FakeText {
  constructor(private readonly apply: (attrs: Attributes) => void) {}
  setBold(on: boolean): FakeText {
    this.apply({ BOLD: on });
    return this;
  }
  setFontFamily(font: string): FakeText {
    this.apply({ FONT_FAMILY: font });
    return this;
  }
  setFontSize(size: number): FakeText {
    this.apply({ FONT_SIZE: size });
    return this;
  }
}

export class FakeParagraph {
  attributes: Attributes = {};
  constructor(readonly text: string) {}
  setAttributes(attrs: Attributes): FakeParagraph {
    this.attributes = { ...this.attributes, ...attrs };
    return this;
  }
}

export class FakeTable {
  readonly rowAttributes: Attributes[];
  constructor(readonly cells: string[][]) {
    this.rowAttributes = cells.map(() => ({}));
  }
  getRow(i: number): { editAsText(): FakeText } {
    if (!Number.isInteger(i) || i < 0 || i >= this.cells.length)
      throw new Error('Exception: Child index out of bounds.');
    return { editAsText: () => new FakeText((a) => Object.assign(this.rowAttributes[i] ?? {}, a)) };
  }
  attributes: Attributes = {};
  /** The whole table's text, e.g. its font size. */
  editAsText(): FakeText {
    return new FakeText((a) => (this.attributes = { ...this.attributes, ...a }));
  }
}

export class FakeImage {
  constructor(
    readonly blob: FakeBlob,
    public width = 680,
    public height = 340,
  ) {}
  getWidth(): number {
    return this.width;
  }
  getHeight(): number {
    return this.height;
  }
  setWidth(w: number): FakeImage {
    this.width = w;
    return this;
  }
  setHeight(h: number): FakeImage {
    this.height = h;
    return this;
  }
}

export type DocElement = FakeParagraph | FakeTable | FakeImage;

export class FakeBody {
  readonly elements: DocElement[] = [];
  attributes: Attributes = {};
  readonly margins: Record<string, number> = {};
  constructor(private readonly log: CallLog) {}
  appendParagraph(text: string): FakeParagraph {
    this.log.record('body.appendParagraph');
    if (typeof text !== 'string') throw new Error('Exception: Invalid argument: text');
    const p = new FakeParagraph(text);
    this.elements.push(p);
    return p;
  }
  appendTable(cells: unknown): FakeTable {
    this.log.record('body.appendTable');
    if (
      !Array.isArray(cells) ||
      cells.some((r) => !Array.isArray(r) || r.some((c: unknown) => typeof c !== 'string'))
    ) {
      throw new Error(
        "Exception: The parameters (number[][]) don't match the method signature for DocumentApp.Body.appendTable.",
      );
    }
    const width = (cells[0] as string[] | undefined)?.length ?? 0;
    if ((cells as string[][]).some((r) => r.length !== width))
      throw new Error('Exception: All rows of a table must have the same number of cells.');
    const t = new FakeTable((cells as string[][]).map((r) => [...r]));
    this.elements.push(t);
    return t;
  }
  appendImage(blob: unknown): FakeImage {
    this.log.record('body.appendImage');
    if (!(blob instanceof FakeBlob)) throw new Error('Exception: Invalid argument: image');
    const image = new FakeImage(blob);
    this.elements.push(image);
    return image;
  }
  setAttributes(attrs: Attributes): FakeBody {
    this.attributes = { ...this.attributes, ...attrs };
    return this;
  }
  editAsText(): FakeText {
    return new FakeText((a) => this.setAttributes(a));
  }
  setMarginLeft(pt: number): FakeBody {
    return this.margin('left', pt);
  }
  setMarginRight(pt: number): FakeBody {
    return this.margin('right', pt);
  }
  setMarginTop(pt: number): FakeBody {
    return this.margin('top', pt);
  }
  setMarginBottom(pt: number): FakeBody {
    return this.margin('bottom', pt);
  }
  private margin(side: string, pt: number): FakeBody {
    this.margins[side] = pt;
    return this;
  }
  /** Fake only: the text as a reader sees it, a paragraph or a table row a line. */
  text(): string {
    return this.elements
      .map((e) =>
        e instanceof FakeParagraph
          ? e.text
          : e instanceof FakeTable
            ? e.cells.map((r) => r.join('\t')).join('\n')
            : '[picture]',
      )
      .join('\n');
  }
}

export class FakeDocument {
  readonly body: FakeBody;
  closed = false;
  constructor(
    readonly item: DriveItem<unknown>,
    log: CallLog,
  ) {
    this.body = new FakeBody(log);
  }
  getId(): string {
    return this.item.id;
  }
  getName(): string {
    return this.item.name;
  }
  getUrl(): string {
    return `https://docs.google.com/document/d/${this.item.id}/edit`;
  }
  getBody(): FakeBody {
    return this.body;
  }
  saveAndClose(): void {
    this.closed = true;
  }
}

/** The DocumentApp global and the documents it made, in order. */
export function fakeDocumentApp<S>(
  drive: FakeDrive<S>,
  log: CallLog,
): { DocumentApp: Record<string, unknown>; docs: FakeDocument[] } {
  const docs: FakeDocument[] = [];
  const DocumentApp = {
    Attribute,
    HorizontalAlignment,
    create(name: string): FakeDocument {
      log.record('DocumentApp.create');
      if (typeof name !== 'string' || name === '') throw new Error('Exception: Invalid argument: name');
      const doc = new FakeDocument(
        drive.add({ name, mimeType: DOC, parents: [ROOT], byApp: true }) as DriveItem<unknown>,
        log,
      );
      docs.push(doc);
      return doc;
    },
  };
  return { DocumentApp, docs };
}
