/** The default template is the school-level column of seed 001, rows 2.1–2.9 («Уровень ОО»). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_INDICATORS } from './default-template';
import { normText } from './template';

/** Seed 001 as rows of cells; its rows 15–17 are one item split across a page break. */
function seedSchoolColumn(): Map<string, string> {
  const text = readFileSync(
    join(__dirname, '..', '..', 'test', 'fixtures', 'seeds', '001_8560730be5882ded.txt'),
    'utf8',
  );
  const rows = text.split(/\r?\n/).map((l) => l.split('\t'));
  const out = new Map<string, string>();
  let last = '';
  for (const r of rows.slice(11, 22)) {
    const [num = '', , school = ''] = r;
    if (num.trim() !== '') {
      last = num.trim();
      out.set(last, school);
    } else if (school.trim() !== '') out.set(last, `${out.get(last) ?? ''} ${school}`);
  }
  return out;
}

test('indicators 2.1–2.9 are seed 001’s school-level wording, split rows joined', () => {
  const seed = seedSchoolColumn();
  expect([...seed.keys()]).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9']);
  for (const [id, text] of seed)
    expect({ id, text: DEFAULT_INDICATORS.find((i) => i.id === id)?.text }).toEqual({ id, text: normText(text) });
});

test('ids are unique, every answer type is present, the choices are required', () => {
  expect(new Set(DEFAULT_INDICATORS.map((i) => i.id)).size).toBe(DEFAULT_INDICATORS.length);
  expect(new Set(DEFAULT_INDICATORS.map((i) => i.type))).toEqual(new Set(['choice', 'number', 'date', 'link']));
  expect(DEFAULT_INDICATORS.filter((i) => i.type === 'choice').every((i) => i.required)).toBe(true);
});
