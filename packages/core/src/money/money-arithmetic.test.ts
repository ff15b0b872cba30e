import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AmountOverflowError } from '../errors/amount-overflow-error';
import { CurrencyMismatchError } from '../errors/currency-mismatch-error';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import type { ExchangeRates, Money } from './money';
import { addMoney, compareMoney, subtractMoney, sumMoney } from './money-arithmetic';

const eur = (minor: number): Money => ({ currency: 'EUR', minor });
const usd = (minor: number): Money => ({ currency: 'USD', minor });
const MAX = Number.MAX_SAFE_INTEGER;
// One USD is worth 0.92 EUR; one GBP 1.17 EUR.
const rates: ExchangeRates = { base: 'EUR', rates: { USD: '0.92', GBP: '1.17' } };

describe('addMoney', () => {
  it('adds amounts in one currency exactly', () => {
    expect(addMoney(eur(1050), eur(250))).toEqual(eur(1300)); // the documented example
    expect(addMoney(eur(-5), eur(5))).toEqual(eur(0));
    expect(Object.is(addMoney(eur(-0), eur(-0)).minor, 0)).toBe(true);
  });

  it('throws CurrencyMismatchError when the currencies differ and no rates are given', () => {
    const run = () => addMoney(eur(100), usd(100));
    expect(run).toThrow(CurrencyMismatchError);
    expect(run).toThrow('cannot combine EUR and USD without exchange rates; pass `rates` to convert to one currency');
  });

  it('converts the second amount into the first currency when rates are given', () => {
    // USD 10.00 x 0.92 = EUR 9.20; 1.00 + 9.20 = 10.20.
    expect(addMoney(eur(100), usd(1000), { rates })).toEqual(eur(1020));
    // EUR 9.20 / 0.92 = USD 10.00.
    expect(addMoney(usd(0), eur(920), { rates })).toEqual(usd(1000));
  });

  it('rounds the converted amount half-even, as documented', () => {
    // At 0.5 EUR per USD, 5 US cents are 2.5 euro cents (-> 2) and 7 are 3.5 (-> 4).
    const half: ExchangeRates = { base: 'EUR', rates: { USD: '0.5' } };
    expect(addMoney(eur(0), usd(5), { rates: half })).toEqual(eur(2));
    expect(addMoney(eur(0), usd(7), { rates: half })).toEqual(eur(4));
    expect(subtractMoney(eur(0), usd(7), { rates: half })).toEqual(eur(-4));
  });

  it('reaches Number.MAX_SAFE_INTEGER minor units but throws AmountOverflowError beyond it', () => {
    expect(addMoney(eur(MAX - 1), eur(1))).toEqual(eur(MAX));
    expect(() => addMoney(eur(MAX), eur(1))).toThrow(AmountOverflowError);
    expect(() => addMoney(eur(-MAX), eur(-1))).toThrow(AmountOverflowError);
    expect(() => addMoney(eur(MAX), eur(MAX))).toThrow('the EUR result exceeds 9007199254740991 minor units');
  });

  it('is commutative and matches BigInt addition whenever the result is safe', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.maxSafeInteger(), (a, b) => {
        const exact = BigInt(a) + BigInt(b);
        if (exact > BigInt(MAX) || exact < -BigInt(MAX)) {
          expect(() => addMoney(eur(a), eur(b))).toThrow(AmountOverflowError);
        } else {
          expect(addMoney(eur(a), eur(b))).toEqual(eur(Number(exact)));
          expect(addMoney(eur(b), eur(a))).toEqual(addMoney(eur(a), eur(b)));
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('subtractMoney', () => {
  it('subtracts amounts in one currency exactly', () => {
    expect(subtractMoney(eur(1050), eur(250))).toEqual(eur(800)); // the documented example
    expect(subtractMoney(eur(250), eur(1050))).toEqual(eur(-800));
    expect(Object.is(subtractMoney(eur(0), eur(0)).minor, 0)).toBe(true);
  });

  it('throws CurrencyMismatchError without rates and converts with them', () => {
    expect(() => subtractMoney(usd(1), eur(1))).toThrow(CurrencyMismatchError);
    // USD 10.00 = EUR 9.20; 10.00 - 9.20 = 0.80.
    expect(subtractMoney(eur(1000), usd(1000), { rates })).toEqual(eur(80));
  });

  it('throws AmountOverflowError below -Number.MAX_SAFE_INTEGER', () => {
    expect(subtractMoney(eur(-MAX + 1), eur(1))).toEqual(eur(-MAX));
    expect(() => subtractMoney(eur(-MAX), eur(1))).toThrow(AmountOverflowError);
    expect(() => subtractMoney(eur(MAX), eur(-1))).toThrow(AmountOverflowError);
  });

  it('undoes addMoney', () => {
    const safe = fc.integer({ min: -(2 ** 51), max: 2 ** 51 });
    fc.assert(
      fc.property(safe, safe, (a, b) => {
        expect(subtractMoney(addMoney(eur(a), eur(b)), eur(b))).toEqual(eur(a));
      }),
    );
  });
});

describe('compareMoney', () => {
  it.each([
    [eur(100), eur(99), 1], // the documented example
    [eur(99), eur(100), -1],
    [eur(100), eur(100), 0],
    [eur(-1), eur(0), -1],
    [eur(0), eur(-0), 0],
  ])('compares %o with %o as %i', (a, b, expected) => {
    expect(compareMoney(a, b)).toBe(expected);
  });

  it('throws CurrencyMismatchError without rates', () => {
    expect(() => compareMoney(eur(1), usd(1))).toThrow(CurrencyMismatchError);
  });

  it('compares across currencies through the rates', () => {
    // USD 10.00 is EUR 9.20.
    expect(compareMoney(eur(920), usd(1000), { rates })).toBe(0);
    expect(compareMoney(eur(921), usd(1000), { rates })).toBe(1);
    expect(compareMoney(eur(919), usd(1000), { rates })).toBe(-1);
  });

  it('is antisymmetric', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.maxSafeInteger(), (a, b) => {
        expect(compareMoney(eur(a), eur(b))).toBe(-compareMoney(eur(b), eur(a)) + 0);
        expect(compareMoney(eur(a), eur(b))).toBe(Math.sign(a - b) + 0);
      }),
    );
  });
});

describe('sumMoney', () => {
  it('adds a list in one currency', () => {
    expect(sumMoney([eur(1), eur(2)], 'EUR')).toEqual(eur(3)); // the documented example
    expect(sumMoney([], 'JPY')).toEqual({ currency: 'JPY', minor: 0 });
  });

  it('accepts any iterable, such as a generator', () => {
    function* amounts() {
      yield eur(10);
      yield eur(20);
      yield eur(-5);
    }
    expect(sumMoney(amounts(), 'EUR')).toEqual(eur(25));
  });

  it('throws CurrencyMismatchError for a stray currency without rates, and converts it with rates', () => {
    expect(() => sumMoney([eur(1), usd(1)], 'EUR')).toThrow(CurrencyMismatchError);
    expect(() => sumMoney([eur(1)], 'USD')).toThrow(CurrencyMismatchError);
    // EUR 1.00 + USD 10.00 (= EUR 9.20) + GBP 1.00 (= EUR 1.17) = EUR 11.37.
    expect(sumMoney([eur(100), usd(1000), { currency: 'GBP', minor: 100 }], 'EUR', { rates })).toEqual(eur(1137));
  });

  it('names the missing rate when rates do not cover a currency', () => {
    expect(() => sumMoney([{ currency: 'JPY', minor: 1 }], 'EUR', { rates })).toThrow(InvalidArgumentError);
    expect(() => sumMoney([{ currency: 'JPY', minor: 1 }], 'EUR', { rates })).toThrow('rates.rates.JPY');
  });

  it('throws AmountOverflowError when the total leaves the safe range, even if it would come back', () => {
    expect(() => sumMoney([eur(MAX), eur(1), eur(-1)], 'EUR')).toThrow(AmountOverflowError);
  });

  it('matches BigInt summation', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 45), max: 2 ** 45 }), { maxLength: 50 }), (minors) => {
        const exact = minors.reduce((sum, minor) => sum + BigInt(minor), 0n);
        expect(sumMoney(minors.map(eur), 'EUR')).toEqual(eur(Number(exact)));
      }),
    );
  });
});

