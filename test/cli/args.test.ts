/** cli/args: the command line contract, split by node:util parseArgs, refused in Russian. */
import { DEFAULT_DEMO_DIR, parseArgs } from '../../cli/args';

describe('parseArgs', () => {
  test('check with every option, in either spelling', () => {
    expect(parseArgs(['check', 'План.xlsx', '--sheet', 'План 2025', '--json', '--out=копия.xlsx'])).toEqual({
      ok: true,
      command: { kind: 'check', file: 'План.xlsx', sheet: 'План 2025', json: true, out: 'копия.xlsx' },
    });
    expect(parseArgs(['check', '--json', 'a.xlsx'])).toEqual({
      ok: true,
      command: { kind: 'check', file: 'a.xlsx', sheet: null, json: true, out: null },
    });
  });

  test('`--` ends the options: a file may start with a dash', () => {
    expect(parseArgs(['check', '--', '-план.xlsx'])).toMatchObject({ ok: true, command: { file: '-план.xlsx' } });
  });

  test('demo and help', () => {
    expect(parseArgs(['demo'])).toEqual({ ok: true, command: { kind: 'demo', out: DEFAULT_DEMO_DIR } });
    expect(parseArgs(['demo', '--out', 'd'])).toEqual({ ok: true, command: { kind: 'demo', out: 'd' } });
    expect(parseArgs(['--help'])).toEqual({ ok: true, command: { kind: 'help' } });
    expect(parseArgs(['check', 'a.xlsx', '-h'])).toEqual({ ok: true, command: { kind: 'help' } });
  });

  test('clear: a marked copy and where to write the book without marks', () => {
    expect(parseArgs(['clear', 'копия.xlsx', '--out', 'итог.xlsx'])).toEqual({
      ok: true,
      command: { kind: 'clear', file: 'копия.xlsx', out: 'итог.xlsx' },
    });
  });

  test('checklists options are split the same way', () => {
    expect(parseArgs(['checklists', 'collect', 'b.xlsx', 'd', '--out=o.xlsx', '--json'])).toEqual({
      ok: true,
      command: { kind: 'checklists-collect', book: 'b.xlsx', dir: 'd', out: 'o.xlsx', json: true },
    });
  });

  test.each([
    [[], 'Не указана команда'],
    [['clear', 'a.xlsx'], '--out ИТОГ.xlsx'],
    [['clear'], 'oko clear'],
    [['clear', 'a.xlsx', '--sheet', 'x'], '«--sheet»'],
    [['check', 'a.xlsx', '-x'], '«-x»'],
    [['check', 'a.xlsx', '--bogus=2'], '«--bogus=2»'],
    [['checklists', 'make', 'b.xlsx', '--out'], '«--out»'],
    [['checklists', 'init', 'b.xlsx', '--json'], '«--json»'],
    [['frob'], '«frob»'],
    [['check'], 'Не указан файл'],
    [['check', 'a.xlsx', '--bogus'], '«--bogus»'],
    [['check', 'a.xlsx', '--json=1'], '«--json=1»'],
    [['check', 'a.xlsx', '--sheet'], '«--sheet»'],
    [['check', 'a.xlsx', '--out='], '«--out»'],
    [['check', 'a.xlsx', 'b.xlsx'], '«b.xlsx»'],
    [['demo', 'x'], '«x»'],
    [['demo', '--json'], '«--json»'],
  ])('%j is refused in Russian', (argv, fragment) => {
    const r = parseArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(fragment);
  });
});
