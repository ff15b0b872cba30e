import { describe, expect, it } from 'vitest';
import { bandOf, QUANTILE_LEVELS, SettleDistribution } from './settle-distribution';

// Errors uniform on [-10, 10]: the knots are evenly spaced.
const uniform = Array.from({ length: QUANTILE_LEVELS }, (_, k) => -10 + k);

describe('SettleDistribution', () => {
  it('is the estimate plus the errors when nothing has elapsed', () => {
    const d = new SettleDistribution();
    d.set(30, uniform, -1);
    expect(d.quantile(0.5)).toBeCloseTo(30, 10);
    expect(d.quantile(0.1)).toBeCloseTo(22, 10);
    expect(d.cdf(30)).toBeCloseTo(0.5, 10);
    expect(d.cdf(45)).toBe(1);
    // E[max(0, D - 30)] for D uniform on [20, 40] is 2.5.
    expect(d.expectedDaysLate(30)).toBeCloseTo(2.5, 10);
    expect(d.expectedDaysLate(50)).toBe(0);
  });

  it('conditions on being open after age days', () => {
    const d = new SettleDistribution();
    d.set(30, uniform, 30);
    expect(d.cdf(30)).toBe(0);
    expect(d.quantile(0.5)).toBeCloseTo(35, 10);
    expect(d.cdf(40)).toBeCloseTo(1, 10);
    // D uniform on [30, 40]: 5 days late on average with 30-day terms.
    expect(d.expectedDaysLate(30)).toBeCloseTo(5, 10);
  });

  it('waits exponentially once past the 95th percentile, longer the more overdue', () => {
    const d = new SettleDistribution();
    d.set(30, uniform, 60);
    // 30 days beyond the estimate: mean wait 30 days.
    expect(d.quantile(0)).toBe(60);
    expect(d.cdf(60)).toBe(0);
    expect(d.cdf(90)).toBeCloseTo(1 - Math.exp(-1), 12);
    expect(d.quantile(0.5)).toBeCloseTo(60 + 30 * Math.LN2, 12);
    expect(d.expectedDaysLate(30)).toBeCloseTo(60, 12);
    const older = new SettleDistribution();
    older.set(30, uniform, 230);
    expect(older.quantile(0.5) - 230).toBeCloseTo(200 * Math.LN2, 9);
    expect(older.cdf(237)).toBeLessThan(d.cdf(67));
  });

  it('finds the band of a probability', () => {
    expect(bandOf([], 0.9)).toBe(0);
    expect(bandOf([0.2, 0.5], 0.1)).toBe(0);
    expect(bandOf([0.2, 0.5], 0.2)).toBe(0);
    expect(bandOf([0.2, 0.5], 0.3)).toBe(1);
    expect(bandOf([0.2, 0.5], 0.9)).toBe(2);
  });
});
