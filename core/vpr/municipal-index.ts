/**
 * The municipality's objectivity index: 100 − the share of its schools with at least one sign in
 * the latest year loaded. Every school with participants that year counts, whatever its sample.
 */
import type { MunicipalIndex, SchoolResult } from './vpr-types';

export function municipalIndex(
  results: readonly Pick<SchoolResult, 'login' | 'year' | 'n' | 'signs'>[],
): MunicipalIndex | null {
  const withPupils = results.filter((r) => r.n > 0);
  if (withPupils.length === 0) return null;
  const year = Math.max(...withPupils.map((r) => r.year));
  const schools = new Set<string>();
  const flagged = new Set<string>();
  for (const r of withPupils) {
    if (r.year !== year) continue;
    schools.add(r.login);
    if (r.signs.length) flagged.add(r.login);
  }
  const value = Math.round((100 - (flagged.size / schools.size) * 100) * 10) / 10;
  return { year, schools: schools.size, withSigns: flagged.size, value };
}
