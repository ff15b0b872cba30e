import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { OverdueError } from '../errors/overdue-error';
import { formatMoney, minorToDecimalString, moneyToDecimalString } from './format-money';

const NBSP = '\u00a0'; // CLDR puts a no-break space between the number and the symbol in de-DE and fr-FR.
const NNBSP = '\u202f'; // CLDR's fr-FR grouping separator is a narrow no-break space.

describe('minorToDecimalString', () => {
  it.each([
    // [minor, digits, expected] — minor / 10^digits written out by hand.
    [0, 2, '0.00'],
    [5, 2, '0.05'],
    [-5, 2, '-0.05'], // the documented example
    [50, 2, '0.50'],
    [123450, 2, '1234.50'],
    [-123450, 2, '-1234.50'],
    [1500, 0, '1500'],
    [-1500, 0, '-1500'],
    [1, 3, '0.001'],
    [1234, 3, '1.234'],
    [-999, 3, '-0.999'],
    [1, 6, '0.000001'],
    [Number.MAX_SAFE_INTEGER, 2, '90071992547409.91'],
    [-Number.MAX_SAFE_INTEGER, 3, '-9007199254740.991'],
  ])('writes %i minor units with %i digits as "%s"', (minor, digits, expected) => {
    expect(minorToDecimalString(minor, digits)).toBe(expected);
  });

  it('writes negative zero as plain zero', () => {
    expect(minorToDecimalString(-0, 2)).toBe('0.00');
    expect(minorToDecimalString(-0, 0)).toBe('0');
  });

  it.each([
    [1.5, 2],
    [Number.NaN, 2],
    [Number.POSITIVE_INFINITY, 2],
    [2 ** 53, 2],
    [1e21, 2],
    [100, -1],
    [100, 1.5],
    [100, Number.NaN],
  ])('rejects %s minor units with %s digits instead of writing nonsense', (minor, digits) => {
    expect(() => minorToDecimalString(minor, digits)).toThrow(InvalidArgumentError);
  });

  it('matches a BigInt reference for every safe integer and digit count 0 to 6', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer({ min: 0, max: 6 }), (minor, digits) => {
        const scale = 10n ** BigInt(digits);
        const absolute = BigInt(Math.abs(minor));
        const whole = (absolute / scale).toString();
        const fraction = (absolute % scale).toString().padStart(digits, '0');
        const expected = `${minor < 0 ? '-' : ''}${whole}${digits === 0 ? '' : `.${fraction}`}`;
        expect(minorToDecimalString(minor, digits)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('moneyToDecimalString', () => {
  it.each([
    [{ currency: 'EUR', minor: 123450 }, '1234.50'], // the documented example
    [{ currency: 'JPY', minor: 1500 }, '1500'],
    [{ currency: 'KWD', minor: 1500 }, '1.500'],
    [{ currency: 'KWD', minor: -1 }, '-0.001'],
  ])('writes %o as "%s" with the currency minor digits', (money, expected) => {
    expect(moneyToDecimalString(money)).toBe(expected);
  });

  it('rejects an unknown currency', () => {
    expect(() => moneyToDecimalString({ currency: 'ZZZ', minor: 1 })).toThrow(InvalidArgumentError);
  });
});

describe('formatMoney', () => {
  it.each([
    // Expected strings are CLDR's currency patterns as ICU renders them, written out character by character.
    [{ currency: 'EUR', minor: 123450 }, 'de-DE', `1.234,50${NBSP}€`], // the documented example
    [{ currency: 'EUR', minor: 123450 }, 'en-GB', '€1,234.50'],
    [{ currency: 'EUR', minor: 123450 }, 'fr-FR', `1${NNBSP}234,50${NBSP}€`],
    [{ currency: 'EUR', minor: -123450 }, 'fr-FR', `-1${NNBSP}234,50${NBSP}€`],
    [{ currency: 'GBP', minor: -5 }, 'en-GB', '-£0.05'],
    [{ currency: 'GBP', minor: 0 }, 'en-GB', '£0.00'],
    [{ currency: 'JPY', minor: 1500 }, 'de-DE', `1.500${NBSP}¥`],
    [{ currency: 'JPY', minor: 1500 }, 'en-GB', 'JP¥1,500'],
    [{ currency: 'KWD', minor: 1234 }, 'de-DE', `1,234${NBSP}KWD`],
    [{ currency: 'KWD', minor: 1234 }, 'en-GB', `KWD${NBSP}1.234`],
  ])('formats %o in %s as %j', (money, locale, expected) => {
    expect(formatMoney(money, locale)).toBe(expected);
  });

  it('formats amounts exactly, where going through a float would lose the last digit', () => {
    // 9007199254740.991 as a double is 9007199254740.990234375, which Intl would print as ...740.990.
    const money = { currency: 'KWD', minor: Number.MAX_SAFE_INTEGER };
    expect(formatMoney(money, 'en-GB')).toBe(`KWD${NBSP}9,007,199,254,740.991`);
    expect(
      new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'KWD' }).format(Number('9007199254740.991')),
    ).not.toBe(formatMoney(money, 'en-GB'));
  });

  it('agrees with Intl fed the decimal string, for any amount', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.constantFrom('de-DE', 'en-GB', 'fr-FR'), (minor, locale) => {
        // The decimal text is built here with BigInt, independently of minorToDecimalString.
        const absolute = BigInt(Math.abs(minor));
        const text = `${minor < 0 ? '-' : ''}${absolute / 100n}.${String(absolute % 100n).padStart(2, '0')}`;
        const intl = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
        expect(formatMoney({ currency: 'EUR', minor }, locale)).toBe(intl.format(text as unknown as number));
      }),
    );
  });

  it.each([
    ['code', `EUR${NBSP}1,234.50`],
    ['name', '1,234.50 euros'],
    ['narrowSymbol', '€1,234.50'],
    ['symbol', '€1,234.50'],
  ] as const)('shows the currency as %s when asked', (currencyDisplay, expected) => {
    expect(formatMoney({ currency: 'EUR', minor: 123450 }, 'en-GB', { currencyDisplay })).toBe(expected);
  });

  it('rejects a locale Intl cannot read with an InvalidArgumentError naming the locale', () => {
    const run = () => formatMoney({ currency: 'EUR', minor: 1 }, 'not a locale!');
    expect(run).toThrow(InvalidArgumentError);
    expect(run).toThrow(/^locale: /);
  });

  it('rejects an unknown currencyDisplay naming the option', () => {
    const run = () => formatMoney({ currency: 'EUR', minor: 1 }, 'en-GB', { currencyDisplay: 'long' as 'name' });
    expect(run).toThrow(InvalidArgumentError);
    expect(run).toThrow('options.currencyDisplay: expected "symbol", "code", "narrowSymbol" or "name", got "long"');
  });

  it.each(['EU', 'ZZZ', 'eur'])('rejects the currency "%s" with an InvalidArgumentError', (currency) => {
    expect(() => formatMoney({ currency, minor: 1 }, 'en-GB')).toThrow(InvalidArgumentError);
  });

  it('throws nothing but an OverdueError for arbitrary locales', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything({ withNullPrototype: true })), (locale) => {
        try {
          formatMoney({ currency: 'EUR', minor: 100 }, locale as string);
        } catch (error) {
          expect(OverdueError.isInstance(error), String(error)).toBe(true);
        }
      }),
    );
  });
});

describe('formatMoney options', () => {
  it('rejects a misspelt option instead of showing the symbol', () => {
    expect(() => formatMoney({ currency: 'EUR', minor: 100 }, 'en-GB', { currencyDisplai: 'code' } as never)).toThrow(
      expect.objectContaining({ path: 'options.currencyDisplai' }),
    );
  });
});
