import { z } from 'zod';
import type { Money, MoneyInput } from '../money/money';
import { toMoneyField } from './money-field';
import { civilDateSchema, currencySchema, idSchema, moneyInputSchema } from './primitives';

const allocationInputSchema = z.object({ invoiceId: idSchema, amount: moneyInputSchema });

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
  id: idSchema,
  customerId: idSchema,
  currency: currencySchema,
  date: civilDateSchema,
  allocations: z.array(allocationInputSchema).default([]),
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
    const applied = toMoneyField(allocation.amount, document.currency, ['allocations', index, 'amount'], context, { positive: true });
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
