import { z } from 'zod';
import { creditNoteSchema } from './credit-note';
import { customerSchema } from './customer';
import { invoiceSchema } from './invoice';
import { paymentSchema } from './payment';

/**
 * Schema of a {@link Ledger}: what a ledger source returns. Only `invoices` is required.
 *
 * @category Schemas
 * @example
 * ```ts
 * ledgerSchema.parse({ invoices: [] }).payments;
 * //=> []
 * ```
 */
export const ledgerSchema = z.object({
  /** The customers. Optional; default `[]`. */
  customers: z.array(customerSchema).default([]),
  /** The invoices. Required (it may be empty). */
  invoices: z.array(invoiceSchema),
  /** The payments, with their allocations. Optional; default `[]`. */
  payments: z.array(paymentSchema).default([]),
  /** The credit notes, with their allocations. Optional; default `[]`. */
  creditNotes: z.array(creditNoteSchema).default([]),
});

/**
 * Customers, invoices, payments and credit notes, with exact amounts.
 *
 * @category Domain
 * @example
 * ```ts
 * const ledger: Ledger = ledgerSchema.parse({ invoices: [] });
 * ```
 */
export type Ledger = z.output<typeof ledgerSchema>;

/**
 * A ledger as hosts supply it (amounts in major units).
 *
 * @category Domain
 * @example
 * ```ts
 * const input: LedgerInput = { invoices: [], payments: [] };
 * ```
 */
export type LedgerInput = z.input<typeof ledgerSchema>;
