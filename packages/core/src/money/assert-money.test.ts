import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { assertMoney } from './assert-money';
import { addMoney, sumMoney } from './money-arithmetic';

describe('assertMoney', () => {
  it('returns a valid money value unchanged', () => {
    const money = { currency: 'JPY', minor: -5 };
    expect(assertMoney(money)).toBe(money);
  });

  it.each([
    [{ currency: 'EUR', minor: 10.5 }, 'fee.minor: expected integer minor units, got number 10.5'],
    [{ currency: 'EUR', minor: Number.NaN }, 'fee.minor: expected integer minor units, got number NaN'],
    [{ currency: 'EUR', minor: 2 ** 53 }, 'fee.minor: expected integer minor units, got number 9007199254740992'],
    [{ currency: 'eur', minor: 1 }, 'fee.currency: expected an ISO 4217 currency code such as "EUR", got "eur"'],
    [null, 'fee: expected { currency, minor }, got null'],
  ])('rejects %j with a message naming the field', (value, message) => {
    expect(() => assertMoney(value, 'fee')).toThrow(
      new InvalidArgumentError(message.replace(/^[^:]*: /, ''), message.split(':')[0]),
    );
  });

  it('guards the arithmetic: a fractional minor amount is reported, not summed', () => {
    expect(() => addMoney({ currency: 'EUR', minor: 1 }, { currency: 'EUR', minor: 0.5 })).toThrow(
      'b.minor: expected integer minor units',
    );
    expect(() =>
      sumMoney(
        [
          { currency: 'EUR', minor: 1 },
          { currency: 'EUR', minor: Number.NaN },
        ],
        'EUR',
      ),
    ).toThrow('amounts[1].minor');
  });
});
