import type { LedgerInput } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { datedInvoice as invoice } from '../_test/ledger-builders';
import { averageDaysDelinquent } from './average-days-delinquent';

const january = { from: '2013-01-01', to: '2013-01-31' };

describe('averageDaysDelinquent', () => {
  it('is DSO minus best possible DSO, standard method', () => {
    // AR 1,000, current 600, sales 1,000 over 31 days: DSO 31, BPDSO 18.6, ADD 12.4.
    const ledger: LedgerInput = {
      invoices: [invoice('a', '2013-01-05', '2013-02-04', '600'), invoice('b', '2013-01-02', '2013-01-16', '400')],
    };
    expect(averageDaysDelinquent(ledger, january)).toEqual({
      value: 12.4,
      method: 'standard',
      from: '2013-01-01',
      to: '2013-01-31',
      days: 31,
      currency: 'EUR',
      dso: 31,
      bestPossibleDso: 18.6,
      receivablesMinor: 100000,
      currentMinor: 60000,
      salesMinor: 100000,
      explanation: 'ADD 12.40 days = DSO 31.00 - best possible DSO 18.60 (standard method)',
    });
  });

  it('uses the same method for both figures', () => {
    // AR 1,500 at 2013-01-31 of which 1,000 current (the January invoice); January sales 1,000, December 1,000.
    // Countback DSO: 31 + 500/1,000 × 31 = 46.5; countback BPDSO: 1,000/1,000 × 31 = 31; ADD 15.5.
    const ledger: LedgerInput = {
      invoices: [
        invoice('dec', '2012-12-20', '2013-01-10', '1000', { amountDue: '500' }),
        invoice('jan', '2013-01-20', '2013-02-19', '1000'),
      ],
      payments: [
        {
          id: 'p',
          customerId: 'C1',
          currency: 'EUR',
          date: '2012-12-28',
          amount: '500',
          allocations: [{ invoiceId: 'dec', amount: '500' }],
        },
      ],
    };
    const result = averageDaysDelinquent(ledger, { ...january, method: 'countback' });
    expect([result.dso, result.bestPossibleDso, result.value]).toEqual([46.5, 31, 15.5]);
  });

  it('rounds the unrounded difference once', () => {
    // Over 2013-01-01..10 (10 days), sales 999.60 + 0.40 = 1,000.00; AR 1,005.50 (5.50 carried in); current 0.40.
    // DSO 1,005.50 / 1,000 × 10 = 10.055 → 10.06 (half-even tie); BPDSO 0.40 / 1,000 × 10 = 0.004 → 0.00;
    // ADD 10.051 → 10.05, one unit below the difference of the rounded figures (10.06).
    const ledger: LedgerInput = {
      invoices: [
        invoice('old', '2012-12-01', '2012-12-15', '5.50'),
        invoice('a', '2013-01-01', '2013-01-05', '999.60'),
        invoice('c', '2013-01-09', '2013-01-20', '0.40'),
      ],
    };
    const result = averageDaysDelinquent(ledger, { from: '2013-01-01', to: '2013-01-10' });
    expect([result.dso, result.bestPossibleDso, result.value]).toEqual([10.06, 0, 10.05]);
  });

  it('is null with an explanation when there were no credit sales', () => {
    const result = averageDaysDelinquent({ invoices: [invoice('a', '2012-12-05', '2012-12-20', '600')] }, january);
    expect([result.value, result.dso, result.bestPossibleDso]).toEqual([null, null, null]);
    expect(result.explanation).toBe(
      'ADD is undefined: no credit sales from 2013-01-01 to 2013-01-31 (receivables EUR 600.00 at the end of 2013-01-31)',
    );
  });
});
