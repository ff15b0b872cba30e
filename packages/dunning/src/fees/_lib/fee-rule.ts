import type { Money, RoundingMode } from '@overdue/core';
import { assertKnownFields, describeReceived, InvalidArgumentError, roundMinor } from '@overdue/core';
import type { ComputedFee, FeeRule } from '../compute-fee';
import { FeeDecimal } from './fee-decimal';
import { readAmountIn, readObject, readPercent } from './read-options';
import { showMoney as show } from './show-money';

type FixedFeeRule = Extract<FeeRule, { kind: 'fixed' }>;
type PercentFeeRule = Extract<FeeRule, { kind: 'percent' }>;

/**
 * The fields of each kind of fee rule, and of either (to name a misspelt field before an unknown kind);
 * `satisfies` keeps the lists in step with {@link FeeRule}.
 */
const FIXED_FIELDS = Object.keys({ kind: true, amount: true } satisfies Record<keyof FixedFeeRule, true>);
const PERCENT_FIELDS = Object.keys({ kind: true, percent: true, min: true, max: true } satisfies Record<
  keyof PercentFeeRule,
  true
>);
const ANY_FIELDS = Object.keys({ kind: true, amount: true, percent: true, min: true, max: true } satisfies Record<
  keyof FixedFeeRule | keyof PercentFeeRule,
  true
>);

/**
 * The fee a rule charges on a checked balance, the rule read at `path` (`rule` for computeFee,
 * `options.fee` for a payment plan's set-up fee), so that errors name the caller's field.
 */
export function feeOfRule(rule: unknown, balance: Money, rounding: RoundingMode, path: string): ComputedFee {
  if (rule === undefined)
    throw new InvalidArgumentError('expected a fee rule, got nothing (the field is missing)', path);
  const input = readObject(rule, path, ANY_FIELDS);
  const currency = balance.currency;
  if (input.kind === 'fixed') {
    assertKnownFields(input, FIXED_FIELDS, path);
    const amount = readAmountIn(input.amount, currency, `${path}.amount`);
    if (balance.minor <= 0) return nothingOwed(balance);
    return { amount, limit: undefined, explanation: `Fixed fee of ${show(amount)}.` };
  }
  if (input.kind !== 'percent') {
    throw new InvalidArgumentError(
      `expected "fixed" or "percent", got ${describeReceived(input.kind)}`,
      `${path}.kind`,
    );
  }
  assertKnownFields(input, PERCENT_FIELDS, path);
  const percent = readPercent(input.percent, `${path}.percent`);
  if (percent.isZero() || percent.greaterThan(100)) {
    throw new InvalidArgumentError(
      `expected a percentage above 0 and at most 100, got ${describeReceived(input.percent)}`,
      `${path}.percent`,
    );
  }
  const min = input.min === undefined ? undefined : readAmountIn(input.min, currency, `${path}.min`);
  const max = input.max === undefined ? undefined : readAmountIn(input.max, currency, `${path}.max`);
  if (min !== undefined && max !== undefined && max.minor < min.minor) {
    throw new InvalidArgumentError(`the maximum ${show(max)} is below the minimum ${show(min)}`, `${path}.max`);
  }
  if (balance.minor <= 0) return nothingOwed(balance);
  const raw: Money = {
    currency,
    minor: roundMinor(new FeeDecimal(balance.minor).times(percent).dividedBy(100), rounding),
  };
  const base = `${percent.toFixed(Math.max(2, percent.decimalPlaces()))}% of ${show(balance)} is ${show(raw)}`;
  if (min !== undefined && raw.minor < min.minor) {
    return { amount: min, limit: 'min', explanation: `${base}, raised to the minimum of ${show(min)}.` };
  }
  if (max !== undefined && raw.minor > max.minor) {
    return { amount: max, limit: 'max', explanation: `${base}, lowered to the maximum of ${show(max)}.` };
  }
  return { amount: raw, limit: undefined, explanation: `${base}.` };
}

function nothingOwed(balance: Money): ComputedFee {
  return {
    amount: { currency: balance.currency, minor: 0 },
    limit: undefined,
    explanation: `No fee: the balance is ${show(balance)}, so nothing is owed.`,
  };
}
