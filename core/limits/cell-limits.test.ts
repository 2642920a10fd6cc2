import type { Change } from '../changes/change-set';
import { clampText, limitChanges, MAX_CELL_TEXT, quote } from './cell-limits';

test('quote keeps short texts and cuts long ones to ~200 characters with «…»', () => {
  expect(quote('коротко')).toBe('коротко');
  const q = quote('слово '.repeat(100));
  expect(q.length).toBeLessThanOrEqual(200);
  expect(q.endsWith('…')).toBe(true);
});

test('a text over 32,767 characters is cut to the limit and says it was shortened', () => {
  const t = clampText('я'.repeat(40000));
  expect(t.length).toBe(MAX_CELL_TEXT);
  expect(t).toContain('40000');
  expect(clampText('ok')).toBe('ok');
});

test('limitChanges: notes, values, sheet rows and links within the limit; others untouched', () => {
  const long = 'x'.repeat(50000);
  const changes: Change[] = [
    { kind: 'note', sheet: 'A', row: 1, col: 1, text: long },
    { kind: 'values', sheet: 'A', row: 1, col: 1, values: [[long, 1, null]] },
    { kind: 'sheet', name: 'B', rows: [[long, { text: long, sheet: 'A', row: 1, col: 1 }]] },
    { kind: 'fill', sheet: 'A', row: 1, col: 1, color: '#FFFFFF' },
  ];
  const out = limitChanges(changes);
  const texts = JSON.stringify(out).match(/x+/g) ?? [];
  expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(MAX_CELL_TEXT);
  expect(out[3]).toBe(changes[3]);
  expect(limitChanges([changes[3] as Change])[0]).toBe(changes[3]);
});
