import type { CollectionsEvent, Invoice } from '@overdue/core';
import { civilDateToDayNumber } from '@overdue/core';
import type { CollectionPolicy, PolicyAction, PolicyDay, PolicyStart } from '../policies/policy-types';

/**
 * What a test reads of each payer's public record, as the adaptive policy may: the days late of its
 * settled invoices and the days its replies arrived, to check a plan offer against the policy's rules.
 */
export class PublicRecord {
  private readonly delays = new Map<string, { paidDay: number; daysLate: number }[]>();
  private readonly replies = new Map<string, number[]>();

  /** Notes an invoice; only a settled one counts. */
  settle(invoice: Invoice): void {
    if (invoice.paidDate === undefined) return;
    const paidDay = civilDateToDayNumber(invoice.paidDate);
    const list = this.delays.get(invoice.customerId) ?? [];
    list.push({ paidDay, daysLate: paidDay - civilDateToDayNumber(invoice.dueDate) });
    this.delays.set(invoice.customerId, list);
  }

  /** Notes the replies among a day's events, as read on day number `today`. */
  noteReplies(events: readonly CollectionsEvent[], today: number): void {
    for (const event of events) {
      if (event.type !== 'reply-received') continue;
      const list = this.replies.get(event.customerId) ?? [];
      list.push(today);
      this.replies.set(event.customerId, list);
    }
  }

  /** The most days late of the payer's invoices settled in the 180 days up to `today` (-1: none). */
  recentMaxDaysLate(customerId: string, today: number): number {
    const recent = (this.delays.get(customerId) ?? []).filter((entry) => today - entry.paidDay <= 180);
    return Math.max(-1, ...recent.map((entry) => entry.daysLate));
  }

  /** Whether the payer replied in the `days` days up to `today`. */
  askedWithin(customerId: string, today: number, days: number): boolean {
    return (this.replies.get(customerId) ?? []).some((day) => day <= today && today - day <= days);
  }
}

/**
 * Wraps a policy so that a test sees each day's actions beside the payers' public record as it stood when
 * the policy decided (settled invoices and replies up to that day).
 */
export function observedPolicy(
  inner: CollectionPolicy,
  inspect: (day: PolicyDay, actions: readonly PolicyAction[], record: PublicRecord, start: PolicyStart) => void,
): CollectionPolicy {
  return {
    name: 'observed',
    start(start) {
      const record = new PublicRecord();
      for (const invoice of start.history) record.settle(invoice);
      const run = inner.start(start);
      return {
        decide(day, random) {
          for (const invoice of day.settled) record.settle(invoice);
          record.noteReplies(day.events, civilDateToDayNumber(day.date));
          const actions = run.decide(day, random);
          inspect(day, actions, record, start);
          return actions;
        },
      };
    },
  };
}
