import type { InvoiceInput, LedgerInput } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { datedInvoice as invoice } from '../_test/ledger-builders';
import { percentCurrent } from './percent-current';

const january = { from: '2013-01-01', to: '2013-01-31' };

describe('percentCurrent', () => {
  it.each([
    // [case, invoices, expected %] — by hand, current / open × 100.
    [
      '600 current of 1,000 open',
      [invoice('a', '2013-01-05', '2013-02-04', '600'), invoice('b', '2013-01-02', '2013-01-16', '400')],
      60,
    ],
    [
      'due on the last day counts as current',
      [invoice('a', '2013-01-05', '2013-01-31', '600'), invoice('b', '2013-01-02', '2013-01-30', '400')],
      60,
    ],
    ['all current', [invoice('a', '2013-01-05', '2013-02-04', '600')], 100],
    ['none current', [invoice('b', '2013-01-02', '2013-01-16', '400')], 0],
    [
      'one third current',
      [invoice('a', '2013-01-05', '2013-02-04', '1'), invoice('b', '2013-01-02', '2013-01-16', '2')],
      33.33,
    ],
  ] as [string, InvoiceInput[], number][])('%s', (_name, invoices, value) => {
    expect(percentCurrent({ invoices }, january).value).toBe(value);
  });

  it('measures the open part of a partly paid invoice', () => {
    // Current invoice 1,000 with 400 paid: 600 current of 600 + 400 past due = 60%.
    const ledger: LedgerInput = {
      invoices: [
        invoice('a', '2013-01-05', '2013-02-04', '1000', { amountDue: '600' }),
        invoice('b', '2013-01-02', '2013-01-16', '400'),
      ],
      payments: [
        {
          id: 'p',
          customerId: 'C1',
          currency: 'EUR',
          date: '2013-01-10',
          amount: '400',
          allocations: [{ invoiceId: 'a', amount: '400' }],
        },
      ],
    };
    const result = percentCurrent(ledger, january);
    expect([result.currentMinor, result.receivablesMinor, result.value]).toEqual([60000, 100000, 60]);
    expect(result.explanation).toBe(
      '60.00% current = current receivables EUR 600.00 / receivables EUR 1,000.00 × 100 at the end of 2013-01-31',
    );
  });

  it('is null when nothing is open', () => {
    const result = percentCurrent(
      { invoices: [invoice('a', '2013-01-05', '2013-02-04', '600', { amountDue: '0', paidDate: '2013-01-06' })] },
      january,
    );
    expect(result.value).toBeNull();
    expect(result.explanation).toBe('Percent current is undefined: no receivables at the end of 2013-01-31');
  });
});
