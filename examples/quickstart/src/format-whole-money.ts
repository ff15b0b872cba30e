import { minorDigits } from '@overdue/core';

/**
 * Formats an estimate in whole major units, such as `€242,651`: forecasts and expected amounts are not
 * precise to the cent, so showing cents would suggest a precision they do not have.
 *
 * @example
 * ```ts
 * formatWholeMoney(24265085, 'EUR', 'en-GB');
 * //=> '€242,651'
 * ```
 */
export function formatWholeMoney(minor: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(minor / 10 ** minorDigits(currency));
}
