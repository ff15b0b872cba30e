import type { Channel, CollectionsEvent } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import type { PendingTouch } from './pending-touches';
import { PendingTouches } from './pending-touches';

function touch(channel: Channel, invoiceIds: string[], expires = 10): PendingTouch {
  return {
    customer: 0,
    segment: 'forgetful',
    invoiceIds,
    expires,
    result: 'ignored',
    entry: { channel, slot: 'morning', tone: 'friendly', result: undefined },
  };
}

const at = new Date('2026-03-02T10:00:00Z');
const event = (fields: Record<string, unknown>) => ({ at, customerId: 'C1', ...fields }) as CollectionsEvent;

function book() {
  const settled: PendingTouch[] = [];
  return { settled, touches: new PendingTouches(2, (done) => settled.push(done)) };
}

describe('PendingTouches', () => {
  it('settles an opted-out touch alone, and fills in its own entry of the sequence, not the latest one', () => {
    const { settled, touches } = book();
    const email = touch('email', ['i1']);
    const sms = touch('sms', ['i1']);
    touches.add(email);
    touches.add(sms);
    touches.note(0, event({ type: 'opted-out', channel: 'email' }));
    expect(settled).toEqual([email]);
    expect(email.entry.result).toBe('opted-out');
    expect(sms.entry.result).toBeUndefined();
  });

  it('keeps the best result until the expiry day, then settles with it', () => {
    const { settled, touches } = book();
    const email = touch('email', ['i1'], 5);
    touches.add(email);
    touches.note(0, event({ type: 'message-opened', channel: 'email' }));
    touches.note(0, event({ type: 'message-delivered', channel: 'email' }));
    touches.note(0, event({ type: 'message-opened', channel: 'sms' }));
    expect(settled).toEqual([]);
    touches.expire(4);
    expect(settled).toEqual([]);
    touches.expire(5);
    expect(settled).toEqual([email]);
    expect(email.entry.result).toBe('opened');
    // Settled once only.
    touches.note(0, event({ type: 'message-failed', channel: 'email' }));
    expect(settled).toHaveLength(1);
  });

  it('credits a payment to the touches about the invoices it pays, whatever their channel', () => {
    const { settled, touches } = book();
    const about1 = touch('sms', ['i1', 'i2']);
    const about3 = touch('email', ['i3']);
    touches.add(about1);
    touches.add(about3);
    touches.note(0, event({ type: 'payment-received', invoiceIds: ['i2'] }));
    expect(settled).toEqual([about1]);
    expect(about1.entry.result).toBe('paid');
    expect(about3.entry.result).toBeUndefined();
  });

  it('ignores events of other customers and events that are no outcome', () => {
    const { settled, touches } = book();
    const email = touch('email', ['i1'], 3);
    touches.add(email);
    touches.note(1, event({ type: 'opted-out', channel: 'email' }));
    touches.note(0, event({ type: 'message-sent', channel: 'email' }));
    touches.expire(3);
    expect(settled).toEqual([email]);
    expect(email.entry.result).toBe('ignored');
  });
});
