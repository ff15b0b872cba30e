import type { InvoiceInput, LedgerInput } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { datedInvoice as invoice } from '../_test/ledger-builders';
import { bestPossibleDso } from './best-possible-dso';

const january = { from: '2013-01-01', to: '2013-01-31' };

describe('bestPossibleDso', () => {
  it.each([
    // [case, invoices, Current_end, BPDSO] — by hand, BPDSO = Current_end / S × 31, S = 1,000.
    [
      'only receivables not yet due count',
      [invoice('a', '2013-01-05', '2013-02-04', '600'), invoice('b', '2013-01-02', '2013-01-16', '400')],
      60000,
      18.6,
    ],
    [
      'an invoice due on the last day is still current',
      [invoice('a', '2013-01-05', '2013-01-31', '600'), invoice('b', '2013-01-02', '2013-01-30', '400')],
      60000,
      18.6,
    ],
    [
      'nothing current gives zero days',
      [invoice('a', '2013-01-05', '2013-01-20', '600'), invoice('b', '2013-01-02', '2013-01-16', '400')],
      0,
      0,
    ],
  ] as [string, InvoiceInput[], number, number][])('%s', (_name, invoices, currentMinor, value) => {
    const result = bestPossibleDso({ invoices }, january);
    expect([result.currentMinor, result.salesMinor, result.value]).toEqual([currentMinor, 100000, value]);
  });

  it('explains the arithmetic', () => {
    const result = bestPossibleDso(
      { invoices: [invoice('a', '2013-01-05', '2013-02-04', '600'), invoice('b', '2013-01-02', '2013-01-16', '400')] },
      january,
    );
    expect(result.explanation).toBe(
      'Best possible DSO 18.60 days = current receivables EUR 600.00 / credit sales EUR 1,000.00 × 31 days',
    );
  });

  it('exhausts current receivables against the latest months with the countback method', () => {
    // Current 1,500 at 2013-01-31: January sales 1,000 (31 days) + 500 / 1,000 of December (31 days) = 46.5.
    const ledger: LedgerInput = {
      invoices: [
        invoice('dec', '2012-12-20', '2013-02-15', '1000', { amountDue: '500' }),
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
    const result = bestPossibleDso(ledger, { ...january, method: 'countback' });
    expect([result.currentMinor, result.value, result.countback?.windows.length]).toEqual([150000, 46.5, 2]);
  });

  it('is null when the period has no credit sales', () => {
    const result = bestPossibleDso({ invoices: [invoice('a', '2012-12-05', '2013-02-04', '600')] }, january);
    expect(result.value).toBeNull();
    expect(result.explanation).toBe(
      'Best possible DSO is undefined: no credit sales from 2013-01-01 to 2013-01-31 (current receivables EUR 600.00 at the end of 2013-01-31)',
    );
  });

  it('names a bad option', () => {
    expect(() => bestPossibleDso({ invoices: [] }, { ...january, method: 'best' as never })).toThrow(
      'options.method: expected one of "standard", "countback", got "best"',
    );
  });
});
