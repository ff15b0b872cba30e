import { describe, expect, it } from 'vitest';
import { AmountOverflowError } from './amount-overflow-error';
import { OverdueError } from './overdue-error';

describe('AmountOverflowError', () => {
  it('says what overflowed and states the limit in minor units', () => {
    // Number.MAX_SAFE_INTEGER = 2^53 - 1 = 9007199254740991 (ECMA-262, Number.MAX_SAFE_INTEGER).
    const error = new AmountOverflowError('sum of EUR amounts', 'invoices');
    expect(error.message).toBe(
      'invoices: sum of EUR amounts exceeds 9007199254740991 minor units and cannot be represented exactly',
    );
    expect(error.code).toBe('amount-overflow');
    expect(error.name).toBe('AmountOverflowError');
    expect(error).toBeInstanceOf(OverdueError);
  });

  it('works without a path', () => {
    expect(new AmountOverflowError('the JPY result').path).toBeUndefined();
  });
});
