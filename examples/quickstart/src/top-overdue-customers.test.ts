import { ageReceivables } from '@overdue/receivables';
import { describe, expect, it } from 'vitest';
import { topOverdueCustomers } from './top-overdue-customers';

const invoice = (id: string, customerId: string, currency: string, dueDate: string, total: string) => ({
  id,
  customerId,
  number: id,
  currency,
  issueDate: '2025-10-01',
  dueDate,
  total,
  amountDue: total,
});

describe('topOverdueCustomers', () => {
  const aging = ageReceivables(
    {
      invoices: [
        invoice('i1', 'EU1', 'EUR', '2025-11-30', '1000.00'), // overdue EUR 1,000
        invoice('i2', 'UK1', 'GBP', '2025-11-30', '900.00'), // overdue GBP 900 = EUR 1,053 at 1.17
        invoice('i3', 'EU2', 'EUR', '2026-01-31', '5000.00'), // not yet due
        invoice('i4', 'EU3', 'EUR', '2025-12-15', '950.00'),
      ],
    },
    { asOf: '2025-12-31' },
  );
  const names = new Map([
    ['EU1', 'Euro One'],
    ['UK1', 'British One'],
  ]);

  it('ranks customers in several currencies by their overdue amount converted with the rates', () => {
    const top = topOverdueCustomers(aging, { names, rates: { base: 'EUR', rates: { GBP: '1.17' } } });
    expect(top.map((customer) => [customer.customerId, customer.name, customer.overdueMinor])).toEqual([
      ['UK1', 'British One', 90000],
      ['EU1', 'Euro One', 100000],
      ['EU3', 'EU3', 95000],
    ]);
  });

  it('leaves out customers with nothing past due and keeps at most limit rows', () => {
    const top = topOverdueCustomers(aging, { names, limit: 2 });
    expect(top.map((customer) => customer.customerId)).toEqual(['EU1', 'EU3']);
  });
});
