import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { OverdueError } from '../errors/overdue-error';
import { moneyToDecimalString } from './format-money';
import type { MoneyInput } from './money';
import { parseMoney } from './parse-money';

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

/** Values no type allows, to check the public API fails with an OverdueError and nothing else. */
const hostile: unknown[] = [
  undefined,
  null,
  true,
  Symbol('x'),
  10n,
  () => 1,
  [],
  ['1'],
  {},
  Object.create(null),
  { toString: 1 },
  { valueOf: () => '1.00' },
  new Date(0),
  new Number(1),
  new String('1'),
  { toStringTag: '[object Decimal]' }, // what Decimal.isDecimal looks for in foreign copies
];

/** fc.anything() with every option on, including objects with a null prototype. */
const anything = fc.oneof(
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withNullPrototype: true,
    withObjectString: true,
    withSet: true,
    withSparseArray: true,
    withTypedArray: true,
  }),
  fc.constantFrom(...hostile),
);

describe('parseMoney', () => {
  it.each<[MoneyInput, string, number]>([
    // [amount in major units, currency, expected minor] — minor digits per ISO 4217: JPY 0, EUR 2, KWD 3.
    ['1234.50', 'EUR', 123450], // the documented example
    ['1234.5', 'EUR', 123450],
    ['-3', 'EUR', -300],
    ['0.1', 'EUR', 10],
    [1500, 'JPY', 1500], // the documented example
    ['1500', 'JPY', 1500],
    ['1.234', 'KWD', 1234],
    [1.234, 'KWD', 1234],
    [0.1, 'EUR', 10], // 0.1 as a float prints as "0.1" and is exactly 10 cents
    [1234.5, 'EUR', 123450],
    [-0.05, 'EUR', -5],
    [1e3, 'EUR', 100000],
    [1e15, 'JPY', 1e15],
    [new Decimal('12.34'), 'EUR', 1234],
    [new Decimal('-0.001'), 'KWD', -1],
    [new Decimal('1.5000'), 'EUR', 150],
    [new Decimal('1e3'), 'JPY', 1000],
  ])('reads %s %s as %i minor units', (amount, currency, expected) => {
    expect(parseMoney(amount, currency)).toEqual({ currency, minor: expected });
  });

  it('never returns negative zero', () => {
    for (const amount of ['-0', '-0.00', -0, new Decimal('-0')]) {
      expect(Object.is(parseMoney(amount, 'EUR').minor, 0)).toBe(true);
    }
  });

  it('accepts a Decimal from a differently configured decimal.js clone', () => {
    const Coarse = Decimal.clone({ precision: 3 });
    expect(parseMoney(new Coarse('123456.78'), 'EUR')).toEqual({ currency: 'EUR', minor: 12345678 });
  });

  it('rejects 0.125 EUR because EUR has two minor digits', () => {
    const error = thrown(() => parseMoney('0.125', 'EUR'));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).toBe('amount: EUR has 2 minor digits, so "0.125" cannot be represented exactly');
  });

  it.each<[MoneyInput, string, string]>([
    ['0.5', 'JPY', 'amount: JPY has 0 minor digits, so "0.5" cannot be represented exactly'],
    ['1.2345', 'KWD', 'amount: KWD has 3 minor digits, so "1.2345" cannot be represented exactly'],
    [0.125, 'EUR', 'amount: EUR has 2 minor digits, so "0.125" cannot be represented exactly'],
    // 0.1 + 0.2 is 0.30000000000000004 in binary floating point.
    [0.1 + 0.2, 'EUR', 'amount: EUR has 2 minor digits, so "0.30000000000000004" cannot be represented exactly'],
    [1e-7, 'EUR', 'amount: EUR has 2 minor digits, so "1e-7" cannot be represented exactly'],
    [new Decimal('0.001'), 'EUR', 'amount: EUR has 2 minor digits, so "0.001" cannot be represented exactly'],
  ])('rejects %s %s as more precise than the currency', (amount, currency, message) => {
    const error = thrown(() => parseMoney(amount, currency));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).toBe(message);
  });

  describe('beyond Number.MAX_SAFE_INTEGER minor units (9007199254740991)', () => {
    it('accepts exactly the largest safe amount', () => {
      expect(parseMoney('90071992547409.91', 'EUR').minor).toBe(Number.MAX_SAFE_INTEGER);
      expect(parseMoney(new Decimal('-90071992547409.91'), 'EUR').minor).toBe(-Number.MAX_SAFE_INTEGER);
      expect(parseMoney(Number.MAX_SAFE_INTEGER, 'JPY').minor).toBe(Number.MAX_SAFE_INTEGER);
    });

    it.each<[MoneyInput, string, string]>([
      ['90071992547409.92', 'EUR', '"90071992547409.92"'],
      ['-90071992547409.92', 'EUR', '"-90071992547409.92"'],
      ['9007199254740992', 'JPY', '"9007199254740992"'],
      // 2^53 + 1 is not a double; the literal becomes 2^53.
      [Number('9007199254740993'), 'JPY', '"9007199254740992"'],
      [1e21, 'EUR', '"1e+21"'],
      // decimal.js writes exponents only from 1e21 (toExpPos 21), like Number#toString.
      [new Decimal('1e20'), 'EUR', '"100000000000000000000"'],
      [90071992547409.92, 'EUR', '"90071992547409.92"'],
    ])('rejects %s %s with InvalidArgumentError naming the amount', (amount, currency, quoted) => {
      const error = thrown(() => parseMoney(amount, currency));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as Error).message).toBe(
        `amount: ${quoted} exceeds 9007199254740991 minor units and cannot be represented exactly`,
      );
    });
  });

  it.each<[unknown, string]>([
    ['1,50', 'amount: expected a decimal amount such as "1234.50", got "1,50"'],
    ['', 'amount: expected a decimal amount such as "1234.50", got ""'],
    [' 12', 'amount: expected a decimal amount such as "1234.50", got " 12"'],
    ['1e3', 'amount: expected a decimal amount such as "1234.50", got "1e3"'],
    [Number.NaN, 'amount: expected a finite amount, got NaN'],
    [Number.POSITIVE_INFINITY, 'amount: expected a finite amount, got Infinity'],
    [new Decimal(Number.NaN), 'amount: expected a finite amount, got NaN'],
    [new Decimal('-Infinity'), 'amount: expected a finite amount, got -Infinity'],
    [null, 'amount: expected a decimal string such as "1234.50", a number or a Decimal, got null'],
    [undefined, 'amount: expected a decimal string such as "1234.50", a number or a Decimal, got undefined'],
    [{ amount: 1 }, 'amount: expected a decimal string such as "1234.50", a number or a Decimal, got object'],
    [12n, 'amount: expected a decimal string such as "1234.50", a number or a Decimal, got bigint'],
  ])('rejects %s with a message that says what was expected', (amount, message) => {
    const error = thrown(() => parseMoney(amount as MoneyInput, 'EUR'));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).toBe(message);
  });

  it('uses the path it is given in the message', () => {
    const error = thrown(() => parseMoney('abc', 'EUR', 'invoices[2].total'));
    expect(error).toMatchObject({ path: 'invoices[2].total', code: 'invalid-argument' });
    expect((error as Error).message).toBe('invoices[2].total: expected a decimal amount such as "1234.50", got "abc"');
  });

  it.each(['eur', 'EURO', 'ZZZ', '', 'E U'])(
    'rejects the unknown currency "%s" naming the currency path',
    (currency) => {
      const error = thrown(() => parseMoney('1', currency));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).path).toBe('currency');
    },
  );

  it('reads every number that prints as a plain decimal with at most two places the same as its text', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const text = `${whole < 0 ? '-' : ''}${Math.abs(whole)}.${String(cents).padStart(2, '0')}`;
        expect(parseMoney(Number(text), 'EUR')).toEqual(parseMoney(text, 'EUR'));
      }),
    );
  });

  it('round-trips through moneyToDecimalString for JPY, EUR and KWD', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.constantFrom('JPY', 'EUR', 'KWD'), (minor, currency) => {
        const money = { currency, minor: minor + 0 };
        expect(parseMoney(moneyToDecimalString(money), currency)).toEqual(money);
        expect(parseMoney(new Decimal(moneyToDecimalString(money)), currency)).toEqual(money);
      }),
      { numRuns: 1000 },
    );
  });

  it('throws nothing but an OverdueError for arbitrary amounts', () => {
    fc.assert(
      fc.property(anything, (amount) => {
        try {
          const money = parseMoney(amount as MoneyInput, 'EUR');
          expect(Number.isSafeInteger(money.minor)).toBe(true);
        } catch (error) {
          expect(OverdueError.isInstance(error), String((error as Error)?.message)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('throws nothing but an OverdueError for arbitrary currencies', () => {
    fc.assert(
      fc.property(anything, fc.string(), (currency, path) => {
        try {
          parseMoney('1', currency as string, path as string);
        } catch (error) {
          expect(OverdueError.isInstance(error), String((error as Error)?.message)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
