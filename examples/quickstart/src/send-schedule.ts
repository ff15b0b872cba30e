import type { Channel, CollectionsEvent, Random } from '@overdue/core';
import type { CustomerSnapshot, ScenarioEvaluation } from '@overdue/dunning';
import type { CompiledContactRules, OutreachLearnerState, SendSlot } from '@overdue/outreach';
import { chooseOutreach, nextContactWindow } from '@overdue/outreach';

/** One message of today's plan with the instant it may go out, in the recipient's zone. */
export interface ScheduledSend {
  customerId: string;
  /** The scenario step. */
  step: string;
  /** The channel it goes out on. */
  channel: Channel;
  /** The contact it goes to. */
  contactId: string;
  /** When it may go out, or `undefined` when the contact rules refuse it. */
  at: Date | undefined;
  /** `YYYY-MM-DD HH:MM Zone` in the recipient's zone, or why it cannot go out. */
  local: string;
  /** The send-time slot the learner chose (auto actions only). */
  slot: SendSlot | undefined;
  /** Why it waits (postponements), or why it was refused; and, for auto actions, the learner's choice. */
  why: string;
}

/** Options of {@link sendSchedule}. */
export interface SendScheduleOptions {
  /** The instant the plan runs. */
  now: Date;
  /** Contact rules compiled once. */
  rules: CompiledContactRules;
  /** The learner that picks channel and send time for messages whose channel is `auto`. */
  learner: OutreachLearnerState;
  /** The seeded generator for the learner's Thompson samples. */
  random: Random;
}

const recentContactsOf = (events: readonly CollectionsEvent[] | undefined) =>
  (events ?? []).flatMap((event) =>
    event.type === 'message-sent' && event.channel !== undefined ? [{ at: event.at, channel: event.channel }] : [],
  );

/**
 * When each message of today's plan may actually go out: business hours of its channel in the customer's time
 * zone, weekends and public holidays of its country, the contact cap and consent (`nextContactWindow`). For
 * messages whose channel is `auto`, the outreach learner first picks the channel and the send-time slot among
 * the channels the scenario found usable, with the tone the step fixes (`chooseOutreach`).
 */
export function sendSchedule(
  evaluations: readonly ScenarioEvaluation[],
  snapshots: readonly CustomerSnapshot[],
  options: SendScheduleOptions,
): ScheduledSend[] {
  const snapshotOf = new Map(snapshots.map((snapshot) => [snapshot.customer.id, snapshot]));
  const sends: ScheduledSend[] = [];
  for (const action of evaluations.flatMap((evaluation) => evaluation.actions)) {
    if (action.kind !== 'message') continue;
    const snapshot = snapshotOf.get(action.customerId);
    if (snapshot === undefined) continue;
    const { customer } = snapshot;
    let deliveries = action.deliveries;
    let slot: SendSlot | undefined;
    let choice = '';
    if (action.auto && deliveries.length > 0) {
      const decision = chooseOutreach(
        options.learner,
        {
          segment: snapshot.payer?.segment ?? 'unknown',
          allowed: { channels: deliveries.map((delivery) => delivery.channel), tones: [action.tone] },
        },
        options.random,
      );
      deliveries = deliveries.filter((delivery) => delivery.channel === decision.channel);
      slot = decision.slot;
      choice = `Learner: ${decision.summary} `;
    }
    for (const delivery of deliveries) {
      for (const contactId of delivery.contactIds.slice(0, 1)) {
        const contact = customer.contacts.find((candidate) => candidate.id === contactId);
        if (contact === undefined) continue;
        const window = nextContactWindow(
          {
            timeZone: customer.timeZone ?? 'UTC',
            ...(customer.country === undefined ? {} : { country: customer.country }),
            channel: delivery.channel,
            contact,
            recentContacts: recentContactsOf(snapshot.events),
            ...(slot === undefined ? {} : { slot }),
          },
          options.now,
          options.rules,
        );
        const reasons = window.reasons.map((reason) => reason.message);
        sends.push({
          customerId: customer.id,
          step: action.stepId,
          channel: delivery.channel,
          contactId,
          at: window.allowed ? window.at : undefined,
          local: window.allowed ? `${window.localDate} ${window.localTime} ${window.timeZone}` : 'not sent',
          slot,
          why: `${choice}${reasons.length === 0 ? 'Within the contact rules now.' : `${[...new Set(reasons)].join('; ')}.`}`,
        });
      }
    }
  }
  return sends;
}
