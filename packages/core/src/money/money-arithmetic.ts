import { AmountOverflowError } from '../errors/amount-overflow-error';
import { CurrencyMismatchError } from '../errors/currency-mismatch-error';
import { assertKnownFields } from '../validation/known-fields';
import { assertMoney } from './assert-money';
import { convertMoney } from './convert-money';
import type { ExchangeRates, Money } from './money';

/**
 * Options of {@link addMoney}, {@link subtractMoney}, {@link compareMoney} and {@link sumMoney}.
 *
 * @category Money
 * @example
 * ```ts
 * const options: MoneyArithmeticOptions = { rates: { base: 'EUR', rates: { USD: '0.92' } } };
 * addMoney({ currency: 'EUR', minor: 1000 }, { currency: 'USD', minor: 1000 }, options);
 * //=> { currency: 'EUR', minor: 1920 }
 * ```
 */
export interface MoneyArithmeticOptions {
  /**
   * Rates used when the two currencies differ: the second amount is converted into the first one's
   * currency (rounded half-even). Default: none, and different currencies throw.
   */
  rates?: ExchangeRates;
}

function align(a: Money, b: Money, options: MoneyArithmeticOptions): Money {
  assertMoney(a, 'a');
  assertMoney(b, 'b');
  if (a.currency === b.currency) return b;
  if (typeof options !== 'object' || options === null || options.rates === undefined) {
    // Options that are not an object, or a misspelt `rates`, are named rather than reported as a mismatch.
    assertKnownFields(options, ['rates'], 'options');
    throw new CurrencyMismatchError(a.currency, b.currency);
  }
  return convertMoney(b, a.currency, options.rates);
}

function checked(minor: number, currency: string): Money {
  if (!Number.isSafeInteger(minor)) throw new AmountOverflowError(`the ${currency} result`);
  return { currency, minor: minor + 0 };
}

/**
 * Adds two amounts exactly.
 *
 * @param a - The first amount; the result is in its currency.
 * @param b - The second amount.
 * @param options - Exchange rates for different currencies.
 * @returns `a + b`.
 * @throws {@link CurrencyMismatchError} when the currencies differ and no rates are given.
 * @throws {@link AmountOverflowError} when the sum exceeds `Number.MAX_SAFE_INTEGER` minor units.
 * @category Money
 * @example
 * ```ts
 * addMoney({ currency: 'EUR', minor: 1050 }, { currency: 'EUR', minor: 250 });
 * //=> { currency: 'EUR', minor: 1300 }
 * ```
 */
export function addMoney(a: Money, b: Money, options: MoneyArithmeticOptions = {}): Money {
  return checked(a.minor + align(a, b, options).minor, a.currency);
}

/**
 * Subtracts one amount from another exactly.
 *
 * @param a - The amount to subtract from; the result is in its currency.
 * @param b - The amount to subtract.
 * @param options - Exchange rates for different currencies.
 * @returns `a - b`.
 * @throws {@link CurrencyMismatchError} when the currencies differ and no rates are given.
 * @throws {@link AmountOverflowError} when the result exceeds `Number.MAX_SAFE_INTEGER` minor units.
 * @category Money
 * @example
 * ```ts
 * subtractMoney({ currency: 'EUR', minor: 1050 }, { currency: 'EUR', minor: 250 });
 * //=> { currency: 'EUR', minor: 800 }
 * ```
 */
export function subtractMoney(a: Money, b: Money, options: MoneyArithmeticOptions = {}): Money {
  return checked(a.minor - align(a, b, options).minor, a.currency);
}

/**
 * Compares two amounts.
 *
 * @param a - The first amount.
 * @param b - The second amount.
 * @param options - Exchange rates for different currencies.
 * @returns -1 when `a < b`, 0 when equal, 1 when `a > b`.
 * @throws {@link CurrencyMismatchError} when the currencies differ and no rates are given.
 * @category Money
 * @example
 * ```ts
 * compareMoney({ currency: 'EUR', minor: 100 }, { currency: 'EUR', minor: 99 });
 * //=> 1
 * ```
 */
export function compareMoney(a: Money, b: Money, options: MoneyArithmeticOptions = {}): -1 | 0 | 1 {
  const other = align(a, b, options).minor;
  return a.minor < other ? -1 : a.minor > other ? 1 : 0;
}

/**
 * Adds a list of amounts in one currency exactly.
 *
 * @param amounts - The amounts.
 * @param currency - The currency of the result (and of an empty list).
 * @param options - Exchange rates for amounts in other currencies.
 * @returns The total.
 * @throws {@link CurrencyMismatchError} when an amount is in another currency and no rates are given.
 * @throws {@link AmountOverflowError} when the total exceeds `Number.MAX_SAFE_INTEGER` minor units.
 * @category Money
 * @example
 * ```ts
 * sumMoney([{ currency: 'EUR', minor: 1 }, { currency: 'EUR', minor: 2 }], 'EUR');
 * //=> { currency: 'EUR', minor: 3 }
 * ```
 */
export function sumMoney(amounts: Iterable<Money>, currency: string, options: MoneyArithmeticOptions = {}): Money {
  let total: Money = { currency, minor: 0 };
  let index = 0;
  for (const amount of amounts) {
    assertMoney(amount, `amounts[${index++}]`);
    total = addMoney(total, amount, options);
  }
  return total;
}
