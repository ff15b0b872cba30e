import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AmountOverflowError } from '../errors/amount-overflow-error';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { OverdueError } from '../errors/overdue-error';
import { convertMoney, exchangeRate } from './convert-money';
import type { ExchangeRates, Money, RoundingMode } from './money';

const rates: ExchangeRates = { base: 'EUR', rates: { USD: '0.92', GBP: '1.17', JPY: '0.0061', KWD: '2.98' } };

describe('exchangeRate', () => {
  it.each([
    // [from, to, expected] — ratio of the two rates to EUR, by hand.
    ['USD', 'EUR', '0.92'], // the documented example
    ['EUR', 'USD', '1.0869565217391304347826086956521739130434782608695652173913'], // 1 / 0.92, Python decimal prec 60 (trailing 0 dropped)
    ['EUR', 'EUR', '1'],
    ['GBP', 'USD', '1.27173913043478260869565217391304347826086956521739130434783'], // 1.17 / 0.92, Python decimal prec 60
    ['JPY', 'EUR', '0.0061'],
  ])('converts one %s into %s units', (from, to, expected) => {
    expect(exchangeRate(from, to, rates).toString()).toBe(expected);
  });

  it('accepts rates as numbers and decimal.js values', () => {
    expect(exchangeRate('USD', 'EUR', { base: 'EUR', rates: { USD: 0.5 } }).toString()).toBe('0.5');
    expect(exchangeRate('USD', 'EUR', { base: 'EUR', rates: { USD: new Decimal('0.25') } }).toString()).toBe('0.25');
  });

  it('names the missing rate', () => {
    const run = () => exchangeRate('CHF', 'EUR', rates);
    expect(run).toThrow(InvalidArgumentError);
    expect(run).toThrow('rates.rates.CHF: no exchange rate for CHF to EUR; add it to rates.rates');
  });

  it.each([
    ['0', 'expected a positive rate, got "0"'],
    ['-1', 'expected a positive rate, got "-1"'],
    [-0, 'expected a positive rate, got number 0'],
    [Number.NaN, 'expected a positive rate, got number NaN'],
    [Number.POSITIVE_INFINITY, 'expected a positive rate, got number Infinity'],
    ['abc', 'expected a decimal rate, got "abc"'],
    ['', 'expected a decimal rate, got ""'],
  ])('rejects the rate %s', (rate, message) => {
    const run = () => exchangeRate('USD', 'EUR', { base: 'EUR', rates: { USD: rate } });
    expect(run).toThrow(InvalidArgumentError);
    expect(run).toThrow(`rates.rates.USD: ${message}`);
  });

  it('does not take a rate from Object.prototype', () => {
    expect(() => exchangeRate('constructor', 'EUR', { base: 'EUR', rates: {} })).toThrow(InvalidArgumentError);
  });
});

