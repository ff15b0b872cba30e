import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { OverdueError } from '../errors/overdue-error';
import { parseInput } from '../validation/parse-input';
import {
  COLLECTIONS_EVENT_TYPES,
  type CollectionsEventInput,
  type CollectionsEventType,
  collectionsEventSchema,
} from './collections-event';

const at = '2026-02-01T10:00:00Z';
const atTime = Date.UTC(2026, 1, 1, 10);

// Every type from DESIGN.md with the fields it needs beyond the common ones.
const minimal: Record<CollectionsEventType, Record<string, unknown>> = {
  'message-sent': {},
  'message-delivered': {},
  'message-failed': {},
  'message-opened': {},
  'link-clicked': {},
  'reply-received': {},
  'opted-out': { channel: 'sms' },
  'opted-in': { channel: 'email' },
  'payment-received': {},
  'promise-made': { promisedDate: '2026-02-10' },
  'promise-broken': {},
  'dispute-opened': {},
  'dispute-resolved': {},
  'invoice-updated': {},
};
const types = Object.keys(minimal) as CollectionsEventType[];

function problem(input: unknown): string {
  try {
    parseInput(collectionsEventSchema, input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    return (error as Error).message;
  }
  throw new Error('expected the event to be rejected');
}

describe('COLLECTIONS_EVENT_TYPES', () => {
  it('lists exactly the types of DESIGN.md, each accepted by the schema', () => {
    expect([...COLLECTIONS_EVENT_TYPES].sort()).toEqual([...types].sort());
    for (const type of COLLECTIONS_EVENT_TYPES) {
      expect(collectionsEventSchema.safeParse({ type, at, customerId: 'C1', ...minimal[type] }).success).toBe(true);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(COLLECTIONS_EVENT_TYPES)).toBe(true);
  });
});

describe('collectionsEventSchema', () => {
  it('has the fourteen event types of the design document', () => {
    expect(types).toHaveLength(14);
  });

  it.each(types)('parses a minimal %s event with `at` as an ISO string', (type) => {
    const event = parseInput(collectionsEventSchema, { type, at, customerId: 'C1', ...minimal[type] });
    expect(event.type).toBe(type);
    expect(event.at).toBeInstanceOf(Date);
    expect(event.at.getTime()).toBe(atTime);
    expect(event.customerId).toBe('C1');
  });

  it.each(types)('parses a %s event with `at` as a Date', (type) => {
    const event = parseInput(collectionsEventSchema, {
      type,
      at: new Date(atTime),
      customerId: 'C1',
      ...minimal[type],
    });
    expect(event.at.getTime()).toBe(atTime);
  });

  it('reads the documented promise example', () => {
    expect(
      collectionsEventSchema.parse({ type: 'promise-made', at, customerId: 'C1', promisedDate: '2026-02-10' }).type,
    ).toBe('promise-made');
  });

  it('keeps the common optional fields', () => {
    const event = parseInput(collectionsEventSchema, {
      type: 'message-sent',
      id: 'evt_1',
      at: '2026-02-01T11:00:00+01:00',
      customerId: 'C1',
      invoiceIds: ['i1', 'i2'],
      channel: 'email',
      contactId: 'c1',
      messageId: 'm1',
      templateId: 'friendly-reminder',
      tone: 'friendly',
    });
    expect(event).toEqual({
      type: 'message-sent',
      id: 'evt_1',
      at: new Date(atTime),
      customerId: 'C1',
      invoiceIds: ['i1', 'i2'],
      channel: 'email',
      contactId: 'c1',
      messageId: 'm1',
      templateId: 'friendly-reminder',
      tone: 'friendly',
    });
  });

  describe('amounts', () => {
    it.each<[CollectionsEventType, Record<string, unknown>]>([
      ['payment-received', { paymentId: 'p1' }],
      ['promise-made', { promisedDate: '2026-02-10' }],
      ['promise-broken', {}],
      ['dispute-opened', { reason: 'damaged goods' }],
    ])('turns the amount of a %s event into exact money and drops the separate currency', (type, extra) => {
      const event = parseInput(collectionsEventSchema, {
        type,
        at,
        customerId: 'C1',
        amount: '50',
        currency: 'EUR',
        ...extra,
      });
      expect(event).toMatchObject({ type, amount: { currency: 'EUR', minor: 5000 } });
      expect('currency' in event).toBe(false);
    });

    it('reads the amount in the currency given (KWD has three minor digits)', () => {
      const input: CollectionsEventInput = {
        type: 'payment-received',
        at,
        customerId: 'C1',
        amount: 1.5,
        currency: 'KWD',
      };
      expect(parseInput(collectionsEventSchema, input)).toMatchObject({ amount: { currency: 'KWD', minor: 1500 } });
    });

    it('requires the currency with an amount', () => {
      expect(problem({ type: 'payment-received', at, customerId: 'C1', amount: '50' })).toBe(
        'currency: an amount needs its currency',
      );
    });

    it.each<[Record<string, unknown>, string]>([
      [{ amount: '0', currency: 'EUR' }, 'amount: expected a positive amount, got "0"'],
      [{ amount: '-5', currency: 'EUR' }, 'amount: expected a positive amount, got "-5"'],
      [{ amount: '0.5', currency: 'JPY' }, 'amount: JPY has 0 minor digits, so "0.5" cannot be represented exactly'],
      [{ amount: '5', currency: 'EURO' }, 'currency: expected an ISO 4217 currency code such as "EUR", got "EURO"'],
      [{ amount: true, currency: 'EUR' }, 'amount: expected an amount such as "1234.50", got boolean true'],
    ])('rejects %o', (fields, message) => {
      expect(problem({ type: 'payment-received', at, customerId: 'C1', ...fields })).toBe(message);
    });

    it('has no amount when none is given, even with a currency', () => {
      const event = parseInput(collectionsEventSchema, {
        type: 'payment-received',
        at,
        customerId: 'C1',
        currency: 'EUR',
      });
      expect('amount' in event).toBe(false);
      expect('currency' in event).toBe(false);
    });

    it('ignores amount fields on types that carry none', () => {
      const event = parseInput(collectionsEventSchema, {
        type: 'message-sent',
        at,
        customerId: 'C1',
        amount: '5',
        currency: 'EUR',
      });
      expect(event).toEqual({ type: 'message-sent', at: new Date(atTime), customerId: 'C1' });
    });
  });

  it.each<[Record<string, unknown>, string]>([
    [
      { type: 'opted-out', at, customerId: 'C1' },
      'channel: expected one of "email", "sms", "voice", "whatsapp", got nothing (the field is missing)',
    ],
    [
      { type: 'opted-in', at, customerId: 'C1', channel: 'fax' },
      'channel: expected one of "email", "sms", "voice", "whatsapp", got "fax"',
    ],
    [
      { type: 'promise-made', at, customerId: 'C1' },
      'promisedDate: expected YYYY-MM-DD, got nothing (the field is missing)',
    ],
    [
      { type: 'promise-made', at, customerId: 'C1', promisedDate: '10/02/2026' },
      'promisedDate: expected YYYY-MM-DD, got "10/02/2026"',
    ],
    [
      { type: 'invoice-updated', at: '2026-02-01', customerId: 'C1' },
      'at: expected a Date or an ISO 8601 instant with an offset, got "2026-02-01"',
    ],
    [
      { type: 'invoice-updated', at: '2026-02-01T10:00:00', customerId: 'C1' },
      'at: expected a Date or an ISO 8601 instant with an offset, got "2026-02-01T10:00:00"',
    ],
    [
      { type: 'invoice-updated', at: atTime, customerId: 'C1' },
      `at: expected a Date or an ISO 8601 instant with an offset, got number ${atTime}`,
    ],
    [
      { type: 'invoice-updated', at: new Date(Number.NaN), customerId: 'C1' },
      'at: expected a Date or an ISO 8601 instant with an offset, got a Date (invalid)',
    ],
    [
      { type: 'invoice-updated', customerId: 'C1' },
      'at: expected a Date or an ISO 8601 instant with an offset, got nothing (the field is missing)',
    ],
    [{ type: 'invoice-updated', at }, 'customerId: expected string, got nothing (the field is missing)'],
    [
      { type: 'invoice-updated', at, customerId: 'C1', invoiceIds: ['i1', ''] },
      'invoiceIds[1]: expected a non-empty identifier',
    ],
    [
      { type: 'dispute-resolved', at, customerId: 'C1', outcome: 'won' },
      'outcome: expected one of "upheld", "rejected", "credited", got "won"',
    ],
  ])('rejects %o', (input, message) => {
    expect(problem(input)).toBe(message);
  });

  it('rejects an unknown or missing type at the path "type"', () => {
    expect(problem({ type: 'invoice-paid', at, customerId: 'C1' })).toMatch(/^type: /);
    expect(problem({ at, customerId: 'C1' })).toMatch(/^type: /);
  });

  it('throws nothing but an OverdueError for arbitrary events', () => {
    const value = fc.anything({ withNullPrototype: true, withBigInt: true, withBoxedValues: true, withDate: true });
    const nearlyEvent = fc
      .tuple(
        fc.constantFrom(...types),
        fc.constantFrom('at', 'customerId', 'amount', 'currency', 'channel', 'invoiceIds', 'promisedDate'),
        value,
      )
      .map(([type, key, field]) => ({
        type,
        at,
        customerId: 'C1',
        amount: '1',
        currency: 'EUR',
        ...minimal[type],
        [key]: field,
      }));
    fc.assert(
      fc.property(fc.oneof(value, nearlyEvent), (input) => {
        try {
          parseInput(collectionsEventSchema, input);
        } catch (error) {
          expect(OverdueError.isInstance(error), String(error)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
