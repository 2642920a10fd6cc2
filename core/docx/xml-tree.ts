/**
 * A small element tree of a WordprocessingML part, built with the maintained `saxes` parser
 * (pure JS: runs in Node, the browser and Apps Script). Elements of the main Word namespace are
 * named by their local name (`tbl`, `tc`, `p`); others as `{uri}local`, so a prefix never matters.
 * Only the text of `w:t` / `w:delText` / `w:instrText` is kept: whitespace between tags is layout.
 */
import { SaxesParser } from 'saxes';

const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

const TEXT_ELEMENTS = new Set(['t', 'delText', 'instrText']);

export interface XmlElement {
  readonly name: string;
  /** Attributes of the Word namespace (and unprefixed ones) by local name: `val`, `numId`. */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (XmlElement | string)[];
}

export type XmlParse =
  { readonly ok: true; readonly root: XmlElement } | { readonly ok: false; readonly reason: string };

export function parseXml(xml: string): XmlParse {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let failure: string | null = null;
  parser.on('error', (err) => {
    if (failure === null) failure = err.message;
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) {
      if (a.uri === '' || W_NAMESPACES.has(a.uri)) attrs[a.local] = a.value;
    }
    const el: XmlElement = {
      name: W_NAMESPACES.has(tag.uri) ? tag.local : `{${tag.uri}}${tag.local}`,
      attrs,
      children: [],
    };
    stack[stack.length - 1]?.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1];
    if (top && TEXT_ELEMENTS.has(top.name)) top.children.push(text);
  });
  parser.on('cdata', (text) => {
    const top = stack[stack.length - 1];
    if (top && TEXT_ELEMENTS.has(top.name)) top.children.push(text);
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    if (failure === null) failure = err instanceof Error ? err.message : String(err);
  }
  return failure === null ? { ok: true, root } : { ok: false, reason: failure };
}

/** The element children of `el` named `name`. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) out.push(c);
  return out;
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** `w:val` of the child `name`, e.g. `valOf(pPr, 'pStyle')`. */
export function valOf(el: XmlElement | undefined, name: string): string | undefined {
  return child(el, name)?.attrs['val'];
}

/** The first element named `name` anywhere below `el`, depth-first. */
export function findFirst(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) return c;
    const below = findFirst(c, name);
    if (below) return below;
  }
  return undefined;
}

export function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : textOf(c);
  return s;
}
