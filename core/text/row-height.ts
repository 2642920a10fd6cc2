/**
 * Row heights a file must carry itself: Excel and LibreOffice do not grow a row whose height the
 * file sets (or keep the default 15 pt for a file written by a program), so wrapped text would
 * print line over line. The height is computed from the text's length and the column's width.
 */

/** Points per line of 11-pt text (Excel's default row height). */
export const LINE_POINTS = 15;

/** Lines a text takes in a column `width` characters wide, wrapped at spaces. */
export function wrappedLines(text: string, width: number): number {
  // A column of width W holds about W Latin letters of 11-pt Calibri; Cyrillic runs a little wider,
  // and LibreOffice pads cells: counting W − 1 keeps a margin.
  const room = Math.max(4, Math.floor(width) - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const len = word.length;
      if (used > 0 && used + 1 + len > room) {
        lines++;
        used = 0;
      }
      // A word longer than the column breaks across lines of its own.
      if (len > room) {
        lines += Math.ceil(len / room) - 1;
        used = len % room;
      } else used += (used > 0 ? 1 : 0) + len;
    }
  }
  return lines;
}

/**
 * The height in points of a row whose cells hold `texts` in columns of `widths` characters (the
 * tallest cell wins), with a little air; a row of one line keeps the default height.
 */
export function rowHeight(texts: readonly (string | null)[], widths: readonly number[], minLines = 1): number {
  let lines = minLines;
  texts.forEach((t, i) => {
    if (t) lines = Math.max(lines, wrappedLines(t, widths[i] ?? 10));
  });
  return lines === 1 ? LINE_POINTS : lines * LINE_POINTS + 3;
}
