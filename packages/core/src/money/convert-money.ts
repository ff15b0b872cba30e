import type Decimal from 'decimal.js';
import { decimalRounding, ExactDecimal } from '../_lib/decimal';
import { AmountOverflowError } from '../errors/amount-overflow-error';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { assertKnownFields } from '../validation/known-fields';
import { describeReceived } from '../validation/parse-input';
import { assertMoney } from './assert-money';
import { minorDigits } from './currency';
import type { ExchangeRates, Money, RoundingMode } from './money';

/**
 * Options of {@link convertMoney}.
 *
 * @category Money
 * @example
 * ```ts
 * const options: ConvertMoneyOptions = { rounding: 'down' };
 * convertMoney({ currency: 'USD', minor: 1001 }, 'EUR', { base: 'EUR', rates: { USD: '0.92' } }, options);
 * //=> { currency: 'EUR', minor: 920 }
 * convertMoney({ currency: 'USD', minor: 1001 }, 'EUR', { base: 'EUR', rates: { USD: '0.92' } });
 * //=> { currency: 'EUR', minor: 921 }
 * ```
 */
export interface ConvertMoneyOptions {
  /** How the converted amount rounds to the target's minor unit. Default: `'half-even'`. */
  rounding?: RoundingMode;
}

/**
 * The exact factor that converts one unit of `from` into units of `to`, through the base of `rates`.
 *
 * @param from - Source currency.
 * @param to - Target currency.
 * @param rates - The rate table.
 * @returns A decimal factor.
 * @throws {@link InvalidArgumentError} when a needed rate is missing, not a positive number, or malformed.
 * @category Money
 * @example
 * ```ts
 * exchangeRate('USD', 'EUR', { base: 'EUR', rates: { USD: '0.92' } }).toString();
 * //=> '0.92'
 * ```
 */
export function exchangeRate(from: string, to: string, rates: ExchangeRates): Decimal {
  return rateToBase(from, rates).dividedBy(rateToBase(to, rates));
}

// `satisfies` keeps the lists of fields in step with the types.
const RATES_FIELDS = Object.keys({ base: true, rates: true } satisfies Record<keyof ExchangeRates, true>);
const OPTION_FIELDS = Object.keys({ rounding: true } satisfies Record<keyof ConvertMoneyOptions, true>);

function rateToBase(currency: string, rates: ExchangeRates): Decimal {
  if (typeof rates !== 'object' || rates === null || typeof rates.rates !== 'object' || rates.rates === null) {
    throw new InvalidArgumentError('expected { base, rates: { XXX: rate } }', 'rates');
  }
  assertKnownFields(rates, RATES_FIELDS, 'rates');
  if (currency === rates.base) return new ExactDecimal(1);
  const raw = rates.rates[currency];
  if (raw === undefined) {
    throw new InvalidArgumentError(
      `no exchange rate for ${currency} to ${rates.base}; add it to rates.rates`,
      `rates.rates.${currency}`,
    );
  }
  let rate: Decimal;
  try {
    rate = new ExactDecimal(raw);
  } catch (cause) {
    throw new InvalidArgumentError(
      `expected a decimal rate, got ${describeReceived(raw)}`,
      `rates.rates.${currency}`,
      cause,
    );
  }
  if (!rate.isFinite() || rate.lessThanOrEqualTo(0)) {
    throw new InvalidArgumentError(`expected a positive rate, got ${describeReceived(raw)}`, `rates.rates.${currency}`);
  }
  return rate;
}

/**
 * Converts money into another currency with a rate table, rounding once to the target's minor unit.
 *
 * @param money - The amount to convert.
 * @param to - Target ISO 4217 code.
 * @param rates - Rates to a common base.
 * @param options - Rounding mode.
 * @returns The converted amount.
 * @throws {@link InvalidArgumentError} when a rate is missing or invalid.
 * @throws {@link AmountOverflowError} when the result exceeds `Number.MAX_SAFE_INTEGER` minor units.
 * @category Money
 * @example
 * ```ts
 * convertMoney({ currency: 'USD', minor: 1000 }, 'EUR', { base: 'EUR', rates: { USD: '0.92' } });
 * //=> { currency: 'EUR', minor: 920 }
 * ```
 */
export function convertMoney(money: Money, to: string, rates: ExchangeRates, options: ConvertMoneyOptions = {}): Money {
  assertMoney(money);
  assertKnownFields(options, OPTION_FIELDS, 'options');
  if (money.currency === to) return money;
  const fromDigits = minorDigits(money.currency);
  const toDigits = minorDigits(to, 'to');
  const fromRate = rateToBase(money.currency, rates);
  const toRate = rateToBase(to, rates);
  // Divide last, once: a quotient such as 1/3 taken first would be cut to 60 digits and then multiplied,
  // so an exact result (3 US cents at 3 USD per GBP = 1 penny) could land just below an integer and round down.
  const converted = new ExactDecimal(money.minor)
    .times(fromRate)
    .times(new ExactDecimal(10).pow(toDigits - fromDigits))
    .dividedBy(toRate)
    .toDecimalPlaces(0, decimalRounding(options.rounding ?? 'half-even'));
  if (converted.abs().greaterThan(Number.MAX_SAFE_INTEGER)) throw new AmountOverflowError(`the converted ${to} amount`);
  return { currency: to, minor: converted.toNumber() + 0 };
}
