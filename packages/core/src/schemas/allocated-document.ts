import { z } from 'zod';
import type { Money, MoneyInput } from '../money/money';
import { toMoneyField } from './money-field';
import { civilDateSchema, currencySchema, idSchema, moneyInputSchema } from './primitives';

const allocationInputSchema = z.object({
  /** The id of the invoice the amount settles. Required, non-empty. */
  invoiceId: idSchema,
  /** The amount applied, in major units of the document's currency (`'60.00'`), more than zero. Required. */
  amount: moneyInputSchema,
});

/**
 * An allocation of cash or credit to one invoice.
 *
 * @category Domain
 * @example
 * ```ts
 * const allocation: Allocation = { invoiceId: 'i1', amount: { currency: 'EUR', minor: 6000 } };
 * ```
 */
export interface Allocation {
  /** The invoice the amount settles. */
  invoiceId: string;
  /** The amount applied, in the document's currency. */
  amount: Money;
}

/** Fields shared by payments and credit notes. */
export const allocatedDocumentFields = {
  /** Its id in the source. Required, non-empty. */
  id: idSchema,
  /** The id of the customer who paid or was credited. Required, non-empty. */
  customerId: idSchema,
  /** ISO 4217 code of its amount and of every allocation, such as `EUR`. Required. */
  currency: currencySchema,
  /**
   * The day the payment was received or the credit note issued, civil date `YYYY-MM-DD`. Required. Each
   * allocation reduces its invoice from this day, or from the invoice's issue date when that is later.
   */
  date: civilDateSchema,
  /**
   * The parts applied to invoices, together not more than the document's amount; the rest is unapplied.
   * Optional; default `[]` (all of it unapplied).
   */
  allocations: z.array(allocationInputSchema).default([]),
  /** The source's reference, such as a bank transfer reference or a credit-note number. Optional. */
  reference: z.string().optional(),
};

/**
 * Converts a document's amount and allocations to exact money inside a zod transform: the amount must be
 * positive, each allocation positive, and the allocations not more than the amount.
 */
export function parseAllocatedAmounts(
  document: { currency: string; allocations: { invoiceId: string; amount: MoneyInput }[] },
  amountInput: MoneyInput,
  amountKey: string,
  context: z.core.$RefinementCtx,
): { amount: Money; allocations: Allocation[] } | undefined {
  const amount = toMoneyField(amountInput, document.currency, [amountKey], context, { positive: true });
  const allocations: Allocation[] = [];
  let allocated = 0;
  for (const [index, allocation] of document.allocations.entries()) {
    const applied = toMoneyField(allocation.amount, document.currency, ['allocations', index, 'amount'], context, {
      positive: true,
    });
    if (applied === undefined) continue;
    allocated += applied.minor;
    allocations.push({ invoiceId: allocation.invoiceId, amount: applied });
  }
  if (amount === undefined || allocations.length !== document.allocations.length) return undefined;
  if (allocated > amount.minor) {
    context.addIssue({
      code: 'custom',
      message: `allocations add up to ${allocated} minor units, more than the ${amount.minor} available`,
      path: ['allocations'],
      input: document.allocations,
    });
    return undefined;
  }
  return { amount, allocations };
}
