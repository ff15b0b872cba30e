import { invoiceSchema, moneyToDecimalString, parseInput } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { catchOverdueError, errorPathOf as pathOf } from '../fees/_test/catch-overdue-error';
import { planInstallmentsAsInvoices } from './plan-installments-as-invoices';
import { proposePaymentPlan } from './propose-payment-plan';

const plan = proposePaymentPlan(
  { currency: 'EUR', minor: 100_000 },
  { installments: 3, frequency: 'monthly', firstDate: '2026-02-28' },
);

describe('planInstallmentsAsInvoices', () => {
  it('makes one open invoice per installment that the invoice schema accepts', () => {
    const invoices = planInstallmentsAsInvoices(plan, {
      invoiceId: 'i1',
      customerId: 'C1',
      issueDate: '2026-02-01',
      number: 'INV-1',
    });
    expect(invoices.map((invoice) => [invoice.id, invoice.number, invoice.dueDate, invoice.amountDue])).toEqual([
      ['i1/plan-1', 'INV-1-1/3', '2026-02-28', '333.34'],
      ['i1/plan-2', 'INV-1-2/3', '2026-03-28', '333.33'],
      ['i1/plan-3', 'INV-1-3/3', '2026-04-28', '333.33'],
    ]);
    const parsed = invoices.map((invoice) => parseInput(invoiceSchema, invoice));
    expect(parsed.reduce((sum, invoice) => sum + invoice.amountDue.minor, 0)).toBe(100_000);
    expect(parsed.every((invoice) => invoice.status === 'open' && invoice.tags?.includes('payment-plan'))).toBe(true);
  });

  it('fits the installments field of an invoice whose total the plan covers', () => {
    const invoice = parseInput(invoiceSchema, {
      id: 'i1',
      customerId: 'C1',
      number: 'INV-1',
      currency: 'EUR',
      issueDate: '2026-01-31',
      dueDate: '2026-02-28',
      total: '1000.00',
      amountDue: '1000.00',
      installments: plan.installments.map(({ dueDate, amount }) => ({ dueDate, amount: moneyToDecimalString(amount) })),
    });
    expect(invoice.installments?.map((installment) => installment.amount.minor)).toEqual([33_334, 33_333, 33_333]);
  });

  it('names the option in errors', () => {
    expect(
      pathOf(() => planInstallmentsAsInvoices(plan, { invoiceId: 'i1', customerId: 'C1', issueDate: '2026-03-01' })),
    ).toBe('options.issueDate');
    expect(
      pathOf(() => planInstallmentsAsInvoices(plan, { invoiceId: '', customerId: 'C1', issueDate: '2026-01-01' })),
    ).toBe('options.invoiceId');
    expect(
      pathOf(() =>
        planInstallmentsAsInvoices(
          { ...plan, installments: [] },
          { invoiceId: 'i1', customerId: 'C1', issueDate: '2026-01-01' },
        ),
      ),
    ).toBe('plan.installments');
  });

  it('rejects a misspelt option, naming it', () => {
    const error = catchOverdueError(() =>
      planInstallmentsAsInvoices(plan, {
        invoiceId: 'i1',
        customerId: 'C1',
        issueDate: '2026-02-01',
        numbr: 'INV-1',
      } as never),
    );
    expect(error.path).toBe('options.numbr');
    expect(error.message).toBe('options.numbr: unknown field; did you mean "number"?');
    const far = catchOverdueError(() =>
      planInstallmentsAsInvoices(plan, {
        invoiceId: 'i1',
        customerId: 'C1',
        issueDate: '2026-02-01',
        tags: [],
      } as never),
    );
    expect(far.message).toBe('options.tags: unknown field; expected one of invoiceId, customerId, issueDate, number');
  });
});
