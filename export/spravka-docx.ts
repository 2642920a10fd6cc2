/**
 * The справка as a Word document (.docx) with the `docx` library: title, date, the short text,
 * the tables, the not-submitted list and the chart picture, from the same blocks as the sheet.
 * No Node-only API: the chart comes in as PNG bytes, the document goes out as bytes, so a task
 * pane can build it in the browser as well.
 */
import { AlignmentType, Document, ImageRun, Packer, Paragraph, TextRun, type Table } from 'docx';
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

function element(b: Block, png: Uint8Array | null, size: { width: number; height: number }): Paragraph | Table {
  switch (b.kind) {
    case 'title':
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 120 },
        children: [text(b.text, { bold: true })],
      });
    case 'line':
      return new Paragraph({ alignment: AlignmentType.CENTER, children: [text(b.text)] });
    case 'heading':
      return new Paragraph({
        keepNext: true,
        spacing: { before: 240, after: 120 },
        children: [text(b.text, { bold: true })],
      });
    case 'paragraph':
      return new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: 709 },
        spacing: { line: 300 },
        children: [text(b.sentences.join(' '))],
      });
    case 'note':
      return new Paragraph({ indent: { firstLine: 709 }, children: [text(b.text, { italics: true })] });
    case 'table':
      return docxTable(b, TEXT_WIDTH);
    case 'chart':
      return picture(png, size.width, size.height);
    case 'footer':
      return new Paragraph({ spacing: { before: 240 }, children: [text(b.text, { italics: true, size: 20 })] });
  }
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
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, right: PAGE.right, bottom: PAGE.bottom, left: PAGE.left },
          },
        },
        children: spravkaBlocks(data, ru.summary.docTitle).map((b) => element(b, chartPng, size)),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
