/**
 * A Word plan built from pasted rows (a seed: one line a row, one tab a cell), the way an
 * official's .docx looks: the title above the table, numbers «1.», «1.1.» made by Word's automatic
 * numbering (one list, a level per depth), repeated «Сроки» / «Ответственные» cells merged
 * vertically. For the demo and the import tests; numbers that do not follow the list stay typed.
 */
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NUMBER = /^((?:\d+\.)*\d+)(\.?)$/;
const NUMBERED_TEXT = /^((?:\d+\.)*\d+)(\.?) (.+)$/;
const MERGED_HEADER = /срок|ответствен|исполнител/i;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const para = (text: string, numbered?: { level: number }): string =>
  `<w:p>${numbered ? `<w:pPr><w:numPr><w:ilvl w:val="${numbered.level}"/><w:numId w:val="1"/></w:numPr></w:pPr>` : ''}` +
  (text === '' ? '' : `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`) +
  '</w:p>';

/** Word's list as the seed's numbers go: level texts (with or without the final dot) fixed by first use. */
class ListBuilder {
  readonly texts: (string | undefined)[] = [];
  start = 1;
  private readonly counters: (number | undefined)[] = [];

  /** The paragraph for a cell, numbered by Word when the typed number is what Word would show. */
  paragraph(cell: string): string {
    const own = NUMBER.exec(cell);
    const inText = own ? null : NUMBERED_TEXT.exec(cell);
    const m = own ?? inText;
    if (!m) return para(cell);
    const parts = (m[1] ?? '').split('.').map(Number);
    const dot = m[2] === '.';
    const level = parts.length - 1;
    if (level > 8 || !this.follows(parts, level, dot)) return para(cell);
    return para(inText ? (inText[3] ?? '') : '', { level });
  }

  private follows(parts: number[], level: number, dot: boolean): boolean {
    const pattern = parts.map((_, k) => `%${k + 1}`).join('.') + (dot ? '.' : '');
    const known = this.texts[level];
    if (known !== undefined && known !== pattern) return false;
    const expected = parts.map((_, k) =>
      k === level ? (this.counters[k] ?? (k === 0 ? this.start - 1 : 0)) + 1 : (this.counters[k] ?? 1),
    );
    const first = this.counters.every((c) => c === undefined) && known === undefined && level === 0;
    if (first) this.start = parts[0] ?? 1;
    else if (expected.some((v, k) => v !== parts[k])) return false;
    this.texts[level] = pattern;
    this.counters[level] = parts[level];
    for (let d = level + 1; d < 9; d++) this.counters[d] = undefined;
    return true;
  }

  numberingXml(): string {
    const levels = Array.from({ length: 9 }, (_, k) => {
      const text = this.texts[k] ?? Array.from({ length: k + 1 }, (_, j) => `%${j + 1}`).join('.') + '.';
      return (
        `<w:lvl w:ilvl="${k}"><w:start w:val="${k === 0 ? this.start : 1}"/><w:numFmt w:val="decimal"/>` +
        `<w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>`
      );
    }).join('');
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">` +
      `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>${levels}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
    );
  }
}

/** Splits pasted text into the lines above the table and the table's rows (from the first line with a tab). */
function splitSeed(text: string): { above: string[]; rows: string[][] } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const first = lines.findIndex((l) => l.includes('\t'));
  if (first < 0) return { above: lines, rows: [] };
  return { above: lines.slice(0, first), rows: lines.slice(first).map((l) => l.split('\t')) };
}

function tableXml(rows: string[][], list: ListBuilder): string {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const headerIndex = rows.findIndex((r) => r.some((c) => MERGED_HEADER.test(c)));
  const mergedCols = new Set<number>();
  (rows[headerIndex] ?? []).forEach((c, i) => {
    if (MERGED_HEADER.test(c)) mergedCols.add(i);
  });
  const grid = Array.from({ length: width }, (_, i) => `<w:gridCol w:w="${i === 0 ? 700 : 2600}"/>`).join('');
  const body = rows.map((r, ri) => {
    // A title alone in the first cell (a section, a year) spans the table, as Word plans have it.
    if (r.slice(1).every((c) => c === '')) {
      return `<w:tr><w:tc><w:tcPr><w:gridSpan w:val="${width}"/></w:tcPr>${list.paragraph(r[0] ?? '')}</w:tc></w:tr>`;
    }
    const cells = Array.from({ length: width }, (_, ci) => {
      const v = r[ci] ?? '';
      const above = ri > headerIndex && headerIndex >= 0 ? rows[ri - 1]?.[ci] : undefined;
      const below = ri >= headerIndex && headerIndex >= 0 ? rows[ri + 1]?.[ci] : undefined;
      let vMerge = '';
      if (mergedCols.has(ci) && ri > headerIndex && v !== '') {
        if (above === v && (rows[ri - 1]?.length ?? 0) > 1) vMerge = '<w:vMerge/>';
        else if (below === v && (rows[ri + 1]?.length ?? 0) > 1) vMerge = '<w:vMerge w:val="restart"/>';
      }
      const content = vMerge === '<w:vMerge/>' ? para('') : ci === 0 ? list.paragraph(v) : para(v);
      return `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/>${vMerge}</w:tcPr>${content}</w:tc>`;
    });
    return `<w:tr>${cells.join('')}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body.join('')}</w:tbl>`;
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOC_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>';
const STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">` +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>' +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`)
    .join('') +
  '</w:tblBorders></w:tblPr></w:style></w:styles>';

/** The .docx bytes of a plan pasted as text. */
export async function planDocx(seedText: string): Promise<Uint8Array> {
  const { above, rows } = splitSeed(seedText);
  const list = new ListBuilder();
  const body = above.map((l) => para(l)).join('') + (rows.length > 0 ? tableXml(rows, list) : '');
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}` +
    '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>';
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', ROOT_RELS);
  zip.file('word/document.xml', document);
  zip.file('word/_rels/document.xml.rels', DOC_RELS);
  zip.file('word/numbering.xml', list.numberingXml());
  zip.file('word/styles.xml', STYLES);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
