import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { describeReceived } from '../validation/parse-input';

const digitsCache = new Map<string, number>();
let known: Set<string> | undefined;

function knownCurrencies(): Set<string> {
  known ??= new Set(Intl.supportedValuesOf('currency'));
  return known;
}

/**
 * Tells whether a value is an ISO 4217 currency code that this JavaScript runtime knows.
 *
 * @param value - Any value.
 * @returns `true` for codes such as `EUR`, `JPY` or `KWD`.
 * @category Money
 * @example
 * ```ts
 * isCurrencyCode('EUR');
 * //=> true
 * isCurrencyCode('eur');
 * //=> false
 * ```
 */
export function isCurrencyCode(value: unknown): value is string {
  return typeof value === 'string' && value.length === 3 && (digitsCache.has(value) || knownCurrencies().has(value));
}

/**
 * The number of minor-unit digits of a currency, as `Intl.NumberFormat` reports it: JPY 0, EUR 2, KWD 3.
 *
 * @param currency - An ISO 4217 code.
 * @param path - Where the code came from, used in the error. Default: `currency`.
 * @returns 0 to 4.
 * @throws {@link InvalidArgumentError} when the code is not a known ISO 4217 currency.
 * @category Money
 * @example
 * ```ts
 * minorDigits('KWD');
 * //=> 3
 * ```
 */
export function minorDigits(currency: string, path = 'currency'): number {
  const cached = digitsCache.get(currency);
  if (cached !== undefined) return cached;
  if (!isCurrencyCode(currency)) {
    throw new InvalidArgumentError(
      `expected an ISO 4217 currency code such as "EUR", got ${describeReceived(currency)}`,
      path,
    );
  }
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  digitsCache.set(currency, digits);
  return digits;
}
