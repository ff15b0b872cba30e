import type { LedgerInput } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { datedInvoice as invoice } from '../_test/ledger-builders';
import { weightedDaysLate } from './weighted-days-late';

const january = { from: '2013-01-01', to: '2013-01-31' };

describe('weightedDaysLate, paid basis', () => {
  it('weights the days paid after the due date by invoice total', () => {
    // 100 paid 5 days late, 300 paid early: (100 × 5 + 300 × 0) / 400 = 1.25.
    const ledger: LedgerInput = {
      invoices: [
        invoice('late', '2013-01-01', '2013-01-10', '100', { amountDue: '0', paidDate: '2013-01-15' }),
        invoice('early', '2013-01-01', '2013-01-31', '300', { amountDue: '0', paidDate: '2013-01-20' }),
        invoice('open', '2013-01-01', '2013-01-05', '1000'),
      ],
    };
    const result = weightedDaysLate(ledger, january);
    expect(result).toEqual({
      value: 1.25,
      basis: 'paid',
      weightMinor: 40000,
      from: '2013-01-01',
      to: '2013-01-31',
      days: 31,
      currency: 'EUR',
      explanation:
        'Weighted days late 1.25 days: invoice totals × days paid after due / totals EUR 400.00 of the 2 invoices fully paid from 2013-01-01 to 2013-01-31',
    });
  });

  it('is null when nothing was paid', () => {
    expect(
      weightedDaysLate({ invoices: [invoice('open', '2013-01-01', '2013-01-05', '1000')] }, january).value,
    ).toBeNull();
  });
});

describe('weightedDaysLate, open basis', () => {
  it('weights the days past due at the end of the period by open amount, current items at zero', () => {
    // 400 open 25 days past due (due 2013-01-06), 600 current: 400 × 25 / 1,000 = 10.
    const ledger: LedgerInput = {
      invoices: [invoice('a', '2013-01-05', '2013-02-04', '600'), invoice('b', '2013-01-02', '2013-01-06', '400')],
    };
    const result = weightedDaysLate(ledger, { ...january, basis: 'open' });
    expect([result.value, result.weightMinor]).toEqual([10, 100000]);
    expect(result.explanation).toBe(
      'Weighted days late 10.00 days: open amounts × days past due / receivables EUR 1,000.00 at the end of 2013-01-31',
    );
  });

  it('uses the open amount of partly paid invoices and counts invoices from before the period', () => {
    // 2012-11-01 invoice due 2012-11-30, 1,000 with 750 paid: 250 open, 62 days past due on 2013-01-31.
    // 2013-01-10 invoice due 2013-01-21, 250 open, 10 days past due. (250 × 62 + 250 × 10) / 500 = 36.
    const ledger: LedgerInput = {
      invoices: [
        invoice('old', '2012-11-01', '2012-11-30', '1000', { amountDue: '250' }),
        invoice('new', '2013-01-10', '2013-01-21', '250'),
      ],
      payments: [
        {
          id: 'p',
          customerId: 'C1',
          currency: 'EUR',
          date: '2012-12-15',
          amount: '750',
          allocations: [{ invoiceId: 'old', amount: '750' }],
        },
      ],
    };
    expect(weightedDaysLate(ledger, { ...january, basis: 'open' }).value).toBe(36);
  });

  it('keeps ageing open items long after the last event in the ledger', () => {
    // 400 due 2013-01-06 and never paid: on 2014-12-31 it is 724 days past due (359 + 365), the only open item.
    const ledger: LedgerInput = { invoices: [invoice('b', '2013-01-02', '2013-01-06', '400')] };
    expect(weightedDaysLate(ledger, { from: '2014-12-01', to: '2014-12-31', basis: 'open' }).value).toBe(724);
  });

  it('is null when nothing is open', () => {
    const result = weightedDaysLate({ invoices: [] }, { ...january, basis: 'open' });
    expect(result.value).toBeNull();
    expect(result.explanation).toBe(
      'Weighted days late (open basis) is undefined: no receivables at the end of 2013-01-31',
    );
  });

  it('names a bad basis', () => {
    expect(() => weightedDaysLate({ invoices: [] }, { ...january, basis: 'due' as never })).toThrow(
      'options.basis: expected one of "paid", "open", got "due"',
    );
  });
});
