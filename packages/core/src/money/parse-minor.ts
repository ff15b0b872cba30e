const ZERO = 48;
const DOT = 46;
const MINUS = 45;
const POWERS = [1, 10, 100, 1000, 10000, 100000, 1000000];

/**
 * Reads a plain decimal string (`"-1234.50"`) into integer minor units with `digits` minor digits, or
 * returns `NaN` when the text is not such a decimal, has more precision than the currency, or exceeds
 * `Number.MAX_SAFE_INTEGER` minor units. Exact: no floating-point arithmetic touches a fraction.
 * Allocation-free; the hot path behind {@link parseMoney}.
 *
 * @param text - The decimal text: an optional `-`, digits, and optionally `.` and digits.
 * @param digits - Minor digits of the currency (0-6).
 * @returns Integer minor units or `NaN`.
 * @category Money
 * @example
 * ```ts
 * tryParseMinor('1234.5', 2);
 * //=> 123450
 * tryParseMinor('0.125', 2);
 * //=> NaN
 * ```
 */
export function tryParseMinor(text: string, digits: number): number {
  const length = text.length;
  let index = 0;
  let negative = false;
  if (length > 0 && text.charCodeAt(0) === MINUS) {
    negative = true;
    index = 1;
  }
  let whole = 0;
  const wholeStart = index;
  while (index < length) {
    const d = text.charCodeAt(index) - ZERO;
    if (d < 0 || d > 9) break;
    whole = whole * 10 + d;
    index++;
  }
  if (index === wholeStart) return Number.NaN;
  let fraction = 0;
  let fractionDigits = 0;
  if (index < length) {
    if (text.charCodeAt(index) !== DOT) return Number.NaN;
    index++;
    const fractionStart = index;
    while (index < length) {
      const d = text.charCodeAt(index) - ZERO;
      if (d < 0 || d > 9) return Number.NaN;
      if (fractionDigits < digits) {
        fraction = fraction * 10 + d;
        fractionDigits++;
      } else if (d !== 0) {
        return Number.NaN;
      }
      index++;
    }
    if (index === fractionStart) return Number.NaN;
  }
  const minor = whole * (POWERS[digits] ?? 10 ** digits) + fraction * (POWERS[digits - fractionDigits] ?? 1);
  if (minor > Number.MAX_SAFE_INTEGER) return Number.NaN;
  return negative ? -minor + 0 : minor;
}
