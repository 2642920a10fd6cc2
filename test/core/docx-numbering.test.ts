/** Word's automatic list numbers as Word shows them, from hand-built numbering.xml / styles.xml. */
import { importDocx, type DocxParts } from '../../core/docx/docx-import';
import { formatNumber } from '../../core/docx/numbering-render';
import { documentXml, numberingXml, p, stylesXml, tbl, tr, type Lvl, type P } from '../helpers/docx-xml';

const TWO_LEVELS: Lvl[] = [
  { ilvl: 0, text: '%1.' },
  { ilvl: 1, text: '%1.%2.' },
  { ilvl: 2, text: '%1.%2.%3' },
];

/** One-column table, one numbered paragraph per row: the first column as Word shows it. */
function numbers(paras: P[], numbering: string, styles: string | null = null): string[] {
  const parts: DocxParts = {
    document: documentXml([
      tbl(
        [1000],
        paras.map((x) => tr([{ paras: [p(x)] }])),
      ),
    ]),
    numbering,
    styles,
  };
  const r = importDocx(parts, 'план.docx');
  if (!r.ok) throw new Error(r.message);
  return r.plan.rows.map((row) => row[0] ?? '');
}

test('levels and lvlText «%1.%2.»: the deeper level restarts under a new parent', () => {
  const numbering = numberingXml([{ id: 0, levels: TWO_LEVELS }], [{ numId: 1, abstractId: 0 }]);
  const got = numbers(
    [
      { numId: 1, ilvl: 0, text: 'Раздел' },
      { numId: 1, ilvl: 1 },
      { numId: 1, ilvl: 1 },
      { numId: 1, ilvl: 0, text: 'Второй' },
      { numId: 1, ilvl: 1 },
      { numId: 1, ilvl: 2 },
    ],
    numbering,
  );
  expect(got).toEqual(['1. Раздел', '1.1.', '1.2.', '2. Второй', '2.1.', '2.1.1']);
});

test('start values, a startOverride restarts the list, another list counts on its own', () => {
  const numbering = numberingXml(
    [
      { id: 0, levels: [{ ilvl: 0, text: '%1)', start: 5 }] },
      { id: 1, levels: [{ ilvl: 0, text: '%1.', fmt: 'upperRoman' }] },
    ],
    [
      { numId: 1, abstractId: 0 },
      { numId: 2, abstractId: 0, startOverride: { ilvl: 0, start: 1 } },
      { numId: 3, abstractId: 1 },
    ],
  );
  const got = numbers(
    [
      { numId: 1, text: 'а' },
      { numId: 3, text: 'б' },
      { numId: 1, text: 'в' },
      { numId: 2, text: 'г' },
      { numId: 2, text: 'д' },
      { numId: 3, text: 'е' },
    ],
    numbering,
  );
  expect(got).toEqual(['5) а', 'I. б', '6) в', '1) г', '2) д', 'II. е']);
});

test('two w:num of one abstractNum continue each other (Word keeps one list)', () => {
  const numbering = numberingXml(
    [{ id: 0, levels: TWO_LEVELS }],
    [
      { numId: 1, abstractId: 0 },
      { numId: 2, abstractId: 0 },
    ],
  );
  expect(numbers([{ numId: 1 }, { numId: 2 }, { numId: 1 }], numbering)).toEqual(['1.', '2.', '3.']);
});

test('lvlRestart 0: the second level never restarts', () => {
  const numbering = numberingXml(
    [
      {
        id: 0,
        levels: [
          { ilvl: 0, text: '%1.' },
          { ilvl: 1, text: '%2)', restart: 0 },
        ],
      },
    ],
    [{ numId: 1, abstractId: 0 }],
  );
  const got = numbers([{ numId: 1 }, { numId: 1, ilvl: 1 }, { numId: 1 }, { numId: 1, ilvl: 1 }], numbering);
  expect(got).toEqual(['1.', '1)', '2.', '2)']);
});

test('numbering from the paragraph style, through basedOn; numId 0 switches it off; hand-typed numbers stay', () => {
  const numbering = numberingXml([{ id: 0, levels: TWO_LEVELS }], [{ numId: 7, abstractId: 0 }]);
  const styles = stylesXml([
    { id: 'PlanItem', numId: 7, ilvl: 1 },
    { id: 'PlanItemBold', basedOn: 'PlanItem' },
  ]);
  const got = numbers(
    [
      { style: 'PlanItem', text: 'а' },
      { style: 'PlanItemBold', text: 'б' },
      { style: 'PlanItem', numId: 0, text: 'без номера' },
      { text: '3.7. набран руками' },
    ],
    numbering,
    styles,
  );
  expect(got).toEqual(['1.1. а', '1.2. б', 'без номера', '3.7. набран руками']);
});

test('a suffix of nothing glues the number to the text; bullets from the Symbol font read as «•»', () => {
  const numbering = numberingXml(
    [
      { id: 0, levels: [{ ilvl: 0, text: '%1.', suff: 'nothing' }] },
      { id: 1, levels: [{ ilvl: 0, text: '\uF0B7', fmt: 'bullet' }] },
    ],
    [
      { numId: 1, abstractId: 0 },
      { numId: 2, abstractId: 1 },
    ],
  );
  expect(
    numbers(
      [
        { numId: 1, text: 'Раз' },
        { numId: 2, text: 'пункт' },
      ],
      numbering,
    ),
  ).toEqual(['1.Раз', '• пункт']);
});

test('number formats', () => {
  expect(formatNumber(4, 'upperRoman')).toBe('IV');
  expect(formatNumber(14, 'lowerRoman')).toBe('xiv');
  expect(formatNumber(3, 'russianLower')).toBe('в');
  expect(formatNumber(27, 'upperLetter')).toBe('AA');
  expect(formatNumber(7, 'decimalZero')).toBe('07');
});
