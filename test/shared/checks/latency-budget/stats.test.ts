import { describe, expect, it } from 'vitest';
import {
  bootstrapDifference,
  figures,
  quantile,
  quantileInterval,
  seededRandom,
  sortedCopy,
} from '../../../../shared/checks/latency-budget/stats.ts';

describe('percentiles', () => {
  it('interpolate between the closest ranks as numpy and spreadsheets do (type 7)', () => {
    const sorted = sortedCopy([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(quantile(sorted, 0.5)).toBe(5.5);
    expect(quantile(sorted, 0.95)).toBeCloseTo(9.55);
    expect(quantile(sorted, 0)).toBe(1);
    expect(quantile(sorted, 1)).toBe(10);
    expect(figures([])).toEqual({ p50: null, p90: null, p95: null, p99: null, max: null });
  });
});

describe('order-statistic intervals', () => {
  it('cover the true percentile about as often as they claim', () => {
    // Uniform(0, 1): the true p95 is 0.95. Over many samples a 90 % interval must hold it about 90 % of the time.
    const random = seededRandom(7);
    let covered = 0;
    const trials = 400;
    for (let t = 0; t < trials; t += 1) {
      const sample = sortedCopy(Array.from({ length: 200 }, random));
      const interval = quantileInterval(sample, 0.95, 0.9);
      const lower = interval.lower === null ? -1 : interval.lower;
      const upper = interval.upper === null ? 2 : interval.upper;
      if (lower <= 0.95 && 0.95 <= upper) covered += 1;
    }
    expect(covered / trials).toBeGreaterThan(0.85);
    expect(covered / trials).toBeLessThan(0.97);
  });

  it('leave an end unbounded when too few samples can bound it', () => {
    const interval = quantileInterval(sortedCopy([10, 20, 30]), 0.99);
    expect(interval.upper).toBeNull();
  });
});

describe('bootstrap of the p95 difference', () => {
  const random = seededRandom(3);
  const base = Array.from({ length: 200 }, () => 50 + random() * 50);

  it('calls a 50 % slower distribution a real change at 99 %', () => {
    const slower = base.map((v) => v * 1.5);
    const [lower] = bootstrapDifference(slower, base, 0.95);
    expect(lower).toBeGreaterThan(0);
  });

  it('does not call a fresh sample of the same distribution a change', () => {
    const again = Array.from({ length: 200 }, () => 50 + random() * 50);
    const [lower, upper] = bootstrapDifference(again, base, 0.95);
    expect(lower).toBeLessThanOrEqual(0);
    expect(upper).toBeGreaterThanOrEqual(0);
  });
});
