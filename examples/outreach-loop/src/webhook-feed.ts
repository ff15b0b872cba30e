import type { Channel, CollectionsEvent, Random } from '@overdue/core';
import type { SentOutreachTouch } from '@overdue/outreach';

/** The two kinds of payer of the example. The learner only sees the segment name, never these rates. */
export type Segment = 'retail' | 'wholesale';

/** The channels the example sends on. */
export const CHANNELS: readonly Channel[] = ['email', 'sms'];

/**
 * How each segment answers each channel, made up for the example (hidden from the learner): retail payers
 * act on SMS, wholesale payers on email. `pay` is the chance of paying within 1-4 days of a delivered
 * message; `open` the chance of opening an email; `optOut` the chance of opting out of the channel.
 */
export const RESPONSE: Readonly<
  Record<Segment, Readonly<Record<string, { pay: number; open: number; optOut: number }>>>
> = {
  retail: { email: { pay: 0.1, open: 0.4, optOut: 0 }, sms: { pay: 0.35, open: 0, optOut: 0.01 } },
  wholesale: { email: { pay: 0.35, open: 0.7, optOut: 0 }, sms: { pay: 0.1, open: 0, optOut: 0.04 } },
};

/** Share of messages that bounce (email) or are undeliverable (SMS). */
export const FAILURE_RATE: Readonly<Record<string, number>> = { email: 0.03, sms: 0.02 };

/** Webhooks are late: each arrives up to this many hours after what it reports. */
export const MAX_WEBHOOK_DELAY_HOURS = 36;

/** Share of webhooks that the provider delivers a second time (same event, hours later). */
export const DUPLICATE_RATE = 0.15;

/** An event as the host receives it: possibly late, possibly twice. */
export interface Webhook {
  event: CollectionsEvent;
  /** When it reaches the host. */
  arrivesAt: number;
}

const HOUR = 3_600_000;

/**
 * What happens after one message, as the provider's webhooks and the ledger report it, with the defects of
 * real feeds: every webhook arrives up to {@link MAX_WEBHOOK_DELAY_HOURS} late (so out of order), and some
 * twice. Returns the webhooks and, when the payer pays (only if `canPay`: no payment is already on its
 * way for the invoice), the instant of the payment (the ledger knows it at once).
 */
export function respond(
  touch: SentOutreachTouch,
  segment: Segment,
  random: Random,
  canPay: boolean,
): { webhooks: Webhook[]; paidAt: number | undefined } {
  const sent = touch.sentAt.getTime();
  const base = {
    customerId: touch.customerId,
    channel: touch.channel,
    messageId: touch.messageId,
    invoiceIds: touch.invoiceIds === undefined ? undefined : [...touch.invoiceIds],
  };
  const events: CollectionsEvent[] = [];
  let paidAt: number | undefined;
  if (random.next() < (FAILURE_RATE[touch.channel] ?? 0)) {
    events.push({ type: 'message-failed', at: new Date(sent + 60_000), ...base } as CollectionsEvent);
  } else {
    events.push({ type: 'message-delivered', at: new Date(sent + 60_000), ...base } as CollectionsEvent);
    const rates = RESPONSE[segment][touch.channel] ?? { pay: 0, open: 0, optOut: 0 };
    if (random.next() < rates.open) {
      const at = new Date(sent + (1 + random.integer(20)) * HOUR);
      events.push({ type: 'message-opened', at, ...base } as CollectionsEvent);
    }
    if (random.next() < rates.optOut) {
      const at = new Date(sent + (1 + random.integer(6)) * HOUR);
      events.push({ type: 'opted-out', at, customerId: touch.customerId, channel: touch.channel });
    } else if (random.next() < rates.pay && canPay) {
      paidAt = sent + (24 + random.integer(72)) * HOUR;
      events.push({
        type: 'payment-received',
        at: new Date(paidAt),
        customerId: touch.customerId,
        invoiceIds: base.invoiceIds,
      } as CollectionsEvent);
    }
  }
  const webhooks: Webhook[] = [];
  for (const event of events) {
    const arrivesAt = event.at.getTime() + random.integer(MAX_WEBHOOK_DELAY_HOURS + 1) * HOUR;
    webhooks.push({ event, arrivesAt });
    if (random.next() < DUPLICATE_RATE)
      webhooks.push({ event, arrivesAt: arrivesAt + (1 + random.integer(10)) * HOUR });
  }
  return { webhooks, paidAt };
}
