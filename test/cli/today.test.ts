/** `--today` outside the years 1900–2100 (a typo such as 0000-01-01) → one Russian line, exit 2. */
import { main } from '../../cli/oko';
import type { Io } from '../../cli/io';

function capture(): { io: Io; err: string[]; out: string[] } {
  const err: string[] = [];
  const out: string[] = [];
  const io: Io = { out: (s) => void out.push(s), err: (s) => void err.push(s) };
  return { io, err, out };
}

test.each(['0000-01-01', '1899-12-31', '2101-01-01'])('--today %s is refused', async (day) => {
  for (const cmd of ['status', 'summary']) {
    const c = capture();
    expect(await main([cmd, 'нет.xlsx', '--today', day], c.io)).toBe(2);
    expect(c.err).toHaveLength(1);
    expect(c.err[0]).toMatch(/1900–2100/);
  }
});
