import type { CurrencyForecast } from '@overdue/scoring';
import { describe, expect, it } from 'vitest';
import { forecastInReportingCurrency } from './cash-forecast';

const eur: CurrencyForecast = {
  currency: 'EUR',
  openMinor: 10000,
  weeks: [
    { from: '2026-01-01', to: '2026-01-07', expectedMinor: 6000, lowMinor: 4000, highMinor: 8000 },
    { from: '2026-01-08', to: '2026-01-14', expectedMinor: 3000, lowMinor: 1000, highMinor: 5000 },
  ],
  laterMinor: 1000,
};
const gbp: CurrencyForecast = {
  currency: 'GBP',
  openMinor: 1000,
  weeks: [
    { from: '2026-01-01', to: '2026-01-07', expectedMinor: 1000, lowMinor: 0, highMinor: 1000 },
    { from: '2026-01-08', to: '2026-01-14', expectedMinor: 0, lowMinor: 0, highMinor: 0 },
  ],
  laterMinor: 0,
};
const rates = { base: 'EUR', rates: { GBP: '1.17' } };

describe('forecastInReportingCurrency', () => {
  it('converts each currency and adds the weeks, the intervals and what comes later', () => {
    const total = forecastInReportingCurrency([eur, gbp], 'EUR', rates);
    expect(total.currencies).toEqual(['EUR', 'GBP']);
    expect(total.weeks[0]).toEqual({
      from: '2026-01-01',
      to: '2026-01-07',
      expectedMinor: 7170,
      lowMinor: 4000,
      highMinor: 9170,
      expectedByCurrencyMinor: [6000, 1170],
    });
    expect(total.weeks[1]?.expectedMinor).toBe(3000);
    expect(total.laterMinor).toBe(1000);
    expect(total.openMinor).toBe(11170);
  });

  it('refuses forecasts of different weeks and foreign currencies without rates', () => {
    expect(() => forecastInReportingCurrency([eur, gbp], 'EUR')).toThrow(/rates are needed/);
    const shorter = { ...gbp, weeks: gbp.weeks.slice(0, 1) };
    expect(() => forecastInReportingCurrency([eur, shorter], 'EUR', rates)).toThrow(/other weeks/);
    expect(forecastInReportingCurrency([], 'EUR').weeks).toEqual([]);
  });
});
