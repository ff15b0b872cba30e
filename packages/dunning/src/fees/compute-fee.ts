import type { Money, RoundingMode } from '@overdue/core';
import { assertMoney } from '@overdue/core';
import { feeOfRule } from './_lib/fee-rule';
import { readObject, readRounding } from './_lib/read-options';

/**
 * A dunning fee charged by a step: a fixed amount, or a percentage of the balance with an optional floor
 * (`min`) and ceiling (`max`). Amounts are in the balance's currency. A scenario's `fee` action carries
 * one.
 *
 * @category Fees and interest
 * @example
 * ```ts
 * const fixed: FeeRule = { kind: 'fixed', amount: { currency: 'EUR', minor: 500 } };
 * const percent: FeeRule = {
 *   kind: 'percent', percent: 1.5, min: { currency: 'EUR', minor: 500 }, max: { currency: 'EUR', minor: 5000 },
 * };
 * ```
 */
export type FeeRule =
  | {
      /** A fixed amount. */
      kind: 'fixed';
      /** The fee, zero or more, in the balance's currency. */
      amount: Money;
    }
  | {
      /** A percentage of the balance. */
      kind: 'percent';
      /** The percentage, above 0 and at most 100, as a number (`1.5`) or a decimal string (`'1.5'`). */
      percent: number | string;
      /** The smallest fee, in the balance's currency. Default: no floor. */
      min?: Money;
      /** The largest fee, in the balance's currency, not below `min`. Default: no ceiling. */
      max?: Money;
    };

/**
 * Options of {@link computeFee}.
 *
 * @category Fees and interest
 * @example
 * ```ts
 * const options: ComputeFeeOptions = { rounding: 'half-even' };
 * ```
 */
export interface ComputeFeeOptions {
  /** How a percentage fee is rounded to the minor unit (before the caps). Default `half-up`. */
  rounding?: RoundingMode;
}

/**
 * The fee a rule charges on a balance.
 *
 * @category Fees and interest
 * @example
 * ```ts
 * const fee: ComputedFee = computeFee({ kind: 'fixed', amount: { currency: 'EUR', minor: 500 } }, balance);
 * ```
 */
export interface ComputedFee {
  /** The fee, in the balance's currency; zero when nothing is owed. */
  amount: Money;
  /** `min` or `max` when a cap changed the percentage fee, else `undefined`. */
  limit: 'min' | 'max' | undefined;
  /** The fee in one sentence. */
  explanation: string;
}

/**
 * Computes the fee a dunning step charges on a balance. A `fixed` rule charges its amount; a `percent`
 * rule charges `balance * percent / 100`, rounded once, then raised to `min` or lowered to `max`. Nothing
 * is charged on a balance of zero or less.
 *
 * The function is pure and says nothing about whether the fee was already charged: a fee belongs to a
 * step occurrence, and the host charges it once under that occurrence's idempotency key (see
 * {@link feesToCharge}), never again on a later evaluation.
 *
 * @param rule - The fee rule.
 * @param balance - The balance the fee is computed on.
 * @param options - Rounding.
 * @returns The fee, the cap that applied, and an explanation.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the field: `rule.kind`,
 * `rule.percent`, `rule.min.currency` (an amount in another currency than the balance: nothing is
 * converted), `rule.max` (below `min`)..., or a field the rule, an amount or the options do not have
 * (`rule.maxx: unknown field; did you mean "max"?`, `options.roundin`).
 * @category Fees and interest
 * @example
 * ```ts
 * computeFee(
 *   { kind: 'percent', percent: 1.5, min: { currency: 'EUR', minor: 500 } },
 *   { currency: 'EUR', minor: 20_000 },
 * );
 * //=> { amount: { currency: 'EUR', minor: 500 }, limit: 'min',
 * //     explanation: '1.50% of €200.00 is €3.00, raised to the minimum of €5.00.' }
 * ```
 */
export function computeFee(rule: FeeRule, balance: Money, options: ComputeFeeOptions = {}): ComputedFee {
  assertMoney(balance, 'balance');
  const rounding = readRounding(readObject(options, 'options', OPTION_FIELDS).rounding, 'options.rounding', 'half-up');
  return feeOfRule(rule, balance, rounding, 'rule');
}

/** The fields of {@link ComputeFeeOptions}; `satisfies` keeps the list in step with the type. */
const OPTION_FIELDS = Object.keys({ rounding: true } satisfies Record<keyof ComputeFeeOptions, true>);
