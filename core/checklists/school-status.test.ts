import { DEFAULT_INDICATORS } from './default-template';
import { answersStatus, decideStatus, parseStatus, type SchoolStatus, type StatusFacts } from './school-status';
import type { Submission } from './submission-read';
import { makeTemplate } from './template';

const template = makeTemplate('CL', DEFAULT_INDICATORS);
const sub = (answers: (string | number | null)[], comments: string[] = []): Submission => ({
  code: '1',
  file: '1.xlsx',
  modified: '2025-05-20T10:00:00Z',
  answers: DEFAULT_INDICATORS.map((_, k) => answers[k] ?? null),
  comments: DEFAULT_INDICATORS.map((_, k) => comments[k] ?? ''),
});
const required = DEFAULT_INDICATORS.map((i) => (i.required ? (i.type === 'number' ? 1 : 'Да') : null));

test.each<[string, Submission | null, string]>([
  ['no file', null, 'not-opened'],
  ['a file with nothing in it', sub([]), 'not-opened'],
  ['only a comment', sub([], ['позже']), 'filling'],
  ['some answers', sub(['Да', 'Нет']), 'filling'],
  ['every required answer, optional ones empty', sub(required), 'submitted'],
])('answers: %s → %s', (_what, s, status) => {
  expect(answersStatus(template, s)).toBe(status);
});

const facts = (f: Partial<StatusFacts>): StatusFacts => ({
  computed: 'submitted',
  newestRejected: false,
  current: null,
  sameFile: true,
  ...f,
});

test.each<[Partial<StatusFacts>, SchoolStatus]>([
  [{}, 'submitted'],
  [{ newestRejected: true }, 'rework'],
  [{ newestRejected: true, current: 'accepted' }, 'rework'],
  [{ current: 'accepted' }, 'accepted'],
  [{ current: 'accepted', sameFile: false }, 'submitted'],
  [{ current: 'rework' }, 'rework'],
  [{ current: 'rework', sameFile: false, computed: 'filling' }, 'filling'],
  [{ current: 'submitted', computed: 'filling' }, 'filling'],
  [{ current: 'not-opened', computed: 'not-opened', sameFile: true }, 'not-opened'],
])('decide %j → %s', (f, status) => {
  expect(decideStatus(facts(f))).toBe(status);
});

test('status cells are read loosely; anything else is no status', () => {
  expect(parseStatus(' принят ')).toBe('accepted');
  expect(parseStatus('НА ДОРАБОТКЕ')).toBe('rework');
  expect(parseStatus('Разослано')).toBeNull();
  expect(parseStatus('')).toBeNull();
});
