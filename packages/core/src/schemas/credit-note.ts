import { z } from 'zod';
import { allocatedDocumentFields, parseAllocatedAmounts } from './allocated-document';
import { moneyInputSchema } from './primitives';

/**
 * Schema of a {@link CreditNote}: a credit issued on `date` for `total`, applied to invoices by its
 * allocations; the rest is an open credit.
 *
 * @category Schemas
 * @example
 * ```ts
 * creditNoteSchema.parse({ id: 'cn1', customerId: 'C1', currency: 'EUR', date: '2026-02-03', total: '20' }).total;
 * //=> { currency: 'EUR', minor: 2000 }
 * ```
 */
export const creditNoteSchema = z
  .object({
    ...allocatedDocumentFields,
    /** The credit, in major units (`'20.00'`), more than zero. Required. Parsed, it is exact money in minor units. */
    total: moneyInputSchema,
  })
  .transform((note, context) => {
    const parsed = parseAllocatedAmounts(note, note.total, 'total', context);
    return parsed === undefined
      ? z.NEVER
      : {
          ...note,
          /** The credit, exact money in minor units, more than zero. */
          total: parsed.amount,
          /** The parts applied to invoices, exact money; together not more than `total`. */
          allocations: parsed.allocations,
        };
  });

/**
 * A credit note with exact amounts.
 *
 * @category Domain
 * @example
 * ```ts
 * const note: CreditNote = creditNoteSchema.parse({ id: 'cn1', customerId: 'C1', currency: 'EUR', date: '2026-02-03', total: '20' });
 * ```
 */
export type CreditNote = z.output<typeof creditNoteSchema>;

/**
 * A credit note as hosts supply it (amounts in major units).
 *
 * @category Domain
 * @example
 * ```ts
 * const input: CreditNoteInput = { id: 'cn1', customerId: 'C1', currency: 'EUR', date: '2026-02-03', total: '20', allocations: [] };
 * ```
 */
export type CreditNoteInput = z.input<typeof creditNoteSchema>;
