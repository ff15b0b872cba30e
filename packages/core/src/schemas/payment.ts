import { z } from 'zod';
import { allocatedDocumentFields, parseAllocatedAmounts } from './allocated-document';
import { moneyInputSchema } from './primitives';

/**
 * Schema of a {@link Payment}: cash received on `date`, applied to invoices by its allocations. Whatever
 * the allocations do not cover is unapplied cash.
 *
 * @category Schemas
 * @example
 * ```ts
 * paymentSchema.parse({
 *   id: 'p1', customerId: 'C1', currency: 'EUR', date: '2026-02-03', amount: '100',
 *   allocations: [{ invoiceId: 'i1', amount: '60' }],
 * }).allocations[0].amount;
 * //=> { currency: 'EUR', minor: 6000 }
 * ```
 */
export const paymentSchema = z
  .object({
    ...allocatedDocumentFields,
    /**
     * The cash received, in major units (`'100.00'`), more than zero. Required. Parsed, it is exact money in
     * minor units.
     */
    amount: moneyInputSchema,
  })
  .transform((payment, context) => {
    const parsed = parseAllocatedAmounts(payment, payment.amount, 'amount', context);
    return parsed === undefined
      ? z.NEVER
      : {
          ...payment,
          /** The cash received, exact money in minor units, more than zero. */
          amount: parsed.amount,
          /** The parts applied to invoices, exact money; together not more than `amount`. */
          allocations: parsed.allocations,
        };
  });

/**
 * A payment with exact amounts.
 *
 * @category Domain
 * @example
 * ```ts
 * const payment: Payment = paymentSchema.parse({ id: 'p1', customerId: 'C1', currency: 'EUR', date: '2026-02-03', amount: '100' });
 * ```
 */
export type Payment = z.output<typeof paymentSchema>;

/**
 * A payment as hosts supply it (amounts in major units).
 *
 * @category Domain
 * @example
 * ```ts
 * const input: PaymentInput = { id: 'p1', customerId: 'C1', currency: 'EUR', date: '2026-02-03', amount: '100', allocations: [] };
 * ```
 */
export type PaymentInput = z.input<typeof paymentSchema>;
