import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseInput } from '../validation/parse-input';
import { toMoneyField } from './money-field';

// A tiny schema that runs toMoneyField the way the domain schemas do.
function amountSchema(options: { positive?: boolean; nonNegative?: boolean } = {}) {
  return z.object({ currency: z.string(), value: z.union([z.string(), z.number()]) }).transform((input, context) => {
    const money = toMoneyField(input.value, input.currency, ['nested', 0, 'value'], context, options);
    return money === undefined ? z.NEVER : money;
  });
}

describe('toMoneyField', () => {
  it('returns exact money', () => {
    expect(parseInput(amountSchema(), { currency: 'EUR', value: '-1.50' })).toEqual({ currency: 'EUR', minor: -150 });
  });

  it('reports a parse problem at the field path, without the "amount:" prefix of parseMoney', () => {
    expect(() => parseInput(amountSchema(), { currency: 'EUR', value: '1.555' })).toThrow(
      /^nested\[0\]\.value: EUR has 2 minor digits, so "1\.555" cannot be represented exactly$/,
    );
  });

  it('rejects zero and negatives when the amount must be positive', () => {
    expect(() => parseInput(amountSchema({ positive: true }), { currency: 'EUR', value: '0' })).toThrow(
      'nested[0].value: expected a positive amount, got "0"',
    );
    expect(parseInput(amountSchema({ positive: true }), { currency: 'EUR', value: '0.01' }).minor).toBe(1);
  });

  it('rejects negatives but accepts zero when the amount must not be negative', () => {
    expect(() => parseInput(amountSchema({ nonNegative: true }), { currency: 'EUR', value: -1 })).toThrow(
      'nested[0].value: expected zero or more, got "-1"',
    );
    expect(parseInput(amountSchema({ nonNegative: true }), { currency: 'EUR', value: '-0' }).minor).toBe(0);
  });

  it('reports an unknown currency at the amount path', () => {
    expect(() => parseInput(amountSchema(), { currency: 'ZZZ', value: '1' })).toThrow(
      'nested[0].value: expected an ISO 4217 currency code such as "EUR", got "ZZZ"',
    );
  });
});
