import type { CollectionsEventInput, CustomerInput, InvoiceInput } from '@overdue/core';
import { collectionsEventSchema, customerSchema, invoiceSchema, parseInput } from '@overdue/core';
import type { CustomerSnapshot } from '../../scenario/evaluate/evaluation-types';

/** Globex GmbH, in de-DE, with a named email contact and a named phone contact. */
export function globex(overrides: Partial<CustomerInput> = {}): CustomerSnapshot['customer'] {
  return parseInput(customerSchema, {
    id: 'C1',
    name: 'Globex GmbH',
    locale: 'de-DE',
    contacts: [
      { id: 'c1', name: 'Anna Weber', email: 'anna.weber@globex.example' },
      { id: 'c2', name: 'Jonas Klein', phone: '+4915112345678' },
    ],
    ...overrides,
  });
}

/** An open EUR invoice of C1; amounts in major units as hosts supply them. */
export function invoiceOf(
  id: string,
  number: string,
  dueDate: string,
  amount: string,
  overrides: Partial<InvoiceInput> = {},
): CustomerSnapshot['invoices'][number] {
  return parseInput(invoiceSchema, {
    id,
    customerId: 'C1',
    number,
    currency: 'EUR',
    issueDate: '2026-09-01',
    dueDate,
    total: amount,
    amountDue: amount,
    ...overrides,
  });
}

/** A parsed collections event of C1. */
export function eventOf(
  input: { type: CollectionsEventInput['type'] } & Record<string, unknown>,
): NonNullable<CustomerSnapshot['events']>[number] {
  return parseInput(collectionsEventSchema, { customerId: 'C1', ...input } as CollectionsEventInput);
}
