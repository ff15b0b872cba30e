import type { CollectionsEvent } from '@overdue/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catchOverdueError } from '../_test/catch-overdue-error';
import type { OutreachResult } from './learner-types';
import { outcomeOfTouch } from './outcome-of-touch';
import type { SentOutreachTouch, TouchOutcome } from './touch-outcome-types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SENT = Date.UTC(2026, 2, 2, 9);

const touch: SentOutreachTouch = {
  customerId: 'C1',
  segment: 'slow',
  channel: 'email',
  slot: 'morning',
  tone: 'neutral',
  sentAt: new Date(SENT),
  invoiceIds: ['INV-7'],
};

/** An event of C1 `hours` after the message, on email, about INV-7 unless `extra` says otherwise. */
function event(type: CollectionsEvent['type'], hours: number, extra: Record<string, unknown> = {}): CollectionsEvent {
  return {
    type,
    at: new Date(SENT + hours * HOUR),
    customerId: 'C1',
    channel: 'email',
    invoiceIds: ['INV-7'],
    ...extra,
  } as CollectionsEvent;
}

const after = (days: number) => ({ asOf: new Date(SENT + days * DAY) });

function settledResult(outcome: TouchOutcome): OutreachResult | 'pending' {
  return outcome.settled ? outcome.result : 'pending';
}