describe('convertMoney', () => {
  it('converts USD 10.00 into EUR 9.20 at 0.92', () => {
    // The documented example: 1000 cents x 0.92 = 920 cents.
    expect(convertMoney({ currency: 'USD', minor: 1000 }, 'EUR', rates)).toEqual({ currency: 'EUR', minor: 920 });
  });

  it('returns the same amount when the currency does not change', () => {
    const money = { currency: 'EUR', minor: 12345 };
    expect(convertMoney(money, 'EUR', rates)).toEqual(money);
  });

  it.each<[Money, string, number]>([
    // Across minor-digit counts; worked by hand through EUR.
    [{ currency: 'JPY', minor: 10000 }, 'EUR', 6100], // JPY 10,000 x 0.0061 = EUR 61.00
    [{ currency: 'EUR', minor: 6100 }, 'JPY', 10000], // EUR 61.00 / 0.0061 = JPY 10,000
    [{ currency: 'KWD', minor: 1000 }, 'EUR', 298], // KWD 1.000 x 2.98 = EUR 2.98
    [{ currency: 'EUR', minor: 298 }, 'KWD', 1000], // EUR 2.98 / 2.98 = KWD 1.000
    [{ currency: 'KWD', minor: 1 }, 'JPY', 0], // KWD 0.001 = EUR 0.00298 = JPY 0.4885... -> 0
    [{ currency: 'KWD', minor: 2 }, 'JPY', 1], // KWD 0.002 = JPY 0.977... -> 1
    [{ currency: 'USD', minor: -1000 }, 'EUR', -920],
  ])('converts %o into %s as %i minor units', (money, to, expected) => {
    expect(convertMoney(money, to, rates)).toEqual({ currency: to, minor: expected });
  });

  // USD converted at 0.5 EUR, so that odd amounts land exactly on a half cent.
  const half: ExchangeRates = { base: 'EUR', rates: { USD: '0.5' } };
  it.each<[number, RoundingMode, number]>([
    // [USD cents, mode, EUR cents] — USD x 0.5; IEEE 754 / decimal.js rounding mode definitions.
    [5, 'half-even', 2], // 2.5 -> 2
    [7, 'half-even', 4], // 3.5 -> 4
    [5, 'half-up', 3], // 2.5 -> 3
    [-5, 'half-up', -3], // -2.5 -> -3 (away from zero)
    [-5, 'half-even', -2], // -2.5 -> -2
    [3, 'down', 1], // 1.5 -> 1
    [-3, 'down', -1], // -1.5 -> -1 (toward zero)
    [3, 'up', 2], // 1.5 -> 2
    [-3, 'up', -2], // -1.5 -> -2 (away from zero)
    [3, 'floor', 1],
    [-3, 'floor', -2], // toward minus infinity
    [3, 'ceil', 2],
    [-3, 'ceil', -1], // toward plus infinity
  ])('rounds USD %i cents at 0.5 with %s to %i euro cents', (minor, rounding, expected) => {
    expect(convertMoney({ currency: 'USD', minor }, 'EUR', half, { rounding })).toEqual({
      currency: 'EUR',
      minor: expected,
    });
  });

  it('uses half-even by default', () => {
    expect(convertMoney({ currency: 'USD', minor: 5 }, 'EUR', half).minor).toBe(2);
    expect(convertMoney({ currency: 'USD', minor: 7 }, 'EUR', half).minor).toBe(4);
  });

  it.each<RoundingMode>(['half-even', 'half-up', 'down', 'up', 'floor', 'ceil'])(
    'gives the exact answer with %s when the conversion is exact through a repeating rate',
    (rounding) => {
      // 1 GBP = 3 USD, so 3 US cents are exactly 1 penny, although 1/3 has no finite decimal expansion.
      const thirds: ExchangeRates = { base: 'USD', rates: { GBP: '3' } };
      expect(convertMoney({ currency: 'USD', minor: 3 }, 'GBP', thirds, { rounding })).toEqual({
        currency: 'GBP',
        minor: 1,
      });
      expect(convertMoney({ currency: 'USD', minor: 300 }, 'GBP', thirds, { rounding })).toEqual({
        currency: 'GBP',
        minor: 100,
      });
      // Through a base that is neither currency: USD 0.3 and EUR 0.9 per GBP, so 3 US cents are 1 euro cent.
      const cross: ExchangeRates = { base: 'GBP', rates: { USD: '0.3', EUR: '0.9' } };
      expect(convertMoney({ currency: 'USD', minor: 6 }, 'EUR', cross, { rounding })).toEqual({
        currency: 'EUR',
        minor: 2,
      });
    },
  );

  it('rounds once, toward the mode, for any amount through a repeating rate', () => {
    const thirds: ExchangeRates = { base: 'USD', rates: { GBP: '3' } };
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 12), max: 10 ** 12 }), (minor) => {
        // Exact answer minor / 3 by integer arithmetic.
        const floor = Math.floor(minor / 3);
        const exact = minor % 3 === 0;
        const convert = (rounding: RoundingMode) =>
          convertMoney({ currency: 'USD', minor }, 'GBP', thirds, { rounding }).minor;
        expect(convert('floor')).toBe(floor + 0);
        expect(convert('ceil')).toBe((exact ? floor : floor + 1) + 0);
        expect(convert('down')).toBe((minor < 0 && !exact ? floor + 1 : floor) + 0);
        expect(convert('up')).toBe((minor > 0 && !exact ? floor + 1 : floor) + 0);
      }),
    );
  });

  it('throws AmountOverflowError when the converted amount exceeds Number.MAX_SAFE_INTEGER minor units', () => {
    const money = { currency: 'EUR', minor: Number.MAX_SAFE_INTEGER };
    // EUR has 2 digits and KWD 3, so the minor units are multiplied by 10 at a rate of 1.
    expect(() => convertMoney(money, 'KWD', { base: 'EUR', rates: { KWD: '1' } })).toThrow(AmountOverflowError);
    expect(() => convertMoney(money, 'USD', { base: 'EUR', rates: { USD: '0.5' } })).toThrow(
      'the converted USD amount exceeds 9007199254740991 minor units',
    );
    // Halving fits.
    expect(convertMoney(money, 'USD', { base: 'EUR', rates: { USD: '2' } }).minor).toBe(4503599627370496);
  });

  it('rejects unknown currencies and missing rates with InvalidArgumentError', () => {
    expect(() => convertMoney({ currency: 'EUR', minor: 1 }, 'ZZZ', rates)).toThrow(InvalidArgumentError);
    expect(() => convertMoney({ currency: 'EUR', minor: 1 }, 'ZZZ', rates)).toThrow(/^to: /);
    expect(() => convertMoney({ currency: 'ZZZ', minor: 1 }, 'EUR', rates)).toThrow(/^money.currency: /);
    expect(() => convertMoney({ currency: 'CHF', minor: 1 }, 'EUR', rates)).toThrow('rates.rates.CHF');
  });

  it('never returns negative zero', () => {
    const result = convertMoney({ currency: 'USD', minor: -1 }, 'EUR', half, { rounding: 'down' });
    expect(Object.is(result.minor, 0)).toBe(true);
  });

  it('throws nothing but an OverdueError for arbitrary rate tables', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true }), (rate) => {
        try {
          convertMoney({ currency: 'USD', minor: 100 }, 'EUR', { base: 'EUR', rates: { USD: rate as string } });
        } catch (error) {
          expect(OverdueError.isInstance(error), String(error)).toBe(true);
        }
      }),
    );
  });
});

describe('misspelt fields of rates and options', () => {
  const rates: ExchangeRates = { base: 'EUR', rates: { USD: '0.9' } };
  it('rejects an unknown field of the rates table', () => {
    const bad = { ...rates, bsae: 'EUR' } as never;
    expect(() => exchangeRate('USD', 'EUR', bad)).toThrow(
      expect.objectContaining({ path: 'rates.bsae', message: 'rates.bsae: unknown field; did you mean "base"?' }),
    );
    expect(() => convertMoney({ currency: 'USD', minor: 100 }, 'EUR', bad)).toThrow(InvalidArgumentError);
  });

  it('rejects an unknown option, even when no conversion is needed', () => {
    const options = { roundng: 'up' } as never;
    expect(() => convertMoney({ currency: 'EUR', minor: 100 }, 'EUR', rates, options)).toThrow(
      expect.objectContaining({
        path: 'options.roundng',
        message: 'options.roundng: unknown field; did you mean "rounding"?',
      }),
    );
  });
});
