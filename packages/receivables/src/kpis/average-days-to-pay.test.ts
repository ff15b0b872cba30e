import type { InvoiceInput, LedgerInput } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { datedInvoice } from '../_test/ledger-builders';
import { averageDaysToPay } from './average-days-to-pay';

function invoice(
  id: string,
  issueDate: string,
  dueDate: string,
  total: string,
  fields: Partial<InvoiceInput> = {},
): InvoiceInput {
  return datedInvoice(id, issueDate, dueDate, total, { currency: 'USD', ...fields });
}

function paid(id: string, issueDate: string, paidDate: string, total: string): InvoiceInput {
  return invoice(id, issueDate, issueDate, total, { amountDue: '0', paidDate });
}

const january = { from: '2013-01-01', to: '2013-01-31' };

describe('averageDaysToPay', () => {
  it('gives the simple and the amount-weighted mean (the Dynamics example: 7.5 and 9.55)', () => {
    // Dynamics idea portal (kpis-and-scoring.md §3): $10 paid in 5 days and $100 in 10 days.
    // Simple (5 + 10) / 2 = 7.5; weighted (10 × 5 + 100 × 10) / 110 = 1,050 / 110 = 9.5454... → 9.55.
    const ledger: LedgerInput = {
      invoices: [paid('a', '2013-01-01', '2013-01-06', '10.00'), paid('b', '2013-01-01', '2013-01-11', '100.00')],
    };
    expect(averageDaysToPay(ledger, january)).toEqual({
      value: 7.5,
      weightedValue: 9.55,
      invoiceCount: 2,
      paidTotalMinor: 11000,
      from: '2013-01-01',
      to: '2013-01-31',
      days: 31,
      currency: 'USD',
      explanation:
        'Average days to pay 7.50 days over 2 invoices fully paid from 2013-01-01 to 2013-01-31; weighted by amount (USD 110.00) 9.55 days',
    });
  });

  it('counts only invoices fully paid within the period', () => {
    const ledger: LedgerInput = {
      invoices: [
        paid('in', '2012-12-20', '2013-01-09', '100'), // 20 days, counts (issued before the period)
        paid('before', '2012-12-01', '2012-12-31', '100'), // paid before the period
        paid('after', '2013-01-20', '2013-02-01', '100'), // paid after the period
        invoice('open', '2013-01-02', '2013-02-01', '100'), // still open
        invoice('partial', '2013-01-02', '2013-02-01', '100', { amountDue: '40' }), // partly paid in the period
        invoice('written', '2013-01-02', '2013-01-10', '100', { status: 'written-off', paidDate: '2013-01-25' }), // written off
        invoice('void', '2013-01-02', '2013-01-10', '100', { status: 'void', amountDue: '0', paidDate: '2013-01-03' }),
      ],
      payments: [
        {
          id: 'p',
          customerId: 'C1',
          currency: 'USD',
          date: '2013-01-15',
          amount: '60',
          allocations: [{ invoiceId: 'partial', amount: '60' }],
        },
      ],
    };
    const result = averageDaysToPay(ledger, january);
    expect([result.invoiceCount, result.value, result.weightedValue]).toEqual([1, 20, 20]);
  });

  it('dates the payment of an invoice by its last settlement', () => {
    // 100 issued 2013-01-01: 50 paid 2013-01-05, 50 paid 2013-01-21 → fully paid after 20 days.
    const ledger: LedgerInput = {
      invoices: [invoice('a', '2013-01-01', '2013-01-31', '100', { amountDue: '0' })],
      payments: [
        {
          id: 'p1',
          customerId: 'C1',
          currency: 'USD',
          date: '2013-01-05',
          amount: '50',
          allocations: [{ invoiceId: 'a', amount: '50' }],
        },
        {
          id: 'p2',
          customerId: 'C1',
          currency: 'USD',
          date: '2013-01-21',
          amount: '50',
          allocations: [{ invoiceId: 'a', amount: '50' }],
        },
      ],
    };
    expect(averageDaysToPay(ledger, january).value).toBe(20);
  });

  it('is null when no invoice was paid in the period', () => {
    const result = averageDaysToPay({ invoices: [invoice('open', '2013-01-02', '2013-02-01', '100')] }, january);
    expect([result.value, result.weightedValue, result.invoiceCount]).toEqual([null, null, 0]);
    expect(result.explanation).toBe(
      'Average days to pay is undefined: no invoice was fully paid from 2013-01-01 to 2013-01-31',
    );
  });
});
