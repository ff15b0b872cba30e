import Decimal from 'decimal.js';
import { ExactDecimal } from '../_lib/decimal';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { minorDigits } from './currency';
import type { Money, MoneyInput } from './money';
import { tryParseMinor } from './parse-minor';

/**
 * Converts an amount in major units to exact {@link Money}. Strings must be plain decimals
 * (`"1234.50"`, `"-3"`); numbers must be finite and exact to the minor unit (`0.1` is 10 cents, `0.125`
 * EUR is rejected); decimal.js values likewise. Nothing is rounded.
 *
 * @param amount - The amount in major units.
 * @param currency - ISO 4217 code; its minor digits come from `Intl` (JPY 0, EUR 2, KWD 3).
 * @param path - Where the amount came from, used in errors. Default: `amount`.
 * @returns The exact money value.
 * @throws {@link InvalidArgumentError} when the amount is malformed, more precise than the currency allows,
 * or beyond `Number.MAX_SAFE_INTEGER` minor units, or the currency is unknown.
 * @category Money
 * @example
 * ```ts
 * parseMoney('1234.50', 'EUR');
 * //=> { currency: 'EUR', minor: 123450 }
 * parseMoney(1500, 'JPY');
 * //=> { currency: 'JPY', minor: 1500 }
 * ```
 */
export function parseMoney(amount: MoneyInput, currency: string, path = 'amount'): Money {
  const digits = minorDigits(currency, 'currency');
  if (typeof amount === 'string') {
    const minor = tryParseMinor(amount, digits);
    if (!Number.isNaN(minor)) return { currency, minor };
    throw new InvalidArgumentError(describeBadAmount(amount, digits, currency), path);
  }
  if (typeof amount === 'number') {
    if (!Number.isFinite(amount)) throw new InvalidArgumentError(`expected a finite amount, got ${amount}`, path);
    const text = String(amount);
    if (!text.includes('e')) {
      const minor = tryParseMinor(text, digits);
      if (!Number.isNaN(minor)) return { currency, minor };
    }
    return { currency, minor: fromDecimal(new ExactDecimal(amount), digits, currency, path, text) };
  }
  if (Decimal.isDecimal(amount)) {
    return {
      currency,
      minor: fromDecimal(new ExactDecimal(amount as Decimal), digits, currency, path, String(amount)),
    };
  }
  throw new InvalidArgumentError(
    `expected a decimal string such as "1234.50", a number or a Decimal, got ${amount === null ? 'null' : typeof amount}`,
    path,
  );
}

function fromDecimal(value: Decimal, digits: number, currency: string, path: string, text: string): number {
  if (!value.isFinite()) throw new InvalidArgumentError(`expected a finite amount, got ${text}`, path);
  if (value.decimalPlaces() > digits) throw new InvalidArgumentError(tooPrecise(text, digits, currency), path);
  const minor = value.times(10 ** digits);
  if (minor.abs().greaterThan(Number.MAX_SAFE_INTEGER)) throw new InvalidArgumentError(tooLarge(text), path);
  return minor.toNumber() + 0;
}

/** Explains why a decimal string was not accepted as an amount. */
function describeBadAmount(text: string, digits: number, currency: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(text)) {
    return `expected a decimal amount such as "1234.50", got "${text}"`;
  }
  const fraction = text.split('.')[1] ?? '';
  if (fraction.replace(/0+$/, '').length > digits) return tooPrecise(text, digits, currency);
  return tooLarge(text);
}

function tooPrecise(text: string, digits: number, currency: string): string {
  return `${currency} has ${digits} minor digit${digits === 1 ? '' : 's'}, so "${text}" cannot be represented exactly`;
}

function tooLarge(text: string): string {
  return `"${text}" exceeds ${Number.MAX_SAFE_INTEGER} minor units and cannot be represented exactly`;
}
