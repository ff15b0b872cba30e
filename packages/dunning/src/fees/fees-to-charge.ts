import { describeReceived, InvalidArgumentError } from '@overdue/core';

/**
 * Picks the fees that still have to be charged: those whose idempotency key is not among the keys already
 * charged, each key once (the first occurrence wins). This is the rule that makes a step's fee a one-off:
 * the key names the step occurrence (customer, scenario and revision, step and its date, as the
 * evaluator's action keys do), the host stores it with the posted fee, and a later evaluation that
 * proposes the same fee again finds the key and charges nothing.
 *
 * @param fees - Proposed fees (or any actions) with a `key`.
 * @param alreadyCharged - The keys charged before, from the host's store.
 * @returns The fees to charge now, in their order.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming `fees[i].key` when a key
 * is not a non-empty string.
 * @category Fees and interest
 * @example
 * ```ts
 * feesToCharge(
 *   [{ key: 'std@1/C1/EUR/r2#0', amount: { currency: 'EUR', minor: 500 } },
 *    { key: 'std@1/C1/EUR/r3#0', amount: { currency: 'EUR', minor: 1000 } }],
 *   ['std@1/C1/EUR/r2#0'],
 * ).map((fee) => fee.key);
 * //=> ['std@1/C1/EUR/r3#0']
 * ```
 */
export function feesToCharge<
  T extends {
    /** The idempotency key of the step occurrence that proposes the fee. */
    readonly key: string;
  },
>(fees: readonly T[], alreadyCharged: Iterable<string>): T[] {
  if (!Array.isArray(fees)) throw new InvalidArgumentError(`expected an array, got ${describeReceived(fees)}`, 'fees');
  const seen = new Set(alreadyCharged);
  const result: T[] = [];
  for (const [index, fee] of fees.entries()) {
    const key = (fee as { key?: unknown } | null)?.key;
    if (typeof key !== 'string' || key === '') {
      throw new InvalidArgumentError(`expected a non-empty string, got ${describeReceived(key)}`, `fees[${index}].key`);
    }
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(fee);
  }
  return result;
}
