import { describe, expect, it } from 'vitest';
import { AmountOverflowError } from './amount-overflow-error';
import { ApiCallError } from './api-call-error';
import { CurrencyMismatchError } from './currency-mismatch-error';
import { InvalidArgumentError } from './invalid-argument-error';
import { OverdueError } from './overdue-error';
import { WebhookSignatureError } from './webhook-signature-error';

describe('OverdueError', () => {
  it('prefixes the message with the path when one is given', () => {
    const error = new OverdueError({ code: 'invalid-argument', message: 'expected a string', path: 'invoices[3].id' });
    expect(error.message).toBe('invoices[3].id: expected a string');
    expect(error.path).toBe('invoices[3].id');
    expect(error.code).toBe('invalid-argument');
  });

  it('leaves the message alone and the path undefined when no path is given', () => {
    const error = new OverdueError({ code: 'api-call', message: 'the call failed' });
    expect(error.message).toBe('the call failed');
    expect(error.path).toBeUndefined();
  });

  it('is a real Error with its own name and stack', () => {
    const error = new OverdueError({ code: 'api-call', message: 'x' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('OverdueError');
    expect(typeof error.stack).toBe('string');
  });

  it('keeps the cause when one is given and has no cause property otherwise', () => {
    const cause = new TypeError('socket hang up');
    expect(new OverdueError({ code: 'api-call', message: 'x', cause }).cause).toBe(cause);
    expect('cause' in new OverdueError({ code: 'api-call', message: 'x' })).toBe(false);
  });

  it('does not put the marker symbol into JSON', () => {
    const error = new InvalidArgumentError('bad', 'field');
    expect(JSON.stringify({ ...error })).not.toContain('overdue.error');
  });
});

describe('OverdueError.isInstance', () => {
  // A second copy of the package (two versions in node_modules, or ESM and CJS builds side by side) has
  // its own OverdueError class but the same Symbol.for('overdue.error') marker.
  class ErrorFromAnotherCopy extends Error {
    readonly code = 'invalid-argument';
    constructor(message: string) {
      super(message);
      (this as unknown as Record<symbol, boolean>)[Symbol.for('overdue.error')] = true;
    }
  }

  it('recognises errors of every subclass', () => {
    const errors = [
      new OverdueError({ code: 'invalid-argument', message: 'x' }),
      new InvalidArgumentError('x'),
      new CurrencyMismatchError('EUR', 'USD'),
      new AmountOverflowError('the EUR sum'),
      new WebhookSignatureError('bad signature'),
      new ApiCallError({ message: 'x', url: 'https://api.example.test' }),
    ];
    for (const error of errors) expect(OverdueError.isInstance(error)).toBe(true);
  });

  it('recognises an error from another copy of the package that instanceof would miss', () => {
    const foreign = new ErrorFromAnotherCopy('x');
    expect(foreign instanceof OverdueError).toBe(false);
    expect(OverdueError.isInstance(foreign)).toBe(true);
  });

  it('recognises a plain object carrying the marker, as a structured clone of a foreign error would', () => {
    expect(OverdueError.isInstance({ [Symbol.for('overdue.error')]: true })).toBe(true);
  });

  it.each([
    ['a plain Error', new Error('x')],
    ['a TypeError', new TypeError('x')],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'invalid-argument'],
    ['a number', 42],
    ['an object with a code but no marker', { code: 'invalid-argument', message: 'x' }],
    ['an object whose marker is truthy but not true', { [Symbol.for('overdue.error')]: 'yes' }],
    ['an object marked with a different symbol', { [Symbol('overdue.error')]: true }],
    ['an object with a null prototype', Object.create(null)],
  ])('rejects %s', (_label, value) => {
    expect(OverdueError.isInstance(value)).toBe(false);
  });
});
