import { parseArgs } from '../../cli/args';

describe('oko vpr arguments', () => {
  it('take several files and folders, --out and --json', () => {
    expect(parseArgs(['vpr', 'a.xlsx', 'папка', '--out=книга.xlsx', '--json'])).toEqual({
      ok: true,
      command: { kind: 'vpr', inputs: ['a.xlsx', 'папка'], out: 'книга.xlsx', json: true },
    });
    expect(parseArgs(['vpr', '--', '-странное имя.xlsx'])).toMatchObject({
      ok: true,
      command: { inputs: ['-странное имя.xlsx'] },
    });
  });
  it('refuse no input and unknown options in Russian', () => {
    expect(parseArgs(['vpr'])).toEqual({
      ok: false,
      message: expect.stringContaining('Не указаны файлы результатов ВПР'),
    });
    expect(parseArgs(['vpr', 'a.xlsx', '--sheet', 'X'])).toMatchObject({ ok: false });
  });
});
