import { DEFAULT_INDICATORS } from './default-template';
import { makeTemplate, newTemplateId, templateVersion, type Indicator } from './template';

const base = DEFAULT_INDICATORS;
const edited = (k: number, patch: Partial<Indicator>): Indicator[] =>
  base.map((i, n) => (n === k ? { ...i, ...patch } : i));

describe('template version', () => {
  test('is a short stable hash of the indicators', () => {
    const v = templateVersion(base);
    expect(v).toMatch(/^[0-9a-f]{10}$/);
    expect(templateVersion([...base])).toBe(v);
    expect(makeTemplate('CL-1', base).version).toBe(v);
  });

  test.each([
    ['wording', edited(0, { text: 'Другая формулировка' })],
    ['code', edited(0, { id: '2.01' })],
    ['type', edited(0, { type: 'number' })],
    ['required', edited(0, { required: false })],
    ['a removed row', base.slice(1)],
    [
      'an added row',
      [...base, { id: '3.1', text: 'Новый показатель', type: 'choice' as const, required: true, hint: '' }],
    ],
    ['the order', [...base].reverse()],
  ])('changes with %s', (_what, indicators) => {
    expect(templateVersion(indicators)).not.toBe(templateVersion(base));
  });

  test('ignores hints and whitespace noise', () => {
    expect(templateVersion(edited(0, { hint: 'другая подсказка' }))).toBe(templateVersion(base));
    const spaced = edited(1, { text: `  ${(base[1]?.text ?? '').replace(/ /g, '\u00a0 ')}\n` });
    expect(templateVersion(spaced)).toBe(templateVersion(base));
  });

  test('a new template id depends on its seed only', () => {
    expect(newTemplateId('a|2025-05-20T10:00:00+03:00')).toBe(newTemplateId('a|2025-05-20T10:00:00+03:00'));
    expect(newTemplateId('a')).not.toBe(newTemplateId('b'));
    expect(newTemplateId('a')).toMatch(/^CL-[0-9A-F]{8}$/);
  });
});