describe('outcomeOfTouch', () => {
  it('settles at once on a payment of a chased invoice, with the outcome to record and the event that decided', () => {
    const payment = event('payment-received', 55, { channel: undefined });
    const outcome = outcomeOfTouch(touch, [event('message-opened', 1), payment], after(3));
    expect(outcome).toEqual({
      settled: true,
      result: 'paid',
      event: payment,
      settledAt: payment.at,
      outcome: { segment: 'slow', channel: 'email', slot: 'morning', tone: 'neutral', result: 'paid' },
      touch: { channel: 'email', slot: 'morning', tone: 'neutral', result: 'paid' },
      reason: 'paid: a payment at 2026-03-04T16:00:00.000Z, 2.3 days after the message.',
    });
  });

  it('waits while the window is open and settles as the best result when it closes', () => {
    const events = [event('message-delivered', 0), event('message-opened', 30)];
    const open = outcomeOfTouch(touch, events, { asOf: new Date(SENT + 7 * DAY - 1) });
    expect(open).toMatchObject({ settled: false, result: 'opened', settlesAt: new Date(SENT + 7 * DAY) });
    expect(open.touch.result).toBeUndefined();
    expect(open.reason).toBe('opened so far (an open); the 7-day window closes at 2026-03-09T09:00:00.000Z.');
    const closed = outcomeOfTouch(touch, events, after(7));
    expect(closed).toMatchObject({ settled: true, result: 'opened', settledAt: new Date(SENT + 7 * DAY) });
    expect(closed.reason).toBe(
      'opened: an open at 2026-03-03T15:00:00.000Z, 1.3 days after the message; the 7-day window closed at 2026-03-09T09:00:00.000Z.',
    );
  });

  it('settles as ignored when nothing came, and as delivered when only a receipt came', () => {
    const nothing = outcomeOfTouch(touch, [], after(8));
    expect(nothing).toMatchObject({ settled: true, result: 'ignored', event: undefined });
    expect(nothing.reason).toBe(
      'ignored: the 7-day window closed at 2026-03-09T09:00:00.000Z with nothing from the payer.',
    );
    expect(outcomeOfTouch(touch, [], after(1))).toMatchObject({ settled: false, result: undefined });
    expect(outcomeOfTouch(touch, [], after(1)).reason).toMatch(/^nothing so far; /);
    expect(settledResult(outcomeOfTouch(touch, [event('message-delivered', 0)], after(7)))).toBe('delivered');
  });

  it('measures the window with rewardWindowDays', () => {
    const late = [event('payment-received', 4 * 24)];
    expect(settledResult(outcomeOfTouch(touch, late, { ...after(10), rewardWindowDays: 3 }))).toBe('ignored');
    expect(settledResult(outcomeOfTouch(touch, late, { ...after(10), rewardWindowDays: 5 }))).toBe('paid');
    expect(outcomeOfTouch(touch, [], { ...after(2), rewardWindowDays: 3 })).toMatchObject({
      settlesAt: new Date(SENT + 3 * DAY),
    });
  });

  it('settles at once on a failure that is all that came of the touch, teaching that the channel failed', () => {
    const failure = event('message-failed', 0);
    const outcome = outcomeOfTouch(touch, [failure], after(0.5));
    expect(outcome).toMatchObject({ settled: true, result: 'failed', settledAt: failure.at, event: failure });
    expect(outcome.touch.result).toBe('failed');
  });

  it('keeps waiting on a failure after something better (one of two contacts failed)', () => {
    const outcome = outcomeOfTouch(touch, [event('message-delivered', 0), event('message-failed', 1)], after(1));
    expect(outcome).toMatchObject({ settled: false, result: 'delivered' });
  });

  it('lets an opt-out outweigh a later payment, and reads events in time order whatever their order', () => {
    const events = [event('payment-received', 30), event('opted-out', 2)];
    expect(outcomeOfTouch(touch, events, after(1.5))).toMatchObject({
      settled: true,
      result: 'opted-out',
      settledAt: new Date(SENT + 2 * HOUR),
    });
    // A payment first settles the touch as paid: the opt-out after it belongs to no touch of this window.
    expect(settledResult(outcomeOfTouch(touch, [event('payment-received', 2), event('opted-out', 30)], after(2)))).toBe(
      'paid',
    );
  });

  it('reads events at the same instant best first, whatever their order', () => {
    const both = [event('payment-received', 5), event('opted-out', 5)];
    expect(settledResult(outcomeOfTouch(touch, both, after(1)))).toBe('opted-out');
    expect(settledResult(outcomeOfTouch(touch, [...both].reverse(), after(1)))).toBe('opted-out');
    const failedAndDelivered = [event('message-failed', 0), event('message-delivered', 0)];
    expect(outcomeOfTouch(touch, failedAndDelivered, after(1))).toMatchObject({ settled: false, result: 'delivered' });
  });

  it('skips events of other customers, before the message and after the window', () => {
    const events = [
      event('payment-received', 1, { customerId: 'C2' }),
      event('payment-received', -1),
      event('payment-received', 7 * 24),
      event('reply-received', 7 * 24 - 0.001),
    ];
    expect(settledResult(outcomeOfTouch(touch, events, after(8)))).toBe('replied');
  });

  it('counts a payment or promise only for the chased invoices, or when either side names none', () => {
    const other = { invoiceIds: ['INV-8'] };
    expect(settledResult(outcomeOfTouch(touch, [event('payment-received', 5, other)], after(8)))).toBe('ignored');
    expect(settledResult(outcomeOfTouch(touch, [event('promise-made', 5, other)], after(8)))).toBe('ignored');
    const unallocated = event('payment-received', 5, { invoiceIds: undefined });
    expect(settledResult(outcomeOfTouch(touch, [unallocated], after(1)))).toBe('paid');
    const { invoiceIds: _ids, ...anyInvoice } = touch;
    expect(settledResult(outcomeOfTouch(anyInvoice, [event('payment-received', 5, other)], after(1)))).toBe('paid');
    expect(
      settledResult(outcomeOfTouch(touch, [event('promise-made', 5, { promisedDate: '2026-03-10' })], after(8))),
    ).toBe('promised');
  });

  it('matches message events by provider id when both carry one, else by channel and invoices', () => {
    const withId = { ...touch, messageId: 'M1' };
    const ours = event('message-opened', 1, { messageId: 'M1' });
    const theirs = event('message-opened', 1, { messageId: 'M2' });
    expect(settledResult(outcomeOfTouch(withId, [ours], after(8)))).toBe('opened');
    expect(settledResult(outcomeOfTouch(withId, [theirs], after(8)))).toBe('ignored');
    expect(settledResult(outcomeOfTouch(withId, [event('message-failed', 1, { messageId: 'M2' })], after(8)))).toBe(
      'ignored',
    );
    // Without an id on the event: its channel and invoices.
    expect(settledResult(outcomeOfTouch(withId, [event('message-opened', 1)], after(8)))).toBe('opened');
    expect(settledResult(outcomeOfTouch(touch, [event('message-opened', 1, { channel: 'sms' })], after(8)))).toBe(
      'ignored',
    );
    expect(settledResult(outcomeOfTouch(touch, [event('link-clicked', 1, { channel: undefined })], after(8)))).toBe(
      'clicked',
    );
    expect(
      settledResult(outcomeOfTouch(touch, [event('message-opened', 1, { invoiceIds: ['INV-8'] })], after(8))),
    ).toBe('ignored');
    // A reply may carry its own id: it still matches by channel and invoices.
    expect(settledResult(outcomeOfTouch(withId, [event('reply-received', 1, { messageId: 'R9' })], after(8)))).toBe(
      'replied',
    );
  });

  it('counts an opt-out only of the touch channel, and of its contact when both name one', () => {
    const toContact = { ...touch, contactId: 'ap' };
    expect(settledResult(outcomeOfTouch(toContact, [event('opted-out', 1, { channel: 'sms' })], after(8)))).toBe(
      'ignored',
    );
    expect(settledResult(outcomeOfTouch(toContact, [event('opted-out', 1, { contactId: 'ceo' })], after(8)))).toBe(
      'ignored',
    );
    expect(settledResult(outcomeOfTouch(toContact, [event('opted-out', 1, { contactId: 'ap' })], after(1)))).toBe(
      'opted-out',
    );
    expect(settledResult(outcomeOfTouch(toContact, [event('opted-out', 1)], after(1)))).toBe('opted-out');
  });

  it('learns nothing from events that are not outcomes', () => {
    const events = (['message-sent', 'dispute-opened', 'dispute-resolved', 'invoice-updated', 'opted-in'] as const).map(
      (type) => event(type, 1),
    );
    expect(settledResult(outcomeOfTouch(touch, events, after(8)))).toBe('ignored');
  });

  it('continues from resultSoFar with only the newer events', () => {
    const first = outcomeOfTouch(touch, [event('message-opened', 1)], after(2));
    expect(first).toMatchObject({ settled: false, result: 'opened' });
    const later = outcomeOfTouch(touch, [event('message-delivered', 50)], {
      ...after(8),
      resultSoFar: first.result,
    });
    expect(later).toMatchObject({ settled: true, result: 'opened', event: undefined });
    expect(later.reason).toBe(
      'opened: found by an earlier reading (resultSoFar); the 7-day window closed at 2026-03-09T09:00:00.000Z.',
    );
  });

  const resultEvents = [
    'payment-received',
    'promise-made',
    'reply-received',
    'link-clicked',
    'message-opened',
    'message-delivered',
    'message-failed',
    'opted-out',
  ] as const;
  const eventArbitrary = fc
    .record({
      type: fc.constantFrom(...resultEvents),
      hours: fc.integer({ min: -24, max: 9 * 24 }),
      channel: fc.constantFrom('email', 'sms'),
      invoice: fc.constantFrom('INV-7', 'INV-8'),
    })
    .map(({ type, hours, channel, invoice }) => event(type, hours, { channel, invoiceIds: [invoice] }));

  it('gives the same answer for the events in any order, repeated, or fed in two calls split in time', () => {
    fc.assert(
      fc.property(
        fc.array(eventArbitrary, { maxLength: 12 }),
        fc.integer({ min: 0, max: 9 * 24 }),
        fc.integer({ min: 0, max: 10 * 24 }),
        (events, cutHours, asOfHours) => {
          const asOf = new Date(SENT + Math.max(cutHours, asOfHours) * HOUR);
          const whole = outcomeOfTouch(touch, events, { asOf });
          const key = (outcome: TouchOutcome) =>
            outcome.settled ? `settled ${outcome.result} ${outcome.settledAt.getTime()}` : `pending ${outcome.result}`;
          expect(key(outcomeOfTouch(touch, [...events].reverse(), { asOf }))).toBe(key(whole));
          expect(key(outcomeOfTouch(touch, [...events, ...events], { asOf }))).toBe(key(whole));
          // A host that read the events up to `cut` first, then the rest with resultSoFar.
          const cut = SENT + cutHours * HOUR;
          const before = events.filter((item) => item.at.getTime() < cut);
          const rest = events.filter((item) => item.at.getTime() >= cut);
          const first = outcomeOfTouch(touch, before, { asOf: new Date(cut) });
          if (first.settled) {
            expect(key(first)).toBe(key(whole));
            return;
          }
          expect(key(outcomeOfTouch(touch, rest, { asOf, resultSoFar: first.result }))).toBe(key(whole));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('leaves the touch and the events as they were', () => {
    const events = [event('message-opened', 1), event('payment-received', 30)];
    const copy = structuredClone(events);
    const touchCopy = structuredClone(touch);
    outcomeOfTouch(touch, events, after(3));
    expect(events).toEqual(copy);
    expect(touch).toEqual(touchCopy);
  });

  describe('errors name the field', () => {
    const cases: [string, () => unknown, string, string][] = [
      [
        'a misspelt touch field',
        () => outcomeOfTouch({ ...touch, sentat: touch.sentAt } as never, [], after(1)),
        'touch.sentat',
        'unknown field; did you mean "sentAt"?',
      ],
      [
        'a touch that is not an object',
        () => outcomeOfTouch(null as never, [], after(1)),
        'touch',
        'expected an object, got null',
      ],
      [
        'an empty customer id',
        () => outcomeOfTouch({ ...touch, customerId: '' }, [], after(1)),
        'touch.customerId',
        'expected a non-empty string, got ""',
      ],
      [
        'an unknown slot',
        () => outcomeOfTouch({ ...touch, slot: 'noon' as never }, [], after(1)),
        'touch.slot',
        'expected one of "morning", "midday", "afternoon", "evening", got "noon"',
      ],
      [
        'an unknown channel',
        () => outcomeOfTouch({ ...touch, channel: 'fax' as never }, [], after(1)),
        'touch.channel',
        'expected one of "email", "sms", "voice", "whatsapp", got "fax"',
      ],
      [
        'a string sentAt',
        () => outcomeOfTouch({ ...touch, sentAt: '2026-03-02' as never }, [], after(1)),
        'touch.sentAt',
        'expected a Date, got "2026-03-02"',
      ],
      [
        'an invalid sentAt',
        () => outcomeOfTouch({ ...touch, sentAt: new Date('x') }, [], after(1)),
        'touch.sentAt',
        'expected a valid Date, got an invalid Date',
      ],
      [
        'invoice ids that are not an array',
        () => outcomeOfTouch({ ...touch, invoiceIds: 'INV-7' as never }, [], after(1)),
        'touch.invoiceIds',
        'expected an array of ids, got "INV-7"',
      ],
      [
        'events that are not an array',
        () => outcomeOfTouch(touch, {} as never, after(1)),
        'events',
        'expected an array of events, got an object',
      ],
      [
        'a misspelt event type',
        () => outcomeOfTouch(touch, [event('payment-recieved' as never, 1)], after(1)),
        'events[0].type',
        'got "payment-recieved"',
      ],
      [
        'an event time that is a string',
        () => outcomeOfTouch(touch, [{ ...event('message-opened', 1), at: '2026-03-02T10:00:00Z' as never }], after(1)),
        'events[0].at',
        'expected a Date (parse events with collectionsEventSchema), got "2026-03-02T10:00:00Z"',
      ],
      [
        'an opt-out without its channel',
        () => outcomeOfTouch(touch, [event('opted-out', 1, { channel: undefined })], after(1)),
        'events[0].channel',
        'an opt-out needs its channel',
      ],
      [
        'an event of another customer with a bad channel',
        () => outcomeOfTouch(touch, [event('message-opened', 1, { customerId: 'C2', channel: 'fax' })], after(1)),
        'events[0].channel',
        'got "fax"',
      ],
      [
        'no options',
        () => outcomeOfTouch(touch, [], undefined as never),
        'options.asOf',
        'expected a Date, got undefined',
      ],
      ['null options', () => outcomeOfTouch(touch, [], null as never), 'options', 'expected an object, got null'],
      [
        'a string asOf',
        () => outcomeOfTouch(touch, [], { asOf: '2026-03-05' as never }),
        'options.asOf',
        'expected a Date, got "2026-03-05"',
      ],
      [
        'a misspelt option',
        () => outcomeOfTouch(touch, [], { ...after(1), rewardWindowDay: 3 } as never),
        'options.rewardWindowDay',
        'unknown field; did you mean "rewardWindowDays"?',
      ],
      [
        'a fractional window',
        () => outcomeOfTouch(touch, [], { ...after(1), rewardWindowDays: 1.5 }),
        'options.rewardWindowDays',
        'expected an integer from 1 to 90, got 1.5',
      ],
      [
        'a window of zero days',
        () => outcomeOfTouch(touch, [], { ...after(1), rewardWindowDays: 0 }),
        'options.rewardWindowDays',
        'expected an integer from 1 to 90, got 0',
      ],
      [
        'a settled resultSoFar',
        () => outcomeOfTouch(touch, [], { ...after(1), resultSoFar: 'paid' }),
        'options.resultSoFar',
        'got "paid"; a settled touch is recorded once and not read again',
      ],
      [
        'ignored as resultSoFar',
        () => outcomeOfTouch(touch, [], { ...after(1), resultSoFar: 'ignored' }),
        'options.resultSoFar',
        'got "ignored"',
      ],
    ];
    it.each(cases)('%s', (_name, run, path, message) => {
      const error = catchOverdueError(run);
      expect(error.code).toBe('invalid-argument');
      expect(error.path).toBe(path);
      expect(error.message).toContain(message);
    });
  });
});
