import type { CollectionsEvent } from '@overdue/core';
import type { OutreachResult, OutreachTouch } from '@overdue/outreach';

/** A message the adaptive policy sent and is waiting to learn the outcome of. */
export interface PendingTouch {
  customer: number;
  /** The learner segment it was chosen for. */
  segment: string;
  invoiceIds: readonly string[];
  /** The day number it counts as settled with what came of it so far. */
  expires: number;
  /** The best outcome seen so far (`ignored` until something comes). */
  result: OutreachResult;
  /** This touch in the customer's sequence of touches (channel, slot, tone): its result is filled in when the touch is settled. */
  entry: OutreachTouch;
}

const OUTCOME_RANK: Record<OutreachResult, number> = {
  paid: 8,
  promised: 7,
  replied: 6,
  clicked: 5,
  opened: 4,
  delivered: 3,
  ignored: 2,
  failed: 1,
  'opted-out': 9,
};

const RESULT_OF_EVENT: Partial<Record<CollectionsEvent['type'], OutreachResult>> = {
  'payment-received': 'paid',
  'promise-made': 'promised',
  'reply-received': 'replied',
  'link-clicked': 'clicked',
  'message-opened': 'opened',
  'message-delivered': 'delivered',
  'message-failed': 'failed',
  'opted-out': 'opted-out',
};

/**
 * The touches waiting for an outcome, per customer. An event raises the result of the touches it answers
 * (same channel; a payment answers the touches about the invoices it pays); a payment, an opt-out or a
 * failure settles them at once, and the others settle on their expiry day with the best result seen.
 */
export class PendingTouches {
  private readonly pending: (PendingTouch[] | undefined)[];
  private readonly expiring = new Map<number, PendingTouch[]>();

  constructor(
    customers: number,
    /** Called once per touch, when it is settled (to update the learner). */
    private readonly onSettled: (touch: PendingTouch) => void,
  ) {
    this.pending = new Array(customers).fill(undefined);
  }

  add(touch: PendingTouch): void {
    const list = this.pending[touch.customer] ?? [];
    list.push(touch);
    this.pending[touch.customer] = list;
    const bucket = this.expiring.get(touch.expires);
    if (bucket === undefined) this.expiring.set(touch.expires, [touch]);
    else bucket.push(touch);
  }

  /** Reads one event of the customer at `index`. */
  note(index: number, event: CollectionsEvent): void {
    const list = this.pending[index];
    if (list === undefined || list.length === 0) return;
    const result = RESULT_OF_EVENT[event.type];
    if (result === undefined) return;
    for (const touch of list.slice()) {
      if (event.type === 'payment-received') {
        if (!event.invoiceIds?.some((id) => touch.invoiceIds.includes(id))) continue;
      } else if (event.channel !== undefined && event.channel !== touch.entry.channel) continue;
      if (OUTCOME_RANK[result] > OUTCOME_RANK[touch.result]) touch.result = result;
      if (result === 'paid' || result === 'opted-out' || result === 'failed') this.settle(touch);
    }
  }

  /** Settles the touches that expire on this day number and are still pending. */
  expire(today: number): void {
    const expired = this.expiring.get(today);
    if (expired === undefined) return;
    this.expiring.delete(today);
    for (const touch of expired) if (this.pending[touch.customer]?.includes(touch)) this.settle(touch);
  }

  private settle(touch: PendingTouch): void {
    this.onSettled(touch);
    if (touch.entry.result === undefined) touch.entry.result = touch.result;
    const list = this.pending[touch.customer] as PendingTouch[];
    list.splice(list.indexOf(touch), 1);
  }
}
