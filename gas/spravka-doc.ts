/**
 * The справка as a Google Doc, from the same blocks as the sheet and the .docx: centred title
 * lines, bold headings, numbered points, one appendTable per table, the chart as a picture; Times
 * New Roman 14 and the margins of Russian official papers. Calls grow with blocks, not with rows.
 */
import { isoToRu } from '../core/grid/grid';
import { ru } from '../core/messages/ru';
import { ruNumber } from '../core/summary/numbers';
import { spravkaBlocks, type Block, type BlockCell } from '../core/summary/spravka-blocks';
import type { SummaryData } from '../core/summary/summary-types';

type Body = GoogleAppsScript.Document.Body;
type BlobSource = GoogleAppsScript.Base.BlobSource;
type Table = GoogleAppsScript.Document.Table;

/** Margins in points: left 3 cm, right 1.5 cm, top and bottom 2 cm. */
const MARGINS = { left: 85, right: 42.5, top: 56.7, bottom: 56.7 } as const;
/** A4 is 595 pt wide: the picture fits between the margins. */
const PICTURE_WIDTH = 595 - MARGINS.left - MARGINS.right;

/** As the .docx writes them: the decimal comma, ДД.ММ.ГГГГ, «—» for no value. */
function cellText(v: BlockCell): string {
  if (v === null) return '—';
  if (typeof v === 'number') return ruNumber(v);
  return typeof v === 'string' ? v : isoToRu(v.date);
}

function styled(
  body: Body,
  text: string,
  style: { bold?: boolean; italic?: boolean; center?: boolean; justify?: boolean; right?: boolean },
): void {
  const a = DocumentApp.Attribute;
  const align = style.center
    ? DocumentApp.HorizontalAlignment.CENTER
    : style.justify
      ? DocumentApp.HorizontalAlignment.JUSTIFY
      : style.right
        ? DocumentApp.HorizontalAlignment.RIGHT
        : DocumentApp.HorizontalAlignment.LEFT;
  body.appendParagraph(text).setAttributes({
    [a.BOLD]: style.bold === true,
    [a.ITALIC]: style.italic === true,
    [a.HORIZONTAL_ALIGNMENT]: align,
  });
}

function block(body: Body, b: Block, chart: BlobSource | null, tables: Table[]): void {
  switch (b.kind) {
    case 'letterhead':
    case 'title':
      return styled(body, b.text, { bold: true, center: true });
    case 'addressee':
      return styled(body, b.text, { right: true });
    case 'doc-number':
      return styled(body, b.text, {});
    case 'line':
      return styled(body, b.text, { center: true });
    case 'heading':
      return styled(body, `${b.number} ${b.text}`, { bold: true });
    case 'points':
      b.items.forEach((item, i) => styled(body, `${i + 1}) ${item}`, { justify: true }));
      return;
    case 'note':
      return styled(body, b.text, { italic: true });
    case 'signature':
      return styled(body, `${b.position}\t\t\t${b.name}`, {});
    case 'executor':
      return styled(body, b.text, {});
    case 'table': {
      const table = body.appendTable([[...b.columns], ...b.rows.map((r) => r.map(cellText))]);
      table.getRow(0).editAsText().setBold(true);
      tables.push(table);
      return;
    }
    case 'chart': {
      if (!chart) return styled(body, ru.summary.empty.noChart, { italic: true });
      const image = body.appendImage(chart);
      const scale = Math.min(1, PICTURE_WIDTH / image.getWidth());
      image.setWidth(Math.round(image.getWidth() * scale)).setHeight(Math.round(image.getHeight() * scale));
      return;
    }
  }
}

export interface SpravkaDoc {
  readonly id: string;
  readonly url: string;
}

/** A new Doc in My Drive (the caller moves it); `chart` is the sheet chart's PNG. */
export function writeSpravkaDoc(name: string, data: SummaryData, chart: BlobSource | null): SpravkaDoc {
  const doc = DocumentApp.create(name);
  const body = doc.getBody();
  body
    .setMarginLeft(MARGINS.left)
    .setMarginRight(MARGINS.right)
    .setMarginTop(MARGINS.top)
    .setMarginBottom(MARGINS.bottom);
  const tables: Table[] = [];
  for (const b of spravkaBlocks(data, { title: ru.summary.docTitle })) block(body, b, chart, tables);
  // Last, so it covers every paragraph and table cell appended above; then the tables in 12 pt.
  // (DocumentApp has no page-number field: Docs adds one from «Вставка → Номера страниц».)
  body.editAsText().setFontFamily('Times New Roman').setFontSize(14);
  for (const t of tables) t.editAsText().setFontSize(12);
  doc.saveAndClose();
  return { id: doc.getId(), url: doc.getUrl() };
}
