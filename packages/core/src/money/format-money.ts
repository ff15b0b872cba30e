import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { assertKnownFields } from '../validation/known-fields';
import { describeReceived } from '../validation/parse-input';
import { minorDigits } from './currency';
import type { Money } from './money';

/**
 * Writes money as a plain decimal string in major units, exactly, with the currency's minor digits.
 *
 * @param money - The amount.
 * @returns A string such as `"1234.50"` or `"-0.05"`; JPY amounts have no decimal point.
 * @category Money
 * @example
 * ```ts
 * moneyToDecimalString({ currency: 'EUR', minor: 123450 });
 * //=> '1234.50'
 * ```
 */
export function moneyToDecimalString(money: Money): string {
  return minorToDecimalString(money.minor, minorDigits(money.currency));
}

/**
 * Writes integer minor units as a decimal string with `digits` decimals, exactly.
 *
 * @param minor - Integer minor units.
 * @param digits - Minor digits of the currency.
 * @returns The decimal string.
 * @throws {@link InvalidArgumentError} when `minor` is not a safe integer or `digits` is not an integer from 0 to 100.
 * @category Money
 * @example
 * ```ts
 * minorToDecimalString(-5, 2);
 * //=> '-0.05'
 * ```
 */
export function minorToDecimalString(minor: number, digits: number): string {
  if (!Number.isSafeInteger(minor)) {
    throw new InvalidArgumentError(
      `expected an integer number of minor units within ${Number.MAX_SAFE_INTEGER}, got ${describeReceived(minor)}`,
      'minor',
    );
  }
  if (!Number.isInteger(digits) || digits < 0 || digits > 100) {
    throw new InvalidArgumentError(`expected an integer from 0 to 100, got ${describeReceived(digits)}`, 'digits');
  }
  const negative = minor < 0;
  const text = String(Math.abs(minor));
  if (digits === 0) return negative ? `-${text}` : text;
  const padded = text.padStart(digits + 1, '0');
  const body = `${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
  return negative ? `-${body}` : body;
}

/**
 * Options of {@link formatMoney}.
 *
 * @category Money
 * @example
 * ```ts
 * const options: FormatMoneyOptions = { currencyDisplay: 'name' };
 * formatMoney({ currency: 'EUR', minor: 123450 }, 'en-GB', options);
 * //=> '1,234.50 euros'
 * ```
 */
export interface FormatMoneyOptions {
  /** `'symbol'` (€), `'code'` (EUR), `'narrowSymbol'` or `'name'`. Default: `'symbol'`. */
  currencyDisplay?: 'symbol' | 'code' | 'narrowSymbol' | 'name';
}

/**
 * Formats money for people in a locale with `Intl.NumberFormat`, exactly (the amount is passed to Intl as
 * a decimal string, never as a float).
 *
 * @param money - The amount.
 * @param locale - A BCP 47 locale such as `en-GB` or `de-DE`.
 * @param options - How the currency is shown.
 * @returns The formatted amount.
 * @throws {@link InvalidArgumentError} when the currency, the locale or `currencyDisplay` is not valid.
 * @category Money
 * @example
 * ```ts
 * formatMoney({ currency: 'EUR', minor: 123450 }, 'de-DE');
 * //=> '1.234,50 €'
 * ```
 */
export function formatMoney(money: Money, locale: string, options: FormatMoneyOptions = {}): string {
  const text = moneyToDecimalString(money);
  assertKnownFields(options, ['currencyDisplay'], 'options');
  const currencyDisplay = options.currencyDisplay ?? 'symbol';
  if (!currencyDisplays.includes(currencyDisplay)) {
    throw new InvalidArgumentError(
      `expected "symbol", "code", "narrowSymbol" or "name", got ${describeReceived(currencyDisplay)}`,
      'options.currencyDisplay',
    );
  }
  // Intl.NumberFormat v3 formats decimal strings exactly; the type definitions still say number.
  return formatterOf(locale, money.currency, currencyDisplay).format(text as unknown as number);
}

/** Formatters by locale, currency and display: building one costs far more than formatting with it. */
const formatters = new Map<string, Intl.NumberFormat>();
const FORMATTER_CACHE_LIMIT = 256;

function formatterOf(locale: string, currency: string, currencyDisplay: string): Intl.NumberFormat {
  const key = typeof locale === 'string' ? `${locale}|${currency}|${currencyDisplay}` : undefined;
  const cached = key === undefined ? undefined : formatters.get(key);
  if (cached !== undefined) return cached;
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: currencyDisplay as Intl.NumberFormatOptions['currencyDisplay'],
    });
  } catch (cause) {
    throw new InvalidArgumentError(
      `expected a BCP 47 locale such as "en-GB", got ${describeReceived(locale)}`,
      'locale',
      cause,
    );
  }
  if (key !== undefined) {
    if (formatters.size >= FORMATTER_CACHE_LIMIT) formatters.clear();
    formatters.set(key, format);
  }
  return format;
}

const currencyDisplays: readonly unknown[] = ['symbol', 'code', 'narrowSymbol', 'name'];
