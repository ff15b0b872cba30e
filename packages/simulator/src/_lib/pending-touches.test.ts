import type { Channel, CollectionsEvent } from '@overdue/core';
import type { TouchOutcomeSettled } from '@overdue/outreach';
import { describe, expect, it } from 'vitest';
import type { PendingTouch } from './pending-touches';
import { PendingTouches } from './pending-touches';

const SENT = Date.UTC(2026, 2, 2, 9);

function touch(channel: Channel, invoiceIds: string[], messageId?: string): PendingTouch {
  return {
    customer: 0,
    touch: {
      customerId: 'C1',
      segment: 'forgetful',
      channel,
      slot: 'morning',
      tone: 'friendly',
      sentAt: new Date(SENT),
      invoiceIds,
      ...(messageId === undefined ? {} : { messageId }),
    },
    result: undefined,
    entry: { channel, slot: 'morning', tone: 'friendly', result: undefined },
  };
}

const at = new Date(SENT + 3_600_000);
const event = (fields: Record<string, unknown>) => ({ at, customerId: 'C1', ...fields }) as CollectionsEvent;
/** The start of the UTC day `days` after the day of the send. */
const dayStart = (days: number) => new Date(Date.UTC(2026, 2, 2 + days));

function book(windowDays = 5) {
  const settled: [PendingTouch, TouchOutcomeSettled][] = [];
  return {
    settled,
    touches: new PendingTouches(2, windowDays, (done, outcome) => settled.push([done, outcome])),
  };
}

describe('PendingTouches', () => {
  it('settles an opted-out touch alone, and fills in its own entry of the sequence, not the latest one', () => {
    const { settled, touches } = book();
    const email = touch('email', ['i1']);
    const sms = touch('sms', ['i1']);
    touches.add(email);
    touches.add(sms);
    touches.note(0, event({ type: 'opted-out', channel: 'email' }));
    touches.flush(dayStart(1));
    expect(settled.map(([done]) => done)).toEqual([email]);
    expect(settled[0]?.[1].outcome).toEqual({
      segment: 'forgetful',
      channel: 'email',
      slot: 'morning',
      tone: 'friendly',
      result: 'opted-out',
    });
    expect(email.entry.result).toBe('opted-out');
    expect(sms.entry.result).toBeUndefined();
  });

  it('keeps the best result until the window has closed by the start of a day, then settles with it', () => {
    const { settled, touches } = book(5);
    const email = touch('email', ['i1']);
    touches.add(email);
    touches.note(0, event({ type: 'message-opened', channel: 'email' }));
    touches.note(0, event({ type: 'message-delivered', channel: 'email' }));
    touches.flush(dayStart(1));
    touches.note(0, event({ type: 'message-opened', channel: 'sms' }));
    touches.flush(dayStart(2));
    expect(settled).toEqual([]);
    expect(email.result).toBe('opened');
    // Sent at 09:00 on day 0, the 5-day window closes at 09:00 on day 5: settled at the start of day 6.
    touches.close(dayStart(5));
    expect(settled).toEqual([]);
    touches.close(dayStart(6));
    expect(settled.map(([done]) => done)).toEqual([email]);
    expect(email.entry.result).toBe('opened');
    // Settled once only.
    touches.note(0, event({ type: 'message-failed', channel: 'email' }));
    touches.flush(dayStart(7));
    touches.close(dayStart(6));
    expect(settled).toHaveLength(1);
  });

  it('settles at any instant after the window has closed, and a late call settles every window closed by then', () => {
    const { settled, touches } = book(2);
    const early = touch('email', ['i1']);
    touches.add(early);
    touches.close(new Date(SENT + 2 * 86_400_000 - 1));
    expect(settled).toEqual([]);
    // Ten days later, in the middle of a day: the window closed long ago.
    touches.close(new Date(SENT + 10 * 86_400_000 + 3_600_000));
    expect(settled.map(([done, outcome]) => [done, outcome.result])).toEqual([[early, 'ignored']]);
  });

  it('settles a failed message as failed, so the learner and the sequence know the channel failed', () => {
    const { settled, touches } = book();
    const sms = touch('sms', ['i1'], 'm1');
    touches.add(sms);
    touches.note(0, event({ type: 'message-failed', channel: 'sms', messageId: 'm1' }));
    touches.flush(dayStart(1));
    expect(settled.map(([, outcome]) => outcome.result)).toEqual(['failed']);
    expect(sms.entry.result).toBe('failed');
  });

  it('credits a payment to the touches about the invoices it pays, whatever their channel', () => {
    const { settled, touches } = book();
    const about1 = touch('sms', ['i1', 'i2']);
    const about3 = touch('email', ['i3']);
    touches.add(about1);
    touches.add(about3);
    touches.note(0, event({ type: 'payment-received', invoiceIds: ['i2'] }));
    touches.flush(dayStart(1));
    expect(settled.map(([done]) => done)).toEqual([about1]);
    expect(about1.entry.result).toBe('paid');
    expect(about3.entry.result).toBeUndefined();
  });

  it('tells two messages on the same channel apart by their message ids', () => {
    const { touches } = book();
    const first = touch('email', ['i1'], 'm1');
    const second = touch('email', ['i1'], 'm2');
    touches.add(first);
    touches.add(second);
    touches.note(0, event({ type: 'message-opened', channel: 'email', messageId: 'm2' }));
    touches.flush(dayStart(1));
    expect(first.result).toBeUndefined();
    expect(second.result).toBe('opened');
  });

  it('ignores events of other customers and events that are no outcome', () => {
    const { settled, touches } = book(3);
    const email = touch('email', ['i1']);
    touches.add(email);
    touches.note(1, event({ type: 'opted-out', channel: 'email' }));
    touches.note(0, event({ type: 'message-sent', channel: 'email' }));
    touches.flush(dayStart(1));
    touches.close(dayStart(4));
    expect(settled.map(([, outcome]) => outcome.result)).toEqual(['ignored']);
    expect(email.entry.result).toBe('ignored');
  });
});
