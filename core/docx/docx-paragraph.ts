/** The text of one Word paragraph as Word shows it: runs, tabs, line breaks and its list number. */
import type { NumberingDefs } from './numbering-defs';
import { paragraphList, type NumberingCounter } from './numbering-render';
import { child, valOf, type XmlElement } from './xml-tree';

/** Containers whose content is shown; deletions, moved-away text and drawings are not. */
const INLINE_CONTAINERS = new Set([
  'r',
  'hyperlink',
  'ins',
  'moveTo',
  'smartTag',
  'customXml',
  'sdt',
  'sdtContent',
  'fldSimple',
  'dir',
  'bdo',
]);

function runText(el: XmlElement, out: string[]): void {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    switch (c.name) {
      case 't':
        for (const s of c.children) if (typeof s === 'string') out.push(s);
        break;
      case 'tab':
      case 'ptab':
        out.push(' ');
        break;
      case 'br': {
        // A page or column break is layout, not a line of the text.
        const type = c.attrs['type'];
        if (type === undefined || type === 'textWrapping') out.push('\n');
        break;
      }
      case 'cr':
        out.push('\n');
        break;
      case 'noBreakHyphen':
        out.push('-');
        break;
      default:
        if (INLINE_CONTAINERS.has(c.name)) runText(c, out);
    }
  }
}

export interface ParagraphContext {
  readonly defs: NumberingDefs;
  readonly counter: NumberingCounter;
}

function isHidden(pPr: XmlElement | undefined): boolean {
  const vanish = child(child(pPr, 'rPr'), 'vanish');
  return vanish !== undefined && vanish.attrs['val'] !== '0' && vanish.attrs['val'] !== 'false';
}

/** The paragraph's text with its automatic number in front, the way Word renders it. */
export function paragraphText(p: XmlElement, ctx: ParagraphContext): string {
  const pPr = child(p, 'pPr');
  const parts: string[] = [];
  runText(p, parts);
  const text = parts.join('');
  const numPr = child(pPr, 'numPr');
  const own = numPr ? { numId: valOf(numPr, 'numId'), ilvl: intOf(valOf(numPr, 'ilvl')) } : null;
  const list = paragraphList(ctx.defs, own, valOf(pPr, 'pStyle'));
  // Word numbers a paragraph only when it is shown; a hidden paragraph mark still counts, though rarely matters.
  const number = list && !isHidden(pPr) ? ctx.counter.next(list.numId, list.ilvl) : null;
  if (!number || number.text === '') return text;
  if (text === '') return number.text;
  return number.suffix === 'nothing' ? number.text + text : `${number.text} ${text}`;
}

function intOf(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const n = Number.parseInt(s, 10);
  return Number.isFinite(n) ? n : undefined;
}
