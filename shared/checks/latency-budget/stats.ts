// Percentiles, their confidence intervals and the baseline comparison, from the raw samples.
//
// Why exact order statistics rather than hdr-histogram-js: a run holds at most a few thousand samples (the
// --max-requests cap), which sort in well under a millisecond, so there is no memory or speed to win, and
// exact values have no bucketing error. The raw samples are also what the distribution-free intervals
// (order statistics with binomial coverage) and the bootstrap need.
import type { Figures, Interval, Percentile } from './details.ts';

const LEVELS: Record<Percentile, number> = { p50: 0.5, p90: 0.9, p95: 0.95, p99: 0.99 };

/** Two-sided coverage of the percentile intervals. "The whole interval is above the budget" is then a
 * one-sided claim at 95 %, and "the whole interval is below it" too: the two verdicts the budget needs. */
export const INTERVAL_CONFIDENCE = 0.9;
/** The regression test's level: a noisy CI runner must not fail anyone on a wobble. */
export const REGRESSION_CONFIDENCE = 0.99;

export function levelOf(percentile: Percentile): number {
  return LEVELS[percentile];
}

export function sortedCopy(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort();
}

/**
 * The p-quantile with linear interpolation between the closest ranks (Hyndman–Fan type 7: the default of
 * numpy, R and spreadsheets' PERCENTILE.INC), so figures compare directly with what a server logs and sums up.
 */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export function figures(values: readonly number[]): Figures {
  if (values.length === 0) return { p50: null, p90: null, p95: null, p99: null, max: null };
  const sorted = sortedCopy(values);
  const at = (p: number) => round(quantile(sorted, p));
  return { p50: at(0.5), p90: at(0.9), p95: at(0.95), p99: at(0.99), max: round(sorted[sorted.length - 1]!) };
}

/** Cumulative binomial probabilities P(B ≤ k) for k = 0..n, computed in log space (no underflow at n = 100 000). */
export function binomialCdf(n: number, p: number): Float64Array {
  const cdf = new Float64Array(n + 1);
  if (p <= 0) return cdf.fill(1);
  if (p >= 1) {
    cdf[n] = 1;
    return cdf;
  }
  const logs = new Float64Array(n + 1);
  logs[0] = n * Math.log1p(-p);
  const ratio = Math.log(p) - Math.log1p(-p);
  let max = logs[0];
  for (let k = 0; k < n; k += 1) {
    logs[k + 1] = logs[k]! + Math.log((n - k) / (k + 1)) + ratio;
    if (logs[k + 1]! > max) max = logs[k + 1]!;
  }
  let sum = 0;
  for (let k = 0; k <= n; k += 1) {
    sum += Math.exp(logs[k]! - max);
    cdf[k] = sum;
  }
  for (let k = 0; k <= n; k += 1) cdf[k] = cdf[k]! / sum;
  return cdf;
}

/**
 * Distribution-free interval for the p-quantile from order statistics: the number of samples below the true
 * quantile is Binomial(n, p), so [X(r), X(s)] covers it with probability P(r ≤ B ≤ s−1). r is the highest rank
 * and s the lowest whose tail is within (1 − confidence)/2; an end that no rank reaches is unbounded (null).
 */
export function quantileInterval(sorted: ArrayLike<number>, p: number, confidence = INTERVAL_CONFIDENCE): Interval {
  const n = sorted.length;
  if (n === 0) return { lower: null, upper: null, confidence };
  const tail = (1 - confidence) / 2;
  const cdf = binomialCdf(n, p);
  // Lower end X(r): P(B ≤ r−1) ≤ tail, the highest such r (1-based rank).
  let r = 0;
  for (let k = 1; k <= n; k += 1) if (cdf[k - 1]! <= tail) r = k;
  // Upper end X(s): P(B ≤ s−1) ≥ 1 − tail, the lowest such s.
  let s = 0;
  for (let k = n; k >= 1; k -= 1) if (cdf[k - 1]! >= 1 - tail) s = k;
  return {
    lower: r >= 1 ? round(sorted[r - 1]!) : null,
    upper: s >= 1 ? round(sorted[s - 1]!) : null,
    confidence,
  };
}

/** Small, fast, seedable PRNG (mulberry32): the bootstrap gives the same answer for the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The p-quantile (nearest rank) of one bootstrap resample, by counting draws per rank: O(n), no sort. */
function resampledQuantile(sorted: ArrayLike<number>, p: number, random: () => number, counts: Uint32Array): number {
  const n = sorted.length;
  counts.fill(0);
  for (let i = 0; i < n; i += 1) counts[Math.floor(random() * n)]! += 1;
  const rank = Math.max(1, Math.ceil(p * n));
  let seen = 0;
  for (let j = 0; j < n; j += 1) {
    seen += counts[j]!;
    if (seen >= rank) return sorted[j]!;
  }
  return sorted[n - 1]!;
}

/**
 * Percentile bootstrap interval of quantile(now) − quantile(then). A bootstrap of the p95 itself (rather
 * than Mann–Whitney U, which tests the whole distribution's location) catches a regression confined to the
 * tail, which is what a p95 budget is about.
 */
export function bootstrapDifference(
  now: ArrayLike<number>,
  then: ArrayLike<number>,
  p: number,
  confidence = REGRESSION_CONFIDENCE,
  resamples = 2000,
): [number, number] {
  const random = seededRandom(0x1a7e5c);
  const a = sortedCopy(Array.from(now));
  const b = sortedCopy(Array.from(then));
  const countsA = new Uint32Array(a.length);
  const countsB = new Uint32Array(b.length);
  const differences = new Float64Array(resamples);
  for (let i = 0; i < resamples; i += 1) {
    differences[i] = resampledQuantile(a, p, random, countsA) - resampledQuantile(b, p, random, countsB);
  }
  differences.sort();
  const tail = (1 - confidence) / 2;
  const at = (q: number) => differences[Math.min(resamples - 1, Math.max(0, Math.floor(q * resamples)))]!;
  return [round(at(tail)), round(at(1 - tail))];
}

export function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
