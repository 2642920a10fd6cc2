/**
 * The synthetic municipality through the whole method: every planted profile is found where it
 * was planted, small schools are «недостаточно участников» with nothing computed, and ordinary
 * schools are rarely flagged (the method's own false-alarm rate at n ≈ 50).
 */
import { analyse } from '../../core/vpr/analyse';
import { DEFAULT_PARAMS } from '../../core/vpr/params';
import { readSources } from '../../core/vpr/read-sources';
import type { VprAnalysis } from '../../core/vpr/vpr-types';
import { municipalitySources, PLANTED, SMALL_SCHOOLS, vprMunicipality } from './municipality';

let analysis: VprAnalysis;
let messages: readonly string[];

beforeAll(() => {
  const read = readSources(municipalitySources());
  messages = read.messages;
  analysis = analyse(read.tables, DEFAULT_PARAMS);
});

describe('the synthetic municipality', () => {
  it('is 40 schools × 8 files, about 16,000 participants, with absent pupils and «X» cells', () => {
    const files = vprMunicipality();
    expect(files).toHaveLength(8);
    const participants = files.reduce((s, f) => s + f.participants, 0);
    expect(participants).toBeGreaterThan(14000);
    const cells = files.flatMap((f) => f.rows.flat());
    expect(cells.filter((v) => v === 'отсутствовал').length).toBeGreaterThan(300);
    expect(cells.filter((v) => v === 'X').length).toBeGreaterThan(1000);
    expect(new Set(analysis.results.map((r) => r.login)).size).toBe(40);
    expect(messages).toEqual([]);
  });

  it.each(Object.entries(PLANTED))('finds the planted %s where it was planted', (id, at) => {
    const r = analysis.results.find(
      (x) => x.login === at.login && x.subject === at.subject && x.grade === at.grade && x.year === at.year,
    );
    expect(r).toBeDefined();
    expect([...(r?.signs ?? []), ...(r?.markers ?? [])]).toContain(id);
    // The same school in its other tests carries no planted sign of that kind.
    const elsewhere = analysis.results.filter((x) => x.login === at.login && x !== r);
    expect(elsewhere.flatMap((x) => [...x.signs, ...x.markers])).not.toContain(id);
  });

  it('computes nothing for small schools, however extreme their results', () => {
    const small = analysis.results.filter((r) => (SMALL_SCHOOLS as readonly string[]).includes(r.login));
    expect(small).toHaveLength(24);
    for (const r of small) {
      expect(r.sample).toBe('insufficient');
      expect(r.signs).toEqual([]);
      expect(r.markers).toEqual([]);
      expect(r.n).toBeLessThan(20);
    }
    // They would be flagged if they were larger: their means are far above the region's.
    expect(small.every((r) => r.ciLow > r.regionCiHigh)).toBe(true);
  });

  it('flags few ordinary schools', () => {
    const planted = new Set(Object.values(PLANTED).map((p) => p.login));
    const ordinary = analysis.results.filter((r) => !planted.has(r.login) && r.sample !== 'insufficient');
    const flagged = ordinary.filter((r) => r.signs.length > 0);
    expect(flagged.length / ordinary.length).toBeLessThan(0.03);
  });

  it('has limited samples and an index over the latest year', () => {
    expect(analysis.results.some((r) => r.sample === 'limited')).toBe(true);
    const idx = analysis.index;
    expect(idx?.year).toBe(2025);
    expect(idx?.schools).toBe(40);
    const flagged2025 = new Set(analysis.results.filter((r) => r.year === 2025 && r.signs.length).map((r) => r.login));
    expect(idx?.withSigns).toBe(flagged2025.size);
    expect(idx?.value).toBeCloseTo(100 - (flagged2025.size / 40) * 100, 1);
  });

  it('turns the planted drop and rise into K far from 1', () => {
    const k = (p: (typeof PLANTED)['cohort-drop']) =>
      analysis.results.find(
        (r) => r.login === p.login && r.subject === p.subject && r.grade === p.grade && r.year === p.year,
      )?.k;
    expect(k(PLANTED['cohort-drop'])).toBeGreaterThan(1.4);
    expect(k(PLANTED['cohort-rise'])).toBeLessThan(0.6);
  });
});
