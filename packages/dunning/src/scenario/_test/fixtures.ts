import type { CollectionsEvent, Contact, Customer, Invoice } from '@overdue/core';
import type { CustomerSnapshot } from '../evaluate/evaluation-types';
import type { ScenarioInput } from '../scenario-schema';

/** An email contact with unknown consent. */
export const emailContact: Contact = { id: 'c1', email: 'ap@acme.test', consent: {} };
/** A phone contact with unknown consent. */
export const phoneContact: Contact = { id: 'c2', phone: '+447700900123', consent: {} };

export function customer(overrides: Partial<Customer> = {}): Customer {
  return { id: 'C1', name: 'Acme', contacts: [emailContact, phoneContact], ...overrides };
}

let counter = 0;
/** An open invoice of C1 in EUR; amounts in minor units. */
export function invoice(dueDate: string, minor = 10_000, overrides: Partial<Invoice> = {}): Invoice {
  counter++;
  const currency = overrides.currency ?? 'EUR';
  return {
    id: `i${counter}`,
    customerId: 'C1',
    number: `INV-${counter}`,
    currency,
    issueDate: '2026-01-01',
    dueDate,
    total: { currency, minor },
    amountDue: { currency, minor },
    status: 'open',
    ...overrides,
  };
}

export function snapshot(invoices: Invoice[], overrides: Partial<CustomerSnapshot> = {}): CustomerSnapshot {
  return { customer: customer(), invoices, ...overrides };
}

export function at(date: string, time = '10:00:00'): Date {
  return new Date(`${date}T${time}Z`);
}

export function event(
  type: CollectionsEvent['type'],
  date: string,
  fields: Record<string, unknown> = {},
): CollectionsEvent {
  return { type, at: at(date), customerId: 'C1', ...fields } as CollectionsEvent;
}

/** A one-action message step. */
export function messageStep(
  id: string,
  offsetDays: number,
  extra: Partial<ScenarioInput['steps'][number]> = {},
): ScenarioInput['steps'][number] {
  return {
    id,
    anchor: 'due-date',
    offsetDays,
    actions: [{ kind: 'message', channels: ['email'], tone: 'friendly', template: 'overdue' }],
    ...extra,
  };
}

export function scenarioInput(steps: ScenarioInput['steps'], extra: Partial<ScenarioInput> = {}): ScenarioInput {
  return { version: 1, id: 'test', revision: 1, steps, ...extra };
}
