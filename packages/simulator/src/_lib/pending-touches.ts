import type { CollectionsEvent } from '@overdue/core';
import type { OutreachResult, OutreachTouch, SentOutreachTouch, TouchOutcomeSettled } from '@overdue/outreach';
import { outcomeOfTouch } from '@overdue/outreach';

const DAY_MS = 86_400_000;

/** A message the adaptive policy sent and is waiting to learn the outcome of. */
export interface PendingTouch {
  /** The customer's index. */
  customer: number;
  /** The touch as a host keeps it in its outbox. */
  touch: SentOutreachTouch;
  /** The best result so far, while its window is open (`undefined` until something comes). */
  result: OutreachResult | undefined;
  /** This touch in the customer's sequence of touches (channel, slot, tone): its result is filled in when the touch is settled. */
  entry: OutreachTouch;
}

/**
 * The touches waiting for an outcome, per customer, read through `outcomeOfTouch` as a host would: the
 * day's events of a customer are read against its pending touches (a payment, an opt-out or a lone failure
 * settles a touch at once), and a touch whose reward window has closed by the start of a day settles then
 * with the best result seen.
 */
export class PendingTouches {
  private readonly pending: (PendingTouch[] | undefined)[];
  /** Touches by the first UTC day (ms / DAY_MS) at whose start their window has closed. */
  private readonly closing = new Map<number, PendingTouch[]>();
  /** Events kept by {@link note} until the next {@link flush}, per customer. */
  private readonly unread = new Map<number, CollectionsEvent[]>();

  constructor(
    customers: number,
    /** The reward window, in days after the send. */
    private readonly windowDays: number,
    /** Called once per touch, when it is settled (to update the learner). */
    private readonly onSettled: (touch: PendingTouch, outcome: TouchOutcomeSettled) => void,
  ) {
    this.pending = new Array(customers).fill(undefined);
  }

  add(touch: PendingTouch): void {
    const list = this.pending[touch.customer] ?? [];
    list.push(touch);
    this.pending[touch.customer] = list;
    const day = Math.ceil((touch.touch.sentAt.getTime() + this.windowDays * DAY_MS) / DAY_MS);
    const bucket = this.closing.get(day);
    if (bucket === undefined) this.closing.set(day, [touch]);
    else bucket.push(touch);
  }

  /** Keeps one event of the customer at `index` for {@link flush}. */
  note(index: number, event: CollectionsEvent): void {
    const list = this.pending[index];
    if (list === undefined || list.length === 0) return;
    const events = this.unread.get(index);
    if (events === undefined) this.unread.set(index, [event]);
    else events.push(event);
  }

  /** Reads the kept events against the pending touches of their customers, all known by `asOf`. */
  flush(asOf: Date): void {
    for (const [index, events] of this.unread) {
      for (const touch of (this.pending[index] as PendingTouch[]).slice()) this.read(touch, events, asOf);
    }
    this.unread.clear();
  }

  /** Settles the touches whose window has closed by `asOf` and are still pending. */
  close(asOf: Date): void {
    const today = Math.floor(asOf.getTime() / DAY_MS);
    for (const [day, closed] of this.closing) {
      if (day > today) continue;
      this.closing.delete(day);
      for (const touch of closed) if (this.pending[touch.customer]?.includes(touch)) this.read(touch, [], asOf);
    }
  }

  private read(touch: PendingTouch, events: readonly CollectionsEvent[], asOf: Date): void {
    const outcome = outcomeOfTouch(touch.touch, events, {
      asOf,
      rewardWindowDays: this.windowDays,
      resultSoFar: touch.result,
    });
    touch.result = outcome.result;
    if (!outcome.settled) return;
    this.onSettled(touch, outcome);
    if (touch.entry.result === undefined) touch.entry.result = outcome.result;
    const list = this.pending[touch.customer] as PendingTouch[];
    list.splice(list.indexOf(touch), 1);
  }
}
