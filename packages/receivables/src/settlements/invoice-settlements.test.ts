import { civilDateToDayNumber } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { prepareLedger } from '../prepare-ledger';
import { invoiceSettlements } from './invoice-settlements';

const day = civilDateToDayNumber;

describe('invoiceSettlements', () => {
  const ledger = {
    invoices: [
      {
        id: 'a',
        customerId: 'C1',
        number: '1',
        currency: 'EUR',
        issueDate: '2026-01-01',
        dueDate: '2026-01-31',
        total: '100',
        amountDue: '0',
        delivery: 'electronic' as const,
      },
      {
        id: 'b',
        customerId: 'C1',
        number: '2',
        currency: 'EUR',
        issueDate: '2026-01-05',
        dueDate: '2026-02-04',
        total: '50',
        amountDue: '50',
        delivery: 'paper' as const,
      },
      {
        id: 'c',
        customerId: 'C2',
        number: '3',
        currency: 'EUR',
        issueDate: '2026-01-05',
        dueDate: '2026-02-04',
        total: '70',
        amountDue: '0',
        status: 'written-off' as const,
        paidDate: '2026-06-01',
      },
      {
        id: 'd',
        customerId: 'C2',
        number: '4',
        currency: 'EUR',
        issueDate: '2026-01-05',
        dueDate: '2026-02-04',
        total: '70',
        amountDue: '70',
        status: 'void' as const,
      },
    ],
    payments: [
      {
        id: 'p1',
        customerId: 'C1',
        currency: 'EUR',
        amount: '60',
        date: '2026-02-01',
        allocations: [{ invoiceId: 'a', amount: '60' }],
      },
      {
        id: 'p2',
        customerId: 'C1',
        currency: 'EUR',
        amount: '40',
        date: '2026-02-10',
        allocations: [{ invoiceId: 'a', amount: '40' }],
      },
    ],
  };

  it('gives the day the last allocation settled an invoice, Infinity while open', () => {
    const settlements = invoiceSettlements(ledger);
    expect(settlements.invoiceIds).toEqual(['a', 'b', 'c', 'd']);
    expect(settlements.settledDay[0]).toBe(day('2026-02-10'));
    expect(settlements.settledDay[1]).toBe(Number.POSITIVE_INFINITY);
    expect(settlements.issueDay[1]).toBe(day('2026-01-05'));
    expect(settlements.dueDay[1]).toBe(day('2026-02-04'));
    expect([...settlements.totalMinor]).toEqual([10000, 5000, 7000, 0]);
  });

  it('marks write-offs and reads the delivery channel', () => {
    const settlements = invoiceSettlements(prepareLedger(ledger));
    expect([...settlements.writtenOff]).toEqual([0, 0, 1, 0]);
    expect(settlements.settledDay[2]).toBe(day('2026-06-01'));
    expect([...settlements.delivery]).toEqual([1, 2, 0, 0]);
  });

  it('reads the dispute flag, and says how it read a settlement with no date', () => {
    const undated = {
      invoices: [
        { ...ledger.invoices[0], disputed: true },
        { ...ledger.invoices[1], id: 'e', amountDue: '0' }, // settled, but with no payment, credit or paid date
      ],
      payments: [ledger.payments[0], ledger.payments[1]],
    };
    const settlements = invoiceSettlements(undated as never);
    expect([...settlements.disputed]).toEqual([1, 0]);
    expect(settlements.settledDay[1]).toBe(day('2026-01-05'));
    expect(settlements.warnings).toEqual([
      expect.objectContaining({ code: 'settlement-date-unknown', invoiceId: 'e' }),
    ]);
    expect(invoiceSettlements(ledger).warnings).toEqual([]);
  });

  it('rejects a bad delivery with its path', () => {
    const bad = { invoices: [{ ...ledger.invoices[0], delivery: 'fax' }] };
    expect(() => invoiceSettlements(bad as never)).toThrow(/invoices\[0\]\.delivery/);
  });
});
