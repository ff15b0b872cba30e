import type { CreditNoteInput } from '../schemas/credit-note';
import type { CustomerInput } from '../schemas/customer';
import type { Invoice, InvoiceInput } from '../schemas/invoice';
import type { PaymentInput } from '../schemas/payment';

/**
 * Options of every list method of a {@link LedgerSourceV1}.
 *
 * @category Adapters
 * @example
 * ```ts
 * const options: ListOptions = { modifiedSince: new Date('2026-01-01T00:00:00Z') };
 * ```
 */
export interface ListOptions {
  /** Only records changed at or after this instant. Default: all records. */
  modifiedSince?: Date;
  /** Aborts the listing. */
  signal?: AbortSignal;
}

/**
 * The contract of a source of receivables (an accounting system, a billing platform). Version 1. Lists
 * are async iterables that paginate internally; records are returned as inputs (amounts in major units)
 * and validated by the code that reads them.
 *
 * @category Adapters
 * @example
 * ```ts
 * const source: LedgerSourceV1 = {
 *   specificationVersion: 'v1',
 *   provider: 'memory',
 *   async *listCustomers() {},
 *   async *listInvoices() {},
 *   async *listPayments() {},
 * };
 * ```
 */
export interface LedgerSourceV1 {
  /** Always `'v1'`; a later contract will sit beside this one. */
  readonly specificationVersion: 'v1';
  /** The provider's name, such as `xero` or `stripe`. */
  readonly provider: string;
  /** All customers. */
  listCustomers(options?: ListOptions): AsyncIterable<CustomerInput>;
  /** All invoices. */
  listInvoices(options?: ListOptions): AsyncIterable<InvoiceInput>;
  /** All payments with their allocations. */
  listPayments(options?: ListOptions): AsyncIterable<PaymentInput>;
  /** All credit notes, when the provider has them. */
  listCreditNotes?(options?: ListOptions): AsyncIterable<CreditNoteInput>;
  /** A URL where the customer can pay the invoice, when the provider offers one. */
  paymentLink?(invoice: Invoice): Promise<string | undefined>;
  /** Adds a note to the invoice in the provider (a history entry), when supported. */
  recordNote?(invoiceId: string, text: string): Promise<void>;
}
