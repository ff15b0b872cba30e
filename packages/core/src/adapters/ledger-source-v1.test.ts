import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CreditNoteInput } from '../schemas/credit-note';
import type { CustomerInput } from '../schemas/customer';
import type { Invoice, InvoiceInput } from '../schemas/invoice';
import { ledgerSchema } from '../schemas/ledger';
import type { PaymentInput } from '../schemas/payment';
import { parseInput } from '../validation/parse-input';
import type { LedgerSourceV1, ListOptions } from './ledger-source-v1';

const invoice: InvoiceInput = {
  id: 'i1',
  customerId: 'C1',
  number: 'INV-1',
  currency: 'EUR',
  issueDate: '2026-01-01',
  dueDate: '2026-01-31',
  total: '120.00',
  amountDue: '120.00',
};

/** A minimal in-memory source: the smallest thing that satisfies the contract. */
function memorySource(): LedgerSourceV1 & { seen: (ListOptions | undefined)[] } {
  const seen: (ListOptions | undefined)[] = [];
  return {
    specificationVersion: 'v1',
    provider: 'memory',
    seen,
    async *listCustomers(options) {
      seen.push(options);
      yield { id: 'C1', name: 'Acme', currency: 'EUR' };
    },
    async *listInvoices(options) {
      seen.push(options);
      yield invoice;
    },
    async *listPayments(options) {
      seen.push(options);
      yield {
        id: 'p1',
        customerId: 'C1',
        currency: 'EUR',
        date: '2026-01-20',
        amount: '20',
        allocations: [{ invoiceId: 'i1', amount: '20' }],
      };
    },
  };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe('LedgerSourceV1', () => {
  it('types its records as schema inputs and its optional capabilities as optional', () => {
    expectTypeOf<ReturnType<LedgerSourceV1['listCustomers']>>().toEqualTypeOf<AsyncIterable<CustomerInput>>();
    expectTypeOf<ReturnType<LedgerSourceV1['listInvoices']>>().toEqualTypeOf<AsyncIterable<InvoiceInput>>();
    expectTypeOf<ReturnType<LedgerSourceV1['listPayments']>>().toEqualTypeOf<AsyncIterable<PaymentInput>>();
    expectTypeOf<ReturnType<NonNullable<LedgerSourceV1['listCreditNotes']>>>().toEqualTypeOf<
      AsyncIterable<CreditNoteInput>
    >();
    expectTypeOf<Parameters<NonNullable<LedgerSourceV1['paymentLink']>>[0]>().toEqualTypeOf<Invoice>();
    expectTypeOf<LedgerSourceV1['specificationVersion']>().toEqualTypeOf<'v1'>();
  });

  it('lets a source without the optional capabilities feed the ledger schema', async () => {
    const source = memorySource();
    const signal = new AbortController().signal;
    const options: ListOptions = { modifiedSince: new Date(Date.UTC(2026, 0, 1)), signal };
    const ledger = parseInput(ledgerSchema, {
      customers: await collect(source.listCustomers(options)),
      invoices: await collect(source.listInvoices(options)),
      payments: await collect(source.listPayments(options)),
    });
    expect(source.listCreditNotes).toBeUndefined();
    expect(ledger.invoices[0]?.total).toEqual({ currency: 'EUR', minor: 12000 });
    expect(ledger.payments[0]?.allocations).toEqual([{ invoiceId: 'i1', amount: { currency: 'EUR', minor: 2000 } }]);
    expect(source.seen).toEqual([options, options, options]);
  });
});
