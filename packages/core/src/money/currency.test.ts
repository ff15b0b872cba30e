import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { OverdueError } from '../errors/overdue-error';
import { isCurrencyCode, minorDigits } from './currency';

describe('minorDigits', () => {
  it.each([
    // Minor units from the ISO 4217 list (SIX Group, "List one: currency, fund and precious metal codes").
    ['JPY', 0],
    ['KRW', 0],
    ['ISK', 0],
    ['EUR', 2],
    ['USD', 2],
    ['GBP', 2],
    ['KWD', 3],
    ['BHD', 3],
    ['JOD', 3],
    ['OMR', 3],
    ['TND', 3],
  ])('gives %s %i minor digits', (currency, digits) => {
    expect(minorDigits(currency)).toBe(digits);
  });

  it('gives the same answer on a second call (the cache does not change it)', () => {
    expect([minorDigits('KWD'), minorDigits('KWD'), minorDigits('JPY'), minorDigits('JPY')]).toEqual([3, 3, 0, 0]);
  });

  it.each([
    ['eur', 'currency: expected an ISO 4217 currency code such as "EUR", got "eur"'],
    ['ZZZ', 'currency: expected an ISO 4217 currency code such as "EUR", got "ZZZ"'],
    ['EURO', 'currency: expected an ISO 4217 currency code such as "EUR", got "EURO"'],
    ['', 'currency: expected an ISO 4217 currency code such as "EUR", got ""'],
  ])('rejects "%s"', (currency, message) => {
    expect(() => minorDigits(currency)).toThrow(InvalidArgumentError);
    expect(() => minorDigits(currency)).toThrow(message);
  });

  it('names the path it is given', () => {
    expect(() => minorDigits('XYZ', 'invoices[0].currency')).toThrow(
      'invoices[0].currency: expected an ISO 4217 currency code such as "EUR", got "XYZ"',
    );
  });

  it('throws nothing but an OverdueError for arbitrary values', () => {
    const values = fc.oneof(
      fc.anything({ withNullPrototype: true, withBigInt: true, withBoxedValues: true, withDate: true }),
      fc.constantFrom(Object.create(null), { toString: 1 }, Symbol('EUR'), new String('EUR')),
    );
    fc.assert(
      fc.property(values, (value) => {
        try {
          minorDigits(value as string);
        } catch (error) {
          expect(OverdueError.isInstance(error)).toBe(true);
        }
      }),
    );
  });
});

describe('isCurrencyCode', () => {
  it.each(['EUR', 'JPY', 'KWD', 'USD', 'CHF'])('accepts %s', (code) => {
    expect(isCurrencyCode(code)).toBe(true);
  });

  it.each([
    ['eur'],
    ['Eur'],
    ['EU'],
    ['EURO'],
    [''],
    ['ZZZ'],
    [' EUR'],
    [null],
    [undefined],
    [978],
    [new String('EUR')],
    [['EUR']],
  ])('rejects %o', (value) => {
    expect(isCurrencyCode(value)).toBe(false);
  });

  it('accepts every code Intl reports as supported and nothing that is not three upper-case letters', () => {
    for (const code of Intl.supportedValuesOf('currency')) expect(isCurrencyCode(code)).toBe(true);
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!/^[A-Z]{3}$/.test(text));
        expect(isCurrencyCode(text)).toBe(false);
      }),
    );
  });
});
