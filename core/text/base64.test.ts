/** Base64 without Node's Buffer (chart pictures in the Excel pane, a .docx sent from a Sheets dialog): the same text as Node's. */
import { randomBytes } from 'node:crypto';
import { toBase64 } from './base64';

test('toBase64 equals Buffer base64 for every length and padding', () => {
  for (let n = 0; n < 64; n++) {
    const bytes = randomBytes(n);
    expect(toBase64(new Uint8Array(bytes))).toBe(bytes.toString('base64'));
  }
});

test('a 20 MB file, the most a Sheets dialog sends, is encoded in a few seconds at most', () => {
  const bytes = randomBytes(20 * 1024 * 1024);
  const t0 = process.cpuUsage();
  expect(toBase64(new Uint8Array(bytes))).toBe(bytes.toString('base64'));
  const { user, system } = process.cpuUsage(t0);
  expect((user + system) / 1e6).toBeLessThan(10);
});
