/** Numbers of the analysis as the sheet, the list and the справка show them (Russian decimals). */
import { ru } from '../messages/ru';
import type { Finding, TestKey } from './vpr-types';

export const round = (v: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};

/** A finite number rounded, or null (JSON and sheets have no NaN). */
export const roundOrNull = (v: number | null, digits: number): number | null =>
  v === null || !Number.isFinite(v) ? null : round(v, digits);

export const ruNumber = (v: number, digits: number): string => String(round(v, digits)).replace('.', ',');

export const testLabel = (t: TestKey): string => ru.vpr.testLabel(t.subject, t.grade, t.year);

export function findingName(f: Finding): string {
  return f.id in ru.vpr.signs
    ? ru.vpr.signs[f.id as keyof typeof ru.vpr.signs]
    : ru.vpr.markers[f.id as keyof typeof ru.vpr.markers];
}

/** «нижняя граница ДИ 67,5 > верхней границы региона 51,8» and the like. */
export function findingText(f: Finding): string {
  const t = ru.vpr.findingText[f.id];
  switch (f.id) {
    case 'marks-mismatch':
      return t(ruNumber(f.value, 2), ruNumber(f.reference, 2));
    case 'cohort-drop':
    case 'cohort-rise':
      return t(ruNumber(f.value, 2), ruNumber(f.reference, 2));
    case 'boundary-peak':
      return t(ruNumber(f.value, 0), ruNumber(f.reference, 0));
    default:
      return t(ruNumber(f.value, 1), ruNumber(f.reference, 1));
  }
}
