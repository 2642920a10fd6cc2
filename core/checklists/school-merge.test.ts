import { DEFAULT_INDICATORS } from './default-template';
import type { PreviousRow } from './previous-summary';
import { mergeSchool } from './school-merge';
import type { SchoolMerge } from './submission-merge';
import type { Submission } from './submission-read';
import { makeTemplate } from './template';

const template = makeTemplate('CL', DEFAULT_INDICATORS);
const school = { code: '1', name: 'Школа 1', responsible: '', email: '', link: '', status: '', row: 2, date: null };
const sub = (file: string, modified: string, answer: string): Submission => ({
  code: '1',
  file,
  modified,
  answers: DEFAULT_INDICATORS.map(() => answer),
  comments: DEFAULT_INDICATORS.map(() => ''),
});
const old = sub('1.xlsx', '2025-05-01T10:00:00Z', 'Да');
const previous: PreviousRow = { code: '1', status: 'accepted', date: { date: '2025-05-01' }, submission: old };
const run = (m: Partial<SchoolMerge>): SchoolMerge => ({
  school,
  submission: null,
  superseded: [],
  newestRejected: false,
  newest: null,
  ...m,
});

test('no file of the school in this run: answers, status and date stay', () => {
  const r = mergeSchool(template, run({}), previous, 'accepted');
  expect(r).toMatchObject({ status: 'accepted', submission: old, date: { date: '2025-05-01' }, changed: false });
});

test('the same file again: «Принят» stays', () => {
  const r = mergeSchool(template, run({ submission: old, newest: old }), previous, 'accepted');
  expect([r.status, r.changed]).toEqual(['accepted', false]);
});

test('an older valid file does not replace the accepted one', () => {
  const older = sub('1 (0).xlsx', '2025-04-01T10:00:00Z', 'Нет');
  const r = mergeSchool(template, run({ submission: older, newest: older }), previous, 'accepted');
  expect([r.status, r.submission, r.older]).toEqual(['accepted', old, '1 (0).xlsx']);
});

test('a newer file: its answers come in and the status is computed again', () => {
  const newer = sub('1 (2).xlsx', '2025-06-01T10:00:00Z', 'Нет');
  const r = mergeSchool(template, run({ submission: newer, newest: newer }), previous, 'accepted');
  expect([r.submission, r.changed, r.date]).toEqual([newer, true, { date: '2025-06-01' }]);
  expect(r.status).not.toBe('accepted');
});

test('a newer broken file: rework, and the earlier answers stay', () => {
  const broken = { file: '1 (3).xlsx', modified: '2025-06-01T10:00:00Z' };
  const r = mergeSchool(template, run({ newest: broken, newestRejected: true }), previous, 'accepted');
  expect([r.status, r.submission]).toEqual(['rework', old]);
});

test('an older broken file changes nothing', () => {
  const broken = { file: '1 (0).xlsx', modified: '2025-01-01T10:00:00Z' };
  const r = mergeSchool(template, run({ newest: broken, newestRejected: true }), previous, 'accepted');
  expect([r.status, r.submission]).toEqual(['accepted', old]);
});
