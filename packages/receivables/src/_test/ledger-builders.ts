// Builders of ledger rows for the tests: small defaults (customer C1, EUR, 100.00, January 2026) that
// each test overrides field by field.
import type { CreditNoteInput, InvoiceInput, PaymentInput } from '@overdue/core';

/** An invoice issued 2026-01-01, due 2026-01-31, for 100.00 EUR still due. */
export function invoice(id: string, fields: Partial<InvoiceInput> = {}): InvoiceInput {
  return {
    id,
    customerId: 'C1',
    number: id,
    currency: 'EUR',
    issueDate: '2026-01-01',
    dueDate: '2026-01-31',
    total: '100.00',
    amountDue: '100.00',
    ...fields,
  };
}

/** A payment in EUR of customer C1, allocated as `[invoiceId, amount]` pairs. */
export function payment(
  id: string,
  date: string,
  amount: string,
  allocations: [string, string][] = [],
  fields: Partial<PaymentInput> = {},
): PaymentInput {
  return {
    id,
    customerId: 'C1',
    currency: 'EUR',
    date,
    amount,
    allocations: allocations.map(([invoiceId, allocated]) => ({ invoiceId, amount: allocated })),
    ...fields,
  };
}

/** A credit note in EUR of customer C1, allocated as `[invoiceId, amount]` pairs. */
export function creditNote(
  id: string,
  date: string,
  total: string,
  allocations: [string, string][] = [],
  fields: Partial<CreditNoteInput> = {},
): CreditNoteInput {
  return {
    id,
    customerId: 'C1',
    currency: 'EUR',
    date,
    total,
    allocations: allocations.map(([invoiceId, allocated]) => ({ invoiceId, amount: allocated })),
    ...fields,
  };
}

/** The error `action` throws; fails the test when it throws nothing. */
export function thrownBy(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

/** An invoice of customer C1 in EUR with the given dates and total, all of it still due. */
export function datedInvoice(
  id: string,
  issueDate: string,
  dueDate: string,
  total: string,
  fields: Partial<InvoiceInput> = {},
): InvoiceInput {
  return invoice(id, { issueDate, dueDate, total, amountDue: total, ...fields });
}
