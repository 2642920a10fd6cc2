import { averageRanks, spearman } from './spearman';

describe('averageRanks', () => {
  it('gives ties the mean of their ranks', () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks([3, 3, 3])).toEqual([2, 2, 2]);
    expect(averageRanks([5, 1, 4])).toEqual([3, 1, 2]);
  });
});

describe('spearman', () => {
  it('is 1 and −1 for monotone pairs', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 35, 100])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [9, 7, 3, 1])).toBeCloseTo(-1, 12);
  });
  it('matches a hand computation with ties', () => {
    // marks 3,4,4,5 → ranks 1,2.5,2.5,4; scores 10,12,11,9 → ranks 2,4,3,1.
    // Pearson of ranks: mean 2.5 each; Σdxdy = (−1.5)(−0.5)+0+0+(1.5)(−1.5) = −1.5;
    // Σdx² = 4.5, Σdy² = 5 → −1.5 / √22.5.
    expect(spearman([3, 4, 4, 5], [10, 12, 11, 9])).toBeCloseTo(-1.5 / Math.sqrt(22.5), 12);
  });
  it('is null when a side is constant or too short', () => {
    expect(spearman([4, 4, 4], [1, 2, 3])).toBeNull();
    expect(spearman([1], [1])).toBeNull();
  });
});
