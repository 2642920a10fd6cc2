/** xlsx/ encodes chart pictures without Node's Buffer: the same text as Node's base64. */
import { randomBytes } from 'node:crypto';
import { toBase64 } from '../../xlsx/summary-host';

test('toBase64 equals Buffer base64 for every length and padding', () => {
  for (let n = 0; n < 64; n++) {
    const bytes = randomBytes(n);
    expect(toBase64(new Uint8Array(bytes))).toBe(bytes.toString('base64'));
  }
});
