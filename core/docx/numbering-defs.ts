/**
 * The list definitions of `word/numbering.xml` and the numbering of paragraph styles
 * (`word/styles.xml`): what a numbered paragraph needs to render its number as Word shows it.
 */
import { child, childrenNamed, valOf, type XmlElement } from './xml-tree';

export interface LevelDef {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  /** What follows the number: `tab`, `space` or `nothing`. */
  readonly suffix: string;
  /** 1-based level whose use restarts this one (Word's `lvlRestart`); undefined: any higher level. */
  readonly restartAfter: number | undefined;
  /** `isLgl`: all levels shown as decimal («1.1.1» under «I.»). */
  readonly legal: boolean;
  readonly style: string | undefined;
}

export interface NumDef {
  readonly abstractId: string;
  /** Level → the start value this list instance restarts at. */
  readonly startOverrides: ReadonlyMap<number, number>;
  /** Level → a whole level redefined for this instance. */
  readonly levelOverrides: ReadonlyMap<number, LevelDef>;
}

export interface StyleNumbering {
  readonly numId: string | undefined;
  readonly ilvl: number | undefined;
}

export interface NumberingDefs {
  readonly abstracts: ReadonlyMap<string, ReadonlyMap<number, LevelDef>>;
  readonly nums: ReadonlyMap<string, NumDef>;
  /** Paragraph style id → its own numbering and the style it is based on. */
  readonly styles: ReadonlyMap<string, { readonly numbering: StyleNumbering | null; readonly basedOn?: string }>;
  readonly defaultStyle: string | undefined;
}

const int = (s: string | undefined): number | undefined => {
  if (s === undefined) return undefined;
  const n = Number.parseInt(s, 10);
  return Number.isFinite(n) ? n : undefined;
};

function readLevel(lvl: XmlElement): LevelDef {
  const legal = child(lvl, 'isLgl');
  return {
    start: int(valOf(lvl, 'start')) ?? 0,
    format: valOf(lvl, 'numFmt') ?? 'decimal',
    text: valOf(lvl, 'lvlText') ?? '',
    suffix: valOf(lvl, 'suff') ?? 'tab',
    restartAfter: int(valOf(lvl, 'lvlRestart')),
    legal: legal !== undefined && legal.attrs['val'] !== '0' && legal.attrs['val'] !== 'false',
    style: valOf(lvl, 'pStyle'),
  };
}

function readLevels(el: XmlElement): Map<number, LevelDef> {
  const levels = new Map<number, LevelDef>();
  for (const lvl of childrenNamed(el, 'lvl')) levels.set(int(lvl.attrs['ilvl']) ?? 0, readLevel(lvl));
  return levels;
}

function readNum(num: XmlElement): NumDef {
  const startOverrides = new Map<number, number>();
  const levelOverrides = new Map<number, LevelDef>();
  for (const o of childrenNamed(num, 'lvlOverride')) {
    const ilvl = int(o.attrs['ilvl']) ?? 0;
    const start = int(valOf(o, 'startOverride'));
    if (start !== undefined) startOverrides.set(ilvl, start);
    const lvl = child(o, 'lvl');
    if (lvl) levelOverrides.set(ilvl, readLevel(lvl));
  }
  return { abstractId: valOf(num, 'abstractNumId') ?? '', startOverrides, levelOverrides };
}

function styleNumbering(pPr: XmlElement | undefined): StyleNumbering | null {
  const numPr = child(pPr, 'numPr');
  if (!numPr) return null;
  return { numId: valOf(numPr, 'numId'), ilvl: int(valOf(numPr, 'ilvl')) };
}

/** Reads both parts; either may be missing (a document without lists or styles). */
export function readNumberingDefs(numbering: XmlElement | null, styles: XmlElement | null): NumberingDefs {
  const abstracts = new Map<string, Map<number, LevelDef>>();
  const nums = new Map<string, NumDef>();
  const numberingRoot = numbering ? child(numbering, 'numbering') : undefined;
  const styleLinks = new Map<string, string>();
  if (numberingRoot) {
    for (const a of childrenNamed(numberingRoot, 'abstractNum')) {
      const id = a.attrs['abstractNumId'] ?? '';
      abstracts.set(id, readLevels(a));
      const link = valOf(a, 'numStyleLink');
      if (link) styleLinks.set(id, link);
    }
    for (const n of childrenNamed(numberingRoot, 'num')) nums.set(n.attrs['numId'] ?? '', readNum(n));
  }
  const styleMap = new Map<string, { numbering: StyleNumbering | null; basedOn?: string }>();
  let defaultStyle: string | undefined;
  const stylesRoot = styles ? child(styles, 'styles') : undefined;
  if (stylesRoot) {
    for (const s of childrenNamed(stylesRoot, 'style')) {
      const type = s.attrs['type'];
      if (type !== 'paragraph' && type !== 'numbering') continue;
      const id = s.attrs['styleId'] ?? '';
      const basedOn = valOf(s, 'basedOn');
      styleMap.set(id, { numbering: styleNumbering(child(s, 'pPr')), ...(basedOn ? { basedOn } : {}) });
      const isDefault = s.attrs['default'];
      if (type === 'paragraph' && (isDefault === '1' || isDefault === 'true')) defaultStyle = id;
    }
  }
  // A list defined through a numbering style (`numStyleLink`) takes the levels of the list that style names.
  for (const [id, link] of styleLinks) {
    const target = styleMap.get(link)?.numbering?.numId;
    const targetAbstract = target !== undefined ? nums.get(target)?.abstractId : undefined;
    const levels = targetAbstract !== undefined ? abstracts.get(targetAbstract) : undefined;
    if (levels && targetAbstract !== id) abstracts.set(id, levels);
  }
  return { abstracts, nums, styles: styleMap, defaultStyle };
}