describe('a misspelt rates option', () => {
  it('is named when the currencies differ, instead of a bare mismatch', () => {
    const options = { rate: { base: 'EUR', rates: { USD: '0.9' } } } as never;
    for (const run of [
      () => addMoney({ currency: 'EUR', minor: 1 }, { currency: 'USD', minor: 1 }, options),
      () => subtractMoney({ currency: 'EUR', minor: 1 }, { currency: 'USD', minor: 1 }, options),
      () => compareMoney({ currency: 'EUR', minor: 1 }, { currency: 'USD', minor: 1 }, options),
      () =>
        sumMoney(
          [
            { currency: 'EUR', minor: 1 },
            { currency: 'USD', minor: 1 },
          ],
          'EUR',
          options,
        ),
    ]) {
      expect(run).toThrow(
        expect.objectContaining({
          path: 'options.rate',
          message: 'options.rate: unknown field; did you mean "rates"?',
        }),
      );
    }
    expect(() => addMoney({ currency: 'EUR', minor: 1 }, { currency: 'USD', minor: 1 })).toThrow(CurrencyMismatchError);
  });
});

describe('options that are not an object', () => {
  it('are named when the currencies differ', () => {
    expect(() => addMoney({ currency: 'EUR', minor: 1 }, { currency: 'USD', minor: 1 }, null as never)).toThrow(
      expect.objectContaining({ path: 'options', message: 'options: expected an object, got null' }),
    );
  });
});
