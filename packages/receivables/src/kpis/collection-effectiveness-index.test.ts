import type { LedgerInput } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { datedInvoice as invoice } from '../_test/ledger-builders';
import { collectionEffectivenessIndex } from './collection-effectiveness-index';

function payment(id: string, date: string, invoiceId: string, amount: string) {
  return { id, customerId: 'C1', currency: 'EUR', date, amount, allocations: [{ invoiceId, amount }] };
}

/**
 * creditguru's January-March example (kpis-and-scoring.md §3; the same figures appear in the wizedu
 * aging-table exercise): beginning receivables 6,200, credit sales 3,390 + 3,610 + 3,890 = 10,890, ending
 * receivables 6,340 of which 3,590 current.
 */
const creditguru: LedgerInput = {
  invoices: [
    // Open at the end of December: 6,200. 3,450 is paid in January; 2,750 stays open, past due.
    invoice('dec', '2012-12-01', '2012-12-31', '6200', { amountDue: '2750' }),
    invoice('jan', '2013-01-15', '2013-02-14', '3390', { amountDue: '0' }),
    invoice('feb', '2013-02-15', '2013-03-17', '3610', { amountDue: '0' }),
    // Issued in March, due in April: 300 paid, 3,590 open and current.
    invoice('mar', '2013-03-15', '2013-04-14', '3890', { amountDue: '3590' }),
  ],
  payments: [
    payment('p1', '2013-01-20', 'dec', '3450'),
    payment('p2', '2013-02-20', 'jan', '3390'),
    payment('p3', '2013-03-20', 'feb', '3610'),
    payment('p4', '2013-03-20', 'mar', '300'),
  ],
};
const quarter = { from: '2013-01-01', to: '2013-03-31' };

describe('collectionEffectivenessIndex', () => {
  it('uses the full period sales by default (79.63% on the creditguru example)', () => {
    // (6,200 + 10,890 - 6,340) / (6,200 + 10,890 - 3,590) × 100 = 10,750 / 13,500 × 100 = 79.6296... → 79.63.
    const result = collectionEffectivenessIndex(creditguru, quarter);
    expect(result).toEqual({
      value: 79.63,
      from: '2013-01-01',
      to: '2013-03-31',
      days: 90,
      currency: 'EUR',
      salesConvention: 'period',
      months: 3,
      beginningReceivablesMinor: 620000,
      salesMinor: 1089000,
      receivablesMinor: 634000,
      currentMinor: 359000,
      explanation:
        'CEI 79.63% = (beginning receivables EUR 6,200.00 + credit sales EUR 10,890.00 - ending receivables EUR 6,340.00) / (EUR 6,200.00 + EUR 10,890.00 - current receivables EUR 3,590.00) × 100',
    });
  });

  it("uses monthly sales with 'monthly-average' (55.93% on the same example, creditguru's own figure)", () => {
    // S / N = 10,890 / 3 = 3,630: (6,200 + 3,630 - 6,340) / (6,200 + 3,630 - 3,590) × 100 = 3,490 / 6,240 × 100
    // = 55.9294... → 55.93.
    const result = collectionEffectivenessIndex(creditguru, { ...quarter, salesConvention: 'monthly-average' });
    expect([result.value, result.months, result.salesMinor]).toEqual([55.93, 3, 1089000]);
    expect(result.explanation).toBe(
      'CEI 55.93% = (beginning receivables EUR 6,200.00 + monthly credit sales EUR 3,630.00 (EUR 10,890.00 over 3.00 months) - ending receivables EUR 6,340.00) / (EUR 6,200.00 + EUR 3,630.00 - current receivables EUR 3,590.00) × 100',
    );
  });

  it('gives the same figure under both conventions for a single calendar month', () => {
    // March alone: AR_begin = 2,750 + 3,610 = 6,360; S = 3,890; AR_end 6,340; current 3,590.
    // (6,360 + 3,890 - 6,340) / (6,360 + 3,890 - 3,590) × 100 = 3,910 / 6,660 × 100 = 58.7087... → 58.71.
    const march = { from: '2013-03-01', to: '2013-03-31' };
    expect(collectionEffectivenessIndex(creditguru, march).value).toBe(58.71);
    expect(collectionEffectivenessIndex(creditguru, { ...march, salesConvention: 'monthly-average' }).value).toBe(
      58.71,
    );
  });

  it('is 100 when everything past due was collected', () => {
    // Nothing open past due at the end: AR_end = Current_end, so numerator = denominator.
    const ledger: LedgerInput = {
      invoices: [
        invoice('a', '2013-01-05', '2013-02-04', '600'),
        invoice('b', '2013-01-02', '2013-01-16', '400', { amountDue: '0', paidDate: '2013-01-20' }),
      ],
    };
    expect(collectionEffectivenessIndex(ledger, { from: '2013-01-01', to: '2013-01-31' }).value).toBe(100);
  });

  it('is null when there was nothing to collect', () => {
    const result = collectionEffectivenessIndex({ invoices: [] }, quarter);
    expect(result.value).toBeNull();
    expect(result.explanation).toBe(
      'CEI is undefined: beginning receivables 0.00 + credit sales 0.00 - current receivables 0.00 is 0.00, nothing to collect',
    );
  });

  it('is null under the monthly convention when its denominator is negative', () => {
    // Sales of 3,000 in the quarter, all issued in March and current: 0 + 1,000 - 3,000 < 0.
    const ledger: LedgerInput = { invoices: [invoice('m', '2013-03-20', '2013-04-19', '3000')] };
    expect(collectionEffectivenessIndex(ledger, { ...quarter, salesConvention: 'monthly-average' }).value).toBeNull();
    // The period convention gives (0 + 3,000 - 3,000) / (0 + 3,000 - 3,000) = 0 / 0 here: also null.
    expect(collectionEffectivenessIndex(ledger, quarter).value).toBeNull();
  });

  it('names a bad convention', () => {
    expect(() => collectionEffectivenessIndex(creditguru, { ...quarter, salesConvention: 'monthly' as never })).toThrow(
      'options.salesConvention: expected one of "period", "monthly-average", got "monthly"',
    );
  });
});
