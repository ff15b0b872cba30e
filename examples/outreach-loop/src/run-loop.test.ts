import type { Channel, CollectionsEvent } from '@overdue/core';
import type { SentOutreachTouch } from '@overdue/outreach';
import { describe, expect, it } from 'vitest';
import { Outbox } from './outbox';
import { runOutreachLoop } from './run-loop';

const options = { customers: 60, days: 90, startDate: '2026-01-05' };

describe('runOutreachLoop', () => {
  it.each(['outreach-loop', 7])('learns each message once, however the webhooks arrive (seed %s)', (seed) => {
    const run = runOutreachLoop({ ...options, seed });
    expect(run.duplicateWebhooks).toBeGreaterThan(0);
    expect(run.outOfOrderWebhooks).toBeGreaterThan(0);
    // Every settled message was learnt exactly once: the learner counts its updates.
    expect(run.learner.population.updates).toBe(run.outcomesRecorded);
    expect(Object.values(run.results).reduce((sum, count) => sum + (count ?? 0), 0)).toBe(run.outcomesRecorded);
    expect(run.outcomesRecorded).toBeLessThanOrEqual(run.messages);
    // Only messages of the last reward window (and its webhook delay) are still pending at the end.
    expect(run.messages - run.outcomesRecorded).toBeLessThan(run.messages * 0.15);
    expect(run.webhooks).toBeGreaterThan(run.outcomesRecorded);
  });

  it.each(['outreach-loop', 7])('finds the channel each segment answers (seed %s)', (seed) => {
    const { learner, smsShare } = runOutreachLoop({ ...options, seed });
    // Retail payers act on SMS, wholesale payers on email (webhook-feed.ts); the learner is not told.
    const rate = (segment: string, channel: Channel) => {
      const counts = learner.segments[segment]?.channels[channel] ?? { successes: 0, failures: 0 };
      return counts.successes / (counts.successes + counts.failures);
    };
    expect(rate('retail', 'sms')).toBeGreaterThan(rate('retail', 'email') + 0.1);
    expect(rate('wholesale', 'email')).toBeGreaterThan(rate('wholesale', 'sms') + 0.1);
    expect(smsShare.retail.last).toBeGreaterThan(0.6);
    expect(smsShare.retail.last).toBeGreaterThan(smsShare.wholesale.last + 0.3);
  });

  it('is deterministic per seed', () => {
    const first = runOutreachLoop({ ...options, days: 40, seed: 3 });
    const again = runOutreachLoop({ ...options, days: 40, seed: 3 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
  });
});

describe('Outbox', () => {
  const touch = (messageId: string, hour: number): SentOutreachTouch => ({
    customerId: 'C1',
    segment: 'retail',
    channel: 'sms',
    slot: 'morning',
    tone: 'friendly',
    sentAt: new Date(Date.UTC(2026, 0, 5, hour)),
    messageId,
    invoiceIds: ['C1-I1'],
  });
  const event = (type: CollectionsEvent['type'], messageId: string | undefined, day: number): CollectionsEvent =>
    ({
      type,
      at: new Date(Date.UTC(2026, 0, day, 13)),
      customerId: 'C1',
      channel: type === 'payment-received' ? undefined : 'sms',
      messageId,
      invoiceIds: ['C1-I1'],
    }) as CollectionsEvent;
  const night = (day: number) => new Date(Date.UTC(2026, 0, day, 2));

  it('settles each message once when its webhooks come late, out of order and twice', () => {
    const outbox = new Outbox(7);
    outbox.add(touch('M1', 9));
    outbox.add(touch('M2', 12));
    const delivered1 = event('message-delivered', 'M1', 5);
    const delivered2 = event('message-delivered', 'M2', 5);
    const payment = event('payment-received', undefined, 7);
    expect(outbox.settle([delivered2], night(6))).toEqual([]);
    // The payment settles both reminders of the invoice; M1's delivery receipt arrives only now.
    const settled = outbox.settle([payment, delivered1, delivered2], night(8));
    expect(settled.map((outcome) => outcome.result)).toEqual(['paid', 'paid']);
    // The same webhooks again, and the windows closing, settle nothing more.
    expect(outbox.settle([payment, delivered1], night(9))).toEqual([]);
    expect(outbox.settle([], night(20))).toEqual([]);
    expect(outbox.entries.map((entry) => entry.settled?.result)).toEqual(['paid', 'paid']);
  });

  it('carries the best result over from night to night and settles with it when the window closes', () => {
    const outbox = new Outbox(3);
    outbox.add(touch('M1', 9));
    expect(outbox.settle([event('message-delivered', 'M1', 5)], night(6))).toEqual([]);
    expect(outbox.entries[0]?.resultSoFar).toBe('delivered');
    expect(outbox.settle([event('message-delivered', 'M1', 5)], night(7))).toEqual([]);
    const [settled] = outbox.settle([], night(9));
    expect(settled?.result).toBe('delivered');
    expect(outbox.touchesOf('C1', 'C1-I1')).toEqual([
      { channel: 'sms', slot: 'morning', tone: 'friendly', result: 'delivered' },
    ]);
  });
});
