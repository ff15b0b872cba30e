import type { CollectionsEvent } from '@overdue/core';
import type { OutreachResult, OutreachTouch, SentOutreachTouch, TouchOutcomeSettled } from '@overdue/outreach';
import { outcomeOfTouch } from '@overdue/outreach';

/** One message in the outbox, as a host would keep it (a row of its database). */
export interface OutboxEntry {
  touch: SentOutreachTouch;
  /** The best result so far while the touch is pending (`outcomeOfTouch`'s `result`). */
  resultSoFar: OutreachResult | undefined;
  /** Set once, when the outcome is known and recorded. */
  settled: TouchOutcomeSettled | undefined;
}

/**
 * The host's outbox: the messages sent on the learner's advice, and the nightly job that reads what came of
 * them. Each night it hands every pending message the events that arrived since the last night (all of them
 * for its customer: `outcomeOfTouch` picks those that answer it) and carries the best result so far over to
 * the next night, so no event is read twice against a touch and no touch is recorded twice.
 */
export class Outbox {
  readonly entries: OutboxEntry[] = [];
  private readonly pendingByCustomer = new Map<string, OutboxEntry[]>();

  constructor(private readonly rewardWindowDays: number) {}

  add(touch: SentOutreachTouch): void {
    const entry: OutboxEntry = { touch, resultSoFar: undefined, settled: undefined };
    this.entries.push(entry);
    const list = this.pendingByCustomer.get(touch.customerId) ?? [];
    list.push(entry);
    this.pendingByCustomer.set(touch.customerId, list);
  }

  /** The customer's touches of an invoice, oldest first, for `previousTouches` (pending ones without a result). */
  touchesOf(customerId: string, invoiceId: string): OutreachTouch[] {
    return this.entries
      .filter((entry) => entry.touch.customerId === customerId && entry.touch.invoiceIds?.includes(invoiceId))
      .map((entry) => entry.settled?.touch ?? { ...touchFields(entry.touch), result: undefined });
  }

  /**
   * The nightly job: reads the events that arrived since the last run, as of `asOf`, and returns the touches
   * that settled, each once. Pass an `asOf` earlier than now by the longest webhook delay, so that a late
   * event of a window still counts before the window is closed.
   */
  settle(arrived: readonly CollectionsEvent[], asOf: Date): TouchOutcomeSettled[] {
    const byCustomer = new Map<string, CollectionsEvent[]>();
    for (const event of arrived) {
      const list = byCustomer.get(event.customerId) ?? [];
      list.push(event);
      byCustomer.set(event.customerId, list);
    }
    const settled: TouchOutcomeSettled[] = [];
    for (const [customerId, pending] of this.pendingByCustomer) {
      const events = byCustomer.get(customerId) ?? [];
      for (const entry of pending.slice()) {
        const outcome = outcomeOfTouch(entry.touch, events, {
          asOf,
          rewardWindowDays: this.rewardWindowDays,
          resultSoFar: entry.resultSoFar,
        });
        if (!outcome.settled) {
          entry.resultSoFar = outcome.result;
          continue;
        }
        entry.settled = outcome;
        settled.push(outcome);
        pending.splice(pending.indexOf(entry), 1);
      }
    }
    return settled;
  }
}

function touchFields(touch: SentOutreachTouch): Omit<OutreachTouch, 'result'> {
  return { channel: touch.channel, slot: touch.slot, tone: touch.tone };
}
