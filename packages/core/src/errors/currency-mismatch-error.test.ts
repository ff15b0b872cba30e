import { describe, expect, it } from 'vitest';
import { CurrencyMismatchError } from './currency-mismatch-error';
import { OverdueError } from './overdue-error';

describe('CurrencyMismatchError', () => {
  it('says which currencies clashed and that rates are the way out', () => {
    const error = new CurrencyMismatchError('EUR', 'USD');
    expect(error.message).toBe(
      'cannot combine EUR and USD without exchange rates; pass `rates` to convert to one currency',
    );
    expect(error.expected).toBe('EUR');
    expect(error.received).toBe('USD');
  });

  it('has the currency-mismatch code, its own name and an optional path', () => {
    const error = new CurrencyMismatchError('EUR', 'GBP', 'payments[2].amount');
    expect(error.code).toBe('currency-mismatch');
    expect(error.name).toBe('CurrencyMismatchError');
    expect(error.path).toBe('payments[2].amount');
    expect(error.message.startsWith('payments[2].amount: cannot combine EUR and GBP')).toBe(true);
    expect(error).toBeInstanceOf(OverdueError);
  });
});
