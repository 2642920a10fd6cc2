/**
 * A small XML reader for the manifest test (no new dependencies): it rejects what is not
 * well-formed — unclosed or crossed tags, unquoted or repeated attributes, bare `&` or `<`,
 * text outside the root — and returns the element tree.
 */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

const NAME = '[A-Za-z_][\\w.:-]*';
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

function decode(raw: string, where: number): string {
  if (/[<]/.test(raw) || /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(raw))
    throw new Error(`bad character data at ${where}`);
  return raw.replace(ENTITY, (e) => {
    const named: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
    if (named[e]) return named[e] ?? '';
    const hex = e.startsWith('&#x');
    return String.fromCodePoint(parseInt(e.slice(hex ? 3 : 2, -1), hex ? 16 : 10));
  });
}

function attributes(raw: string, where: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = new RegExp(`\\s+(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'y');
  let rest = raw;
  while (rest.trim() !== '') {
    re.lastIndex = 0;
    const m = re.exec(rest);
    if (!m || !m[1]) throw new Error(`bad attribute at ${where}: ${rest.slice(0, 40)}`);
    if (m[1] in attrs) throw new Error(`repeated attribute ${m[1]} at ${where}`);
    attrs[m[1]] = decode(m[2] ?? m[3] ?? '', where);
    rest = rest.slice(m[0].length);
  }
  return attrs;
}

/** Parses a whole document; throws with a position when it is not well-formed. */
export function parseXml(source: string): XmlElement {
  const tag = new RegExp(
    `<(?:(\\?xml[^?]*\\?)|(!--[\\s\\S]*?--)|(/)?(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/)?)>`,
    'y',
  );
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const text = source.slice(i, lt < 0 ? source.length : lt);
    const top = stack[stack.length - 1];
    if (top) top.text += decode(text, i);
    else if (text.trim() !== '') throw new Error(`text outside the root at ${i}`);
    if (lt < 0) break;
    tag.lastIndex = lt;
    const m = tag.exec(source);
    if (!m) throw new Error(`malformed tag at ${lt}: ${source.slice(lt, lt + 40)}`);
    i = tag.lastIndex;
    if (m[1]) {
      if (lt !== 0) throw new Error('XML declaration not at the start');
      continue;
    }
    if (m[2]) {
      if (m[2].slice(3, -2).includes('--')) throw new Error(`"--" inside a comment at ${lt}`);
      continue;
    }
    const name = m[4] ?? '';
    if (m[3]) {
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}> at ${lt}`);
      continue;
    }
    const el: XmlElement = { name, attrs: attributes(m[5] ?? '', lt), children: [], text: '' };
    if (top) top.children.push(el);
    else if (root) throw new Error(`second root element <${name}> at ${lt}`);
    else root = el;
    if (!m[6]) stack.push(el);
  }
  if (stack.length) throw new Error(`<${stack[stack.length - 1]?.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Every element below `el` (depth first), itself included. */
export function allElements(el: XmlElement): XmlElement[] {
  return [el, ...el.children.flatMap(allElements)];
}
