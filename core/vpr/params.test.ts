import { DEFAULT_PARAMS, paramsSheet, readParams } from './params';

describe('VPR parameters', () => {
  it('are the defaults without a sheet', () => {
    expect(readParams(null)).toEqual({ params: DEFAULT_PARAMS, warnings: [] });
  });
  it('read back from the sheet they are written to', () => {
    expect(readParams(paramsSheet().rows as never).params).toEqual(DEFAULT_PARAMS);
  });
  it('take the official’s values, Russian decimal commas included', () => {
    const rows = [
      ['Минимум участников', 15],
      ['коэффициент  доверительного интервала', '2,58'],
      ['Отметка ВПР выше журнальной: доля, %', 'много'],
    ];
    const read = readParams(rows);
    expect(read.params.minParticipants).toBe(15);
    expect(read.params.z).toBe(2.58);
    expect(read.params.raisedShare).toBe(40);
    expect(read.warnings).toHaveLength(1);
    expect(read.warnings[0]).toContain('много');
  });
});
