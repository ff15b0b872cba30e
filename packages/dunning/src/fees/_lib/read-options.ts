import type { Money, RoundingMode } from '@overdue/core';
import {
  assertKnownFields,
  assertMoney,
  describeReceived,
  InvalidArgumentError,
  isRoundingMode,
  parseMoney,
} from '@overdue/core';
import type { FeeDecimalValue } from './fee-decimal';
import { FeeDecimal } from './fee-decimal';

/** Reads a percentage given as a decimal string or a finite number, at least `min`. */
export function readPercent(value: unknown, path: string, min = 0): FeeDecimalValue {
  let parsed: FeeDecimalValue | undefined;
  if (
    (typeof value === 'number' && Number.isFinite(value)) ||
    (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value))
  ) {
    parsed = new FeeDecimal(value);
  }
  if (parsed === undefined) {
    throw new InvalidArgumentError(`expected a percentage such as "4.5" or 4.5, got ${describeReceived(value)}`, path);
  }
  if (parsed.lessThan(min)) {
    throw new InvalidArgumentError(`expected a percentage of at least ${min}, got ${describeReceived(value)}`, path);
  }
  return parsed;
}

/** The fields of a hand-filled {@link Money}; `satisfies` keeps the list in step with the type. */
const MONEY_FIELDS = Object.keys({ currency: true, minor: true } satisfies Record<keyof Money, true>);

/** Reads hand-filled money: {@link assertMoney}, and no field but `currency` and `minor` (`{ minr: 500 }` throws). */
export function readMoney(value: unknown, path: string): Money {
  const money = assertMoney(value, path);
  assertKnownFields(money, MONEY_FIELDS, path);
  return money;
}

/** Reads an amount that must be in `currency`: exact money, or major units as a decimal string. */
export function readAmountIn(value: unknown, currency: string, path: string): Money {
  const money = typeof value === 'string' ? parseMoney(value, currency, path) : readMoney(value, path);
  if (money.currency !== currency) {
    throw new InvalidArgumentError(
      `expected an amount in ${currency} (the currency of the debt), got ${money.currency}; convert it first, nothing is converted here`,
      `${path}.currency`,
    );
  }
  if (money.minor < 0)
    throw new InvalidArgumentError(`expected zero or more, got ${money.minor} minor units`, `${path}.minor`);
  return money;
}

/** Reads an optional rounding mode. */
export function readRounding(value: unknown, path: string, fallback: RoundingMode): RoundingMode {
  if (value === undefined) return fallback;
  if (!isRoundingMode(value)) {
    throw new InvalidArgumentError(
      `expected "half-even", "half-up", "down", "up", "floor" or "ceil", got ${describeReceived(value)}`,
      path,
    );
  }
  return value;
}

/** Reads an optional boolean. */
export function readFlag(value: unknown, path: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean')
    throw new InvalidArgumentError(`expected true or false, got ${describeReceived(value)}`, path);
  return value;
}

/** Reads an options object (absent means empty) that may have only the `known` fields. */
export function readObject(value: unknown, path: string, known: readonly string[]): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError(`expected an object, got ${describeReceived(value)}`, path);
  }
  assertKnownFields(value, known, path);
  return value as Record<string, unknown>;
}
