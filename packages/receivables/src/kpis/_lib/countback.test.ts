import { describe, expect, it } from 'vitest';
import type { CountbackWindowSums } from './countback';
import { countbackDays } from './countback';

/** Month windows of the given sales, latest first, each of `days` days (day numbers are placeholders). */
function windows(sales: number[], days: number): (back: number) => CountbackWindowSums | undefined {
  return (back) => {
    const salesMinor = sales[back - 1];
    return salesMinor === undefined
      ? undefined
      : { fromDay: -back * days + 1, toDay: -(back - 1) * days, days, salesMinor };
  };
}

describe('countbackDays', () => {
  it('reproduces the worked example with 30-day months', () => {
    // benjipays / trymesha (kpis-and-scoring.md §3): AR 212k, sales 100k, 80k, 70k with 30-day months:
    // 30 + 30 + 32/70 × 30 = 73.714285... days.
    const outcome = countbackDays(21200000, windows([10000000, 8000000, 7000000], 30));
    expect(outcome.days.toDecimalPlaces(2).toNumber()).toBe(73.71);
    expect(outcome.days.minus(60).times(70).toNumber()).toBe(960); // 32/70 × 30 exactly, so × 70 = 960
    expect(outcome.exhausted).toBe(false);
    expect(outcome.windows.map((window) => window.counted.toDecimalPlaces(4).toNumber())).toEqual([30, 30, 13.7143]);
  });

  it.each([
    // [AR, sales latest first, expected days] — by hand with 30-day months.
    [5000000, [10000000, 8000000], 15], // half of the latest month: 50/100 × 30
    [10000000, [10000000, 8000000], 30], // exactly one month of sales: the whole window, nothing more
    [18000000, [10000000, 8000000], 60], // exactly two months
    [0, [10000000], 0], // nothing to explain
    [100, [0, 0, 200], 75], // months with no sales count in full: 30 + 30 + 100/200 × 30
  ])('explains AR %i against %j in %d days', (receivables, sales, expected) => {
    expect(countbackDays(receivables, windows(sales, 30)).days.toNumber()).toBe(expected);
  });

  it('stops at the end of the look-back with a lower bound and what is left', () => {
    const outcome = countbackDays(21200000, windows([10000000, 8000000], 30));
    expect([outcome.days.toNumber(), outcome.exhausted, outcome.remainingMinor]).toEqual([60, true, 3200000]);
  });
});
