import type { Invoice } from '@overdue/core';
import { moneyToDecimalString } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { toInvoiceInput } from './invoice-input';

describe('toInvoiceInput', () => {
  it.each([
    ['GBP', 123456],
    ['GBP', 5],
    ['GBP', 0],
    ['JPY', 1200],
    ['KWD', 1234567],
  ])('writes %s %i as core writes it', (currency, minor) => {
    const money = { currency, minor };
    const invoice = {
      id: 'i',
      customerId: 'c',
      number: 'n',
      currency,
      issueDate: '2026-01-01',
      dueDate: '2026-01-31',
      total: money,
      amountDue: money,
      status: 'open',
    } as Invoice;
    expect(toInvoiceInput(invoice).total).toBe(moneyToDecimalString(money));
  });
});
