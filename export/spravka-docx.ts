/**
 * The справка as a Word document (.docx) with the `docx` library, from the same blocks as the sheet:
 * letterhead, addressee, date and number, numbered sections and conclusions, 12-pt tables, the chart
 * picture, the signature block and the «Исп.» line; page numbers at the top from page 2.
 * No Node-only API: the chart comes in as PNG bytes, the document goes out as bytes, so a task
 * pane can build it in the browser as well.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { ru } from '../core/messages/ru';
import { spravkaBlocks, type Block } from '../core/summary/spravka-blocks';
import { CHART_SIZE } from '../core/summary/summary-chart';
import type { SummaryData } from '../core/summary/summary-types';
import { docxTable } from './docx-table';

/** A4 with the margins of Russian official papers (left 3 cm, right 1.5 cm, top and bottom 2 cm), twips. */
const PAGE = { width: 11906, height: 16838, top: 1134, right: 850, bottom: 1134, left: 1701 } as const;
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** Body text 14 pt, in half-points. */
const BODY_SIZE = 28;
/** The picture across the text width (96 px to the inch), keeping the chart's proportions. */
const PICTURE_WIDTH = Math.floor((TEXT_WIDTH / 1440) * 96);

function text(value: string, opts: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text: value, bold: opts.bold, italics: opts.italics, size: opts.size ?? BODY_SIZE });
}

function picture(png: Uint8Array | null, width: number, height: number): Paragraph {
  if (!png) return new Paragraph({ children: [text(ru.summary.empty.noChart, { italics: true })] });
  const w = Math.min(PICTURE_WIDTH, width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width: w, height: Math.round((height * w) / width) },
        altText: { name: ru.summary.chartTitle, description: ru.summary.chartTitle, title: ru.summary.chartTitle },
      }),
    ],
  });
}

/** «Начальник отдела … ____ И.О. Фамилия»: position left, name right, on one line, no borders. */
function signature(position: string, name: string): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const borders = { top: none, bottom: none, left: none, right: none };
  const half = Math.round(TEXT_WIDTH / 2);
  const cell = (value: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new TableCell({
      width: { size: half, type: WidthType.DXA },
      borders,
      verticalAlign: VerticalAlign.BOTTOM,
      children: [new Paragraph({ alignment, children: [text(value)] })],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, half],
    borders: { ...borders, insideHorizontal: none, insideVertical: none },
    rows: [new TableRow({ children: [cell(position, AlignmentType.LEFT), cell(name, AlignmentType.RIGHT)] })],
  });
}

function element(b: Block, png: Uint8Array | null, size: { width: number; height: number }): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'letterhead':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 240 },
          children: [text(b.text, { bold: true })],
        }),
      ];
    case 'addressee':
      return [
        new Paragraph({
          indent: { left: Math.round(TEXT_WIDTH / 2) },
          spacing: { after: 240 },
          children: [text(b.text)],
        }),
      ];
    case 'doc-number':
      return [new Paragraph({ spacing: { after: 240 }, children: [text(b.text)] })];
    case 'title':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 120 },
          children: [text(b.text, { bold: true })],
        }),
      ];
    case 'line':
      return [new Paragraph({ alignment: AlignmentType.CENTER, children: [text(b.text)] })];
    case 'heading':
      return [
        new Paragraph({
          keepNext: true,
          spacing: { before: 240, after: 120 },
          indent: b.level === 1 ? undefined : { firstLine: 709 },
          children: [text(`${b.number} ${b.text}`, { bold: true })],
        }),
      ];
    case 'points':
      return b.items.map(
        (item, i) =>
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: 709 },
            spacing: { line: 300, after: 60 },
            children: [text(`${i + 1}) ${item}`)],
          }),
      );
    case 'note':
      return [new Paragraph({ indent: { firstLine: 709 }, children: [text(b.text, { italics: true })] })];
    case 'table':
      return [docxTable(b, TEXT_WIDTH)];
    case 'chart':
      return [picture(png, size.width, size.height)];
    case 'signature':
      return [new Paragraph({ spacing: { before: 480 }, children: [] }), signature(b.position, b.name)];
    case 'executor':
      return [new Paragraph({ spacing: { before: 720 }, children: [text(b.text, { size: 20 })] })];
  }
}

/** The page number at the top centre of every page but the first, as Russian official papers have it. */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: 24 })],
      }),
    ],
  });
}

export interface PictureSize {
  readonly width: number;
  readonly height: number;
}

/** The .docx bytes; `chartPng` is the chart as rendered by the host (null: said in words). */
export async function spravkaDocx(
  data: SummaryData,
  chartPng: Uint8Array | null,
  size: PictureSize = CHART_SIZE,
): Promise<Uint8Array> {
  const doc = new Document({
    creator: ru.checklists.cli.creator,
    title: ru.summary.docTitle,
    description: data.title,
    styles: { default: { document: { run: { font: 'Times New Roman', size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, right: PAGE.right, bottom: PAGE.bottom, left: PAGE.left },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children: spravkaBlocks(data, { title: ru.summary.docTitle }).flatMap((b) => element(b, chartPng, size)),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
