/** Hand-built WordprocessingML for the reader's tests: only what each test needs, as Word writes it. */
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface P {
  text?: string;
  /** Lines of the paragraph separated by `w:br`. */
  lines?: string[];
  numId?: number;
  ilvl?: number;
  style?: string;
}

export function p(x: P | string): string {
  const o: P = typeof x === 'string' ? { text: x } : x;
  const numPr =
    o.numId !== undefined ? `<w:numPr><w:ilvl w:val="${o.ilvl ?? 0}"/><w:numId w:val="${o.numId}"/></w:numPr>` : '';
  const style = o.style ? `<w:pStyle w:val="${o.style}"/>` : '';
  const pPr = numPr || style ? `<w:pPr>${style}${numPr}</w:pPr>` : '';
  const lines = o.lines ?? (o.text !== undefined && o.text !== '' ? [o.text] : []);
  const runs = lines
    .map((l, i) => `<w:r>${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${esc(l)}</w:t></w:r>`)
    .join('');
  return `<w:p>${pPr}${runs}</w:p>`;
}

export interface Tc {
  paras?: string[];
  span?: number;
  vMerge?: 'restart' | 'continue';
}

export function tc(x: Tc | string): string {
  const o: Tc = typeof x === 'string' ? { paras: [p(x)] } : x;
  const span = o.span ? `<w:gridSpan w:val="${o.span}"/>` : '';
  const vm = o.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : o.vMerge === 'continue' ? '<w:vMerge/>' : '';
  return `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/>${span}${vm}</w:tcPr>${(o.paras ?? [p('')]).join('')}</w:tc>`;
}

export function tr(cells: (Tc | string)[], header = false): string {
  return `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.map(tc).join('')}</w:tr>`;
}

export function tbl(widths: number[], rows: string[]): string {
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

export function documentXml(blocks: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${blocks.join('')}<w:sectPr/></w:body></w:document>`;
}

export interface Lvl {
  ilvl: number;
  text: string;
  start?: number;
  fmt?: string;
  restart?: number;
  style?: string;
  suff?: string;
}

export function lvl(l: Lvl): string {
  return (
    `<w:lvl w:ilvl="${l.ilvl}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.fmt ?? 'decimal'}"/>` +
    (l.restart !== undefined ? `<w:lvlRestart w:val="${l.restart}"/>` : '') +
    (l.style ? `<w:pStyle w:val="${l.style}"/>` : '') +
    (l.suff ? `<w:suff w:val="${l.suff}"/>` : '') +
    `<w:lvlText w:val="${l.text}"/></w:lvl>`
  );
}

export interface Num {
  numId: number;
  abstractId: number;
  startOverride?: { ilvl: number; start: number };
}

export function numberingXml(abstracts: { id: number; levels: Lvl[] }[], nums: Num[]): string {
  const a = abstracts.map(
    (x) => `<w:abstractNum w:abstractNumId="${x.id}">${x.levels.map(lvl).join('')}</w:abstractNum>`,
  );
  const n = nums.map(
    (x) =>
      `<w:num w:numId="${x.numId}"><w:abstractNumId w:val="${x.abstractId}"/>` +
      (x.startOverride
        ? `<w:lvlOverride w:ilvl="${x.startOverride.ilvl}"><w:startOverride w:val="${x.startOverride.start}"/></w:lvlOverride>`
        : '') +
      `</w:num>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">${a.join('')}${n.join('')}</w:numbering>`;
}

export function stylesXml(styles: { id: string; numId?: number; ilvl?: number; basedOn?: string }[]): string {
  const s = styles.map(
    (x) =>
      `<w:style w:type="paragraph" w:styleId="${x.id}"><w:name w:val="${x.id}"/>` +
      (x.basedOn ? `<w:basedOn w:val="${x.basedOn}"/>` : '') +
      (x.numId !== undefined
        ? `<w:pPr><w:numPr>${x.ilvl !== undefined ? `<w:ilvl w:val="${x.ilvl}"/>` : ''}<w:numId w:val="${x.numId}"/></w:numPr></w:pPr>`
        : '') +
      `</w:style>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${s.join('')}</w:styles>`;
}
