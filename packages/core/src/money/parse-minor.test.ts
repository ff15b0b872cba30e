import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minorToDecimalString } from './format-money';
import { tryParseMinor } from './parse-minor';

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * An independent reference: reads the decimal with a regular expression and BigInt arithmetic, so no
 * floating point is involved. Returns NaN exactly where tryParseMinor must.
 */
function referenceParseMinor(text: string, digits: number): number {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) return Number.NaN;
  const [, sign = '', whole = '', rawFraction = ''] = match;
  const fraction = rawFraction.replace(/0+$/, '');
  if (fraction.length > digits) return Number.NaN;
  const minor = BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
  if (minor > MAX) return Number.NaN;
  return sign === '-' ? -Number(minor) + 0 : Number(minor);
}

describe('tryParseMinor', () => {
  it.each([
    // [text, digits, expected minor units] — worked by hand: minor = major x 10^digits.
    ['1234.5', 2, 123450], // the documented example
    ['1234.50', 2, 123450],
    ['0', 2, 0],
    ['0.01', 2, 1],
    ['0.10', 2, 10],
    ['-3', 2, -300],
    ['-0.05', 2, -5],
    ['007', 2, 700], // leading zeros are digits, not octal
    ['1500', 0, 1500], // JPY
    ['1500.0', 0, 1500], // a zero fraction is exact even with no minor digits
    ['1500.000', 0, 1500],
    ['1.234', 3, 1234], // KWD
    ['1.2', 3, 1200],
    ['1.2340000', 3, 1234], // trailing zeros beyond the currency's digits are exact
    ['0.000001', 6, 1],
    ['90071992547409.91', 2, Number.MAX_SAFE_INTEGER], // 2^53 - 1 cents
    ['-90071992547409.91', 2, -Number.MAX_SAFE_INTEGER],
    ['9007199254740991', 0, Number.MAX_SAFE_INTEGER],
    ['9007199254740.991', 3, Number.MAX_SAFE_INTEGER],
  ])('reads "%s" with %i digits as %i', (text, digits, expected) => {
    expect(tryParseMinor(text, digits)).toBe(expected);
  });

  it('reads "-0" and "-0.00" as plain zero, not negative zero', () => {
    expect(Object.is(tryParseMinor('-0', 2), 0)).toBe(true);
    expect(Object.is(tryParseMinor('-0.00', 2), 0)).toBe(true);
  });

  it.each([
    ['0.125', 2, 'EUR has two minor digits'],
    ['0.5', 0, 'JPY has no minor digits'],
    ['1.2345', 3, 'KWD has three minor digits'],
    ['90071992547409.92', 2, 'one cent beyond Number.MAX_SAFE_INTEGER'],
    ['9007199254740992', 0, '2^53 itself'],
    ['99999999999999999999999', 2, 'far beyond the safe range'],
    ['', 2, 'empty'],
    ['-', 2, 'a sign alone'],
    ['.5', 2, 'no whole digits'],
    ['1.', 2, 'a point with no fraction'],
    ['+1', 2, 'a plus sign'],
    ['1,5', 2, 'a decimal comma'],
    ['1,234.50', 2, 'a grouping comma'],
    [' 1', 2, 'leading space'],
    ['1 ', 2, 'trailing space'],
    ['1e3', 2, 'exponent notation'],
    ['0x10', 2, 'hexadecimal'],
    ['--1', 2, 'a double sign'],
    ['1.2.3', 2, 'two points'],
    ['1.-5', 2, 'a sign in the fraction'],
    ['NaN', 2, 'NaN'],
    ['Infinity', 2, 'Infinity'],
    ['\uff11', 2, 'a full-width digit one'],
    ['١', 2, 'an Arabic-Indic digit one'],
  ])('rejects "%s" with %i digits (%s)', (text, digits) => {
    expect(tryParseMinor(text, digits)).toBeNaN();
  });

  it('agrees with a BigInt reference parser on arbitrary decimal-looking text', () => {
    const decimalLike = fc.stringMatching(/^-?\d{0,19}(\.\d{0,8})?$/);
    fc.assert(
      fc.property(fc.oneof(decimalLike, fc.string()), fc.integer({ min: 0, max: 6 }), (text, digits) => {
        const actual = tryParseMinor(text, digits);
        const expected = referenceParseMinor(text, digits);
        if (Number.isNaN(expected)) expect(actual).toBeNaN();
        else expect(Object.is(actual, expected)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips every safe integer through minorToDecimalString', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer({ min: 0, max: 6 }), (minor, digits) => {
        expect(tryParseMinor(minorToDecimalString(minor, digits), digits)).toBe(minor + 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('returns canonical text after a round trip the other way', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?\d{1,12}(\.\d{1,3})?$/), (text) => {
        const minor = tryParseMinor(text, 3);
        fc.pre(!Number.isNaN(minor));
        const canonical = minorToDecimalString(minor, 3);
        expect(canonical).toMatch(/^-?(0|[1-9]\d*)\.\d{3}$/);
        expect(tryParseMinor(canonical, 3)).toBe(minor);
      }),
    );
  });
});
