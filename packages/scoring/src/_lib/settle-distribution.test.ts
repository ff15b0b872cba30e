import { describe, expect, it } from 'vitest';
import { bandOf, QUANTILE_LEVELS, SettleDistribution, settleShape } from './settle-distribution';

// Errors uniform on [-10, 10]: the knots are evenly spaced.
const uniform = settleShape(Array.from({ length: QUANTILE_LEVELS }, (_, k) => -10 + k));

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

  it('gives the expected lateness that integrating its own quantile function gives, ties and all', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 48_271) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    for (let trial = 0; trial < 200; trial++) {
      // Random knots with repeated values (ties) and an unsorted start, as residual quantiles can be.
      const raw = Array.from({ length: QUANTILE_LEVELS }, () => Math.round((next() - 0.3) * 40));
      raw.sort((a, b) => a - b);
      if (trial % 3 === 0) raw[4] = (raw[4] as number) + 5;
      const d = new SettleDistribution();
      const estimate = 20 + next() * 30;
      d.set(estimate, settleShape(raw), Math.floor(next() * 60) - 5);
      const terms = Math.floor(next() * 60);
      // E[max(0, D − terms)] = ∫ max(0, Q(u) − terms) du, midpoint rule on the conditional quantile.
      const steps = 20_000;
      let integral = 0;
      for (let k = 0; k < steps; k++) integral += Math.max(0, d.quantile((k + 0.5) / steps) - terms);
      integral /= steps;
      expect(Math.abs(d.expectedDaysLate(terms) - integral)).toBeLessThan(2e-3 * Math.max(1, integral));
    }
  });

  it('finds the band of a probability', () => {
    expect(bandOf([], 0.9)).toBe(0);
    expect(bandOf([0.2, 0.5], 0.1)).toBe(0);
    expect(bandOf([0.2, 0.5], 0.2)).toBe(0);
    expect(bandOf([0.2, 0.5], 0.3)).toBe(1);
    expect(bandOf([0.2, 0.5], 0.9)).toBe(2);
  });
});
