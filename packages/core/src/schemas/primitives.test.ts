import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { parseInput } from '../validation/parse-input';
import {
  channelSchema,
  civilDateSchema,
  currencySchema,
  idSchema,
  instantSchema,
  moneyInputSchema,
} from './primitives';

function message(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    return (error as Error).message;
  }
  throw new Error('expected a throw');
}

describe('civilDateSchema', () => {
  it('accepts a real YYYY-MM-DD date unchanged', () => {
    expect(civilDateSchema.parse('2025-12-31')).toBe('2025-12-31'); // the documented example
    expect(civilDateSchema.parse('2024-02-29')).toBe('2024-02-29');
  });

  it.each<[unknown, string]>([
    ['31/12/2025', 'expected YYYY-MM-DD, got "31/12/2025"'],
    ['2025-02-29', 'expected a real calendar date YYYY-MM-DD, got "2025-02-29" (no such day)'],
    [
      new Date(Date.UTC(2025, 11, 31)),
      'expected YYYY-MM-DD, got a Date (2025-12-31T00:00:00.000Z); pass the civil date as "YYYY-MM-DD"',
    ],
    [undefined, 'expected YYYY-MM-DD, got nothing (the field is missing)'],
  ])('rejects %o', (value, expected) => {
    expect(message(() => parseInput(civilDateSchema, value))).toBe(expected);
  });
});

describe('currencySchema', () => {
  it.each(['EUR', 'JPY', 'KWD'])('accepts %s', (code) => {
    expect(currencySchema.parse(code)).toBe(code);
  });

  it.each<[unknown, string]>([
    ['eur', 'expected an ISO 4217 currency code such as "EUR", got "eur"'],
    ['ZZZ', 'expected an ISO 4217 currency code such as "EUR", got "ZZZ"'],
    [978, 'expected an ISO 4217 currency code such as "EUR", got number 978'],
    [undefined, 'expected an ISO 4217 currency code such as "EUR", got nothing (the field is missing)'],
  ])('rejects %o', (value, expected) => {
    expect(message(() => parseInput(currencySchema, value))).toBe(expected);
  });
});

describe('moneyInputSchema', () => {
  it('accepts strings, numbers and Decimals unchanged (the currency is applied later)', () => {
    expect(moneyInputSchema.parse('12.50')).toBe('12.50'); // the documented example
    expect(moneyInputSchema.parse(12.5)).toBe(12.5);
    const decimal = new Decimal('12.5');
    expect(moneyInputSchema.parse(decimal)).toBe(decimal);
  });

  it.each<[unknown, string]>([
    [null, 'expected an amount such as "1234.50", got null'],
    [true, 'expected an amount such as "1234.50", got boolean true'],
    [{ amount: '1' }, 'expected an amount such as "1234.50", got an object'],
    [12n, 'expected an amount such as "1234.50", got bigint 12'],
  ])('rejects %o', (value, expected) => {
    expect(message(() => parseInput(moneyInputSchema, value))).toBe(expected);
  });
});

describe('idSchema', () => {
  it('accepts any non-empty string', () => {
    expect(idSchema.parse('INV-001')).toBe('INV-001');
    expect(idSchema.parse(' ')).toBe(' ');
  });

  it('rejects an empty string and non-strings', () => {
    expect(message(() => parseInput(idSchema, ''))).toBe('expected a non-empty identifier');
    expect(message(() => parseInput(idSchema, 7))).toBe('expected string, got number 7');
  });
});

describe('channelSchema', () => {
  it.each(['email', 'sms', 'voice', 'whatsapp'])('accepts %s', (channel) => {
    expect(channelSchema.parse(channel)).toBe(channel);
  });

  it('rejects other channels listing the allowed ones', () => {
    expect(message(() => parseInput(channelSchema, 'fax'))).toBe(
      'expected one of "email", "sms", "voice", "whatsapp", got "fax"',
    );
    expect(message(() => parseInput(channelSchema, 'EMAIL'))).toMatch(/got "EMAIL"$/);
  });
});

describe('instantSchema', () => {
  it.each([
    ['2026-01-05T09:30:00Z', Date.UTC(2026, 0, 5, 9, 30)], // the documented example
    ['2026-01-05T09:30:00.123Z', Date.UTC(2026, 0, 5, 9, 30, 0, 123)],
    ['2026-01-05T11:30:00+02:00', Date.UTC(2026, 0, 5, 9, 30)],
    ['2026-01-05T04:30:00-05:00', Date.UTC(2026, 0, 5, 9, 30)],
  ])('reads the ISO string %s as a Date at that instant', (text, expected) => {
    const instant = instantSchema.parse(text);
    expect(instant).toBeInstanceOf(Date);
    expect(instant.getTime()).toBe(expected);
  });

  it('accepts a Date as it is', () => {
    const date = new Date(Date.UTC(2026, 1, 1, 10));
    expect(instantSchema.parse(date).getTime()).toBe(date.getTime());
  });

  it.each<[unknown, string]>([
    // Without an offset a string would be read in the machine's time zone, so it is refused.
    ['2026-01-05T09:30:00', 'expected a Date or an ISO 8601 instant with an offset, got "2026-01-05T09:30:00"'],
    ['2026-01-05', 'expected a Date or an ISO 8601 instant with an offset, got "2026-01-05"'],
    ['2026-02-30T10:00:00Z', 'expected a Date or an ISO 8601 instant with an offset, got "2026-02-30T10:00:00Z"'],
    ['yesterday', 'expected a Date or an ISO 8601 instant with an offset, got "yesterday"'],
    [1_767_605_400_000, 'expected a Date or an ISO 8601 instant with an offset, got number 1767605400000'],
    [new Date(Number.NaN), 'expected a Date or an ISO 8601 instant with an offset, got a Date (invalid)'],
    [undefined, 'expected a Date or an ISO 8601 instant with an offset, got nothing (the field is missing)'],
  ])('rejects %o with a message naming the value', (value, expected) => {
    expect(message(() => parseInput(instantSchema, value))).toBe(expected);
  });
});
