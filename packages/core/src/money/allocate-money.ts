import type Decimal from 'decimal.js';
import { ExactDecimal } from '../_lib/decimal';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { describeReceived } from '../validation/parse-input';
import { assertMoney } from './assert-money';
import type { Money } from './money';

/**
 * Splits an amount into parts proportional to the given ratios, so that the parts always add back to
 * the original to the minor unit. Each part is first rounded toward zero; the minor units left over go
 * one each to the parts with the largest remainders (ties to the earlier part), so the split is
 * deterministic.
 *
 * @param money - The amount to split (may be negative).
 * @param ratios - Non-negative weights, at least one positive: `[1, 1, 1]` for three equal parts.
 * @returns One amount per ratio, summing exactly to `money`.
 * @throws {@link InvalidArgumentError} when the ratios are empty, negative, not finite or all zero.
 * @category Money
 * @example
 * ```ts
 * allocateMoney({ currency: 'EUR', minor: 1000 }, [1, 1, 1]).map((part) => part.minor);
 * //=> [334, 333, 333]
 * ```
 */
export function allocateMoney(money: Money, ratios: readonly (number | string | Decimal)[]): Money[] {
  assertMoney(money);
  if (!Array.isArray(ratios)) throw new InvalidArgumentError('expected an array of ratios', 'ratios');
  if (ratios.length === 0) throw new InvalidArgumentError('expected at least one ratio', 'ratios');
  const weights = ratios.map((ratio, index) => {
    let weight: Decimal;
    try {
      weight = new ExactDecimal(ratio);
    } catch (cause) {
      throw new InvalidArgumentError(`expected a number, got ${describeReceived(ratio)}`, `ratios[${index}]`, cause);
    }
    // lessThan, not isNegative: decimal.js keeps the sign of -0, which is a valid zero ratio.
    if (!weight.isFinite() || weight.lessThan(0)) {
      throw new InvalidArgumentError(
        `expected a non-negative finite ratio, got ${describeReceived(ratio)}`,
        `ratios[${index}]`,
      );
    }
    return weight;
  });
  const total = weights.reduce((sum, weight) => sum.plus(weight), new ExactDecimal(0));
  if (total.isZero()) throw new InvalidArgumentError('at least one ratio must be positive', 'ratios');
  const sign = money.minor < 0 ? -1 : 1;
  const amount = Math.abs(money.minor);
  const exact = weights.map((weight) => weight.times(amount).dividedBy(total));
  const parts = exact.map((share) => share.floor().toNumber());
  let leftover = amount - parts.reduce((sum, part) => sum + part, 0);
  const order = exact
    .map((share, index) => ({ index, remainder: share.minus(share.floor()) }))
    .sort((x, y) => y.remainder.comparedTo(x.remainder) || x.index - y.index);
  for (const { index } of order) {
    if (leftover === 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    leftover -= 1;
  }
  return parts.map((part) => ({ currency: money.currency, minor: sign * part + 0 }));
}
