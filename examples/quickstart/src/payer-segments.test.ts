import { describe, expect, it } from 'vitest';
import { summarizePayerSegments } from './payer-segments';

const scores = [
  { customerId: 'A', score: 90, segment: 'prompt' as const },
  { customerId: 'B', score: 80, segment: 'prompt' as const },
  { customerId: 'C', score: 20, segment: 'chronic-late' as const },
  { customerId: 'D', score: 55, segment: 'forgetful' as const },
];
const open = [
  { customerId: 'A', currency: 'EUR', openMinor: 10000 },
  { customerId: 'A', currency: 'EUR', openMinor: 5000 },
  { customerId: 'B', currency: 'GBP', openMinor: 10000 }, // GBP 100 = EUR 117 at 1.17
  { customerId: 'C', currency: 'EUR', openMinor: 2500 },
];
const rates = { base: 'EUR', rates: { GBP: '1.17' } };

describe('summarizePayerSegments', () => {
  it('counts every segment in order, with shares, mean scores and open amounts converted into EUR', () => {
    const summary = summarizePayerSegments(scores, open, { reportingCurrency: 'EUR', rates });
    expect(summary.segments).toEqual([
      { segment: 'prompt', customers: 2, share: 0.5, meanScore: 85, openMinor: 26700 },
      { segment: 'forgetful', customers: 1, share: 0.25, meanScore: 55, openMinor: 0 },
      { segment: 'chronic-late', customers: 1, share: 0.25, meanScore: 20, openMinor: 2500 },
      { segment: 'deteriorating', customers: 0, share: 0, meanScore: null, openMinor: 0 },
      { segment: 'new', customers: 0, share: 0, meanScore: null, openMinor: 0 },
    ]);
    expect(summary.total).toEqual({ customers: 4, share: 1, meanScore: 61.25, openMinor: 29200 });
  });

  it('converts each currency’s grand total once for the total, as the aging does', () => {
    // GBP 0.01 twice: each segment's 1.17 cents rounds to 1, the total's 2.34 cents to 2.
    const pennies = [
      { customerId: 'A', currency: 'GBP', openMinor: 1 },
      { customerId: 'C', currency: 'GBP', openMinor: 1 },
    ];
    const summary = summarizePayerSegments(scores, pennies, { reportingCurrency: 'EUR', rates });
    expect(summary.segments.map((row) => row.openMinor)).toEqual([1, 0, 1, 0, 0]);
    expect(summary.total.openMinor).toBe(2);
  });

  it('refuses open invoices of unscored customers and foreign currencies without rates', () => {
    expect(() =>
      summarizePayerSegments(scores, [{ customerId: 'X', currency: 'EUR', openMinor: 1 }], {
        reportingCurrency: 'EUR',
      }),
    ).toThrow('customer X has an open invoice but no payer score');
    expect(() => summarizePayerSegments(scores, open, { reportingCurrency: 'EUR' })).toThrow(/rates are needed/);
  });
});
