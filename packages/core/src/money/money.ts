import type Decimal from 'decimal.js';

/**
 * An exact amount of money: an integer number of minor units (cents, pence; yen have none) and an ISO 4217
 * currency code. Every amount Overdue returns is in minor units, in a field whose name says so.
 *
 * @category Money
 * @example
 * ```ts
 * const price: Money = { currency: 'EUR', minor: 123450 }; // EUR 1,234.50
 * ```
 */
export interface Money {
  /** ISO 4217 code, upper case. */
  readonly currency: string;
  /** Integer minor units, within `Number.MAX_SAFE_INTEGER`. */
  readonly minor: number;
}

/**
 * An amount as hosts supply it, in major units: a decimal string (`"1234.50"`, as databases return
 * decimals), a number that is exact to the minor unit (`1234.5`), or a decimal.js value.
 *
 * @category Money
 * @example
 * ```ts
 * const fromDatabase: MoneyInput = '1234.50';
 * ```
 */
export type MoneyInput = string | number | Decimal;

/**
 * Exchange rates to one base currency: one unit of currency `X` is worth `rates[X]` units of `base`.
 * Rates are given as decimal strings or decimal.js values so they stay exact.
 *
 * @category Money
 * @example
 * ```ts
 * const rates: ExchangeRates = { base: 'EUR', rates: { USD: '0.92', GBP: '1.17' } };
 * ```
 */
export interface ExchangeRates {
  /** The currency every rate converts into. */
  readonly base: string;
  /** Units of `base` per one unit of each currency. The base itself may be omitted (rate 1). */
  readonly rates: Readonly<Record<string, string | number | Decimal>>;
}

/**
 * How a division or conversion rounds to the minor unit.
 *
 * @category Money
 * @example
 * ```ts
 * const rounding: RoundingMode = 'half-even';
 * ```
 */
export type RoundingMode = 'half-even' | 'half-up' | 'down' | 'up' | 'floor' | 'ceil';
