/**
 * Text lines of a PDF with their boxes, from `pdftotext -bbox-layout` (poppler): what a printed
 * page shows and where, to check print layout without looking at pixels.
 */
import { execFileSync } from 'node:child_process';

export interface PdfLine {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly lines: PdfLine[];
}

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

export function pdfPages(pdf: string): PdfPage[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages: PdfPage[] = [];
  for (const [, attrs, body] of xml.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)) {
    const num = (name: string, from: string): number => Number(new RegExp(`${name}="([\\d.]+)"`).exec(from)?.[1] ?? 0);
    const page: PdfPage = { width: num('width', attrs ?? ''), height: num('height', attrs ?? ''), lines: [] };
    for (const [, box, words] of (body ?? '').matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)) {
      const text = [...(words ?? '').matchAll(/<word [^>]*>([^<]*)<\/word>/g)]
        .map((w) => unescape(w[1] ?? ''))
        .join(' ');
      page.lines.push({
        page: pages.length + 1,
        text,
        xMin: num('xMin', box ?? ''),
        yMin: num('yMin', box ?? ''),
        xMax: num('xMax', box ?? ''),
        yMax: num('yMax', box ?? ''),
      });
    }
    pages.push(page);
  }
  return pages;
}

/**
 * Pairs of lines on one page printed over each other: their boxes overlap across, and down by more
 * than `share` of the smaller line's height (neighbouring lines of one paragraph touch at their
 * ascenders and descenders; lines squeezed into a too-low row cover each other by half or more).
 */
export function overlaps(page: PdfPage, share = 0.3): [PdfLine, PdfLine][] {
  const out: [PdfLine, PdfLine][] = [];
  const ls = page.lines;
  for (let i = 0; i < ls.length; i++)
    for (let k = i + 1; k < ls.length; k++) {
      const a = ls[i];
      const b = ls[k];
      if (!a || !b) continue;
      const x = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const y = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      const h = Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
      if (x > 0.5 && y > share * h) out.push([a, b]);
    }
  return out;
}
