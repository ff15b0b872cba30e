import type { Channel } from '@overdue/core';
import { createRandom } from '@overdue/core';
import type { OutreachLearnerState, OutreachResult, SendSlot, SentOutreachTouch } from '@overdue/outreach';
import { chooseOutreach, createOutreachLearner, recordOutreachOutcomes } from '@overdue/outreach';
import { Outbox } from './outbox';
import type { Segment, Webhook } from './webhook-feed';
import { CHANNELS, MAX_WEBHOOK_DELAY_HOURS, respond } from './webhook-feed';
import { WebhookStats } from './webhook-stats';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The hour (UTC) each slot's messages go out in the example. */
const SLOT_HOUR: Readonly<Record<SendSlot, number>> = { morning: 9, midday: 12, afternoon: 15, evening: 18 };
/** A reminder goes out when the last one for the invoice is at least this many days old. */
const REMINDER_GAP_DAYS = 4;
/** A customer's next invoice falls overdue this many days after it paid the last one. */
const NEXT_INVOICE_DAYS = 10;
/** Days after a message in which a payment counts for it (`rewardWindowDays`). */
export const REWARD_WINDOW_DAYS = 7;

/** Options of {@link runOutreachLoop}. */
export interface OutreachLoopOptions {
  /** Customers, half retail and half wholesale. */
  customers: number;
  /** Days to run. */
  days: number;
  /** Seed of the learner's samples and of the payers' answers. */
  seed: string | number;
  /** First day (UTC midnight), `YYYY-MM-DD`. */
  startDate: string;
}

/** What the loop did, for printing and checking. */
export interface OutreachLoopResult {
  messages: number;
  /** Webhooks received, duplicates included. */
  webhooks: number;
  /** Webhooks that repeated one already received. */
  duplicateWebhooks: number;
  /** Webhooks that arrived after a later event of the same customer had arrived. */
  outOfOrderWebhooks: number;
  /** Outcomes recorded in the learner: one per settled message. */
  outcomesRecorded: number;
  /** Settled messages per result. */
  results: Partial<Record<OutreachResult, number>>;
  /** Invoices paid. */
  invoicesPaid: number;
  /** Share of each segment's messages sent on SMS, in the first and the last quarter of the run. */
  smsShare: Record<Segment, { first: number; last: number }>;
  /** The learner at the end. */
  learner: OutreachLearnerState;
  /** A few settled outcomes with their reasons, to show. */
  examples: { segment: Segment; channel: Channel; result: OutreachResult; reason: string }[];
}

interface Payer {
  id: string;
  segment: Segment;
  channels: Channel[];
  invoice: number;
  /** When the current invoice falls (or fell) overdue. */
  overdueFrom: number;
  lastReminder: number;
}

/**
 * Runs the host's loop for `days` days: every morning, reminders for overdue invoices whose last reminder is
 * old enough, channel, slot and tone chosen by `chooseOutreach`; every night, the webhooks that arrived read
 * by the outbox with `outcomeOfTouch`, and the settled outcomes learnt with `recordOutreachOutcomes`.
 */
export function runOutreachLoop(options: OutreachLoopOptions): OutreachLoopResult {
  const start = Date.parse(`${options.startDate}T00:00:00Z`);
  const random = createRandom(`${options.seed}/learner`);
  const world = createRandom(`${options.seed}/payers`);
  const payers: Payer[] = Array.from({ length: options.customers }, (_, index) => ({
    id: `C${String(index + 1).padStart(3, '0')}`,
    segment: index % 2 === 0 ? 'retail' : 'wholesale',
    channels: [...CHANNELS],
    invoice: 1,
    overdueFrom: start,
    lastReminder: Number.NEGATIVE_INFINITY,
  }));
  const byId = new Map(payers.map((payer) => [payer.id, payer]));
  let learner = createOutreachLearner({ channels: [...CHANNELS], tones: ['friendly', 'neutral'] });
  const outbox = new Outbox(REWARD_WINDOW_DAYS);
  let inFlight: Webhook[] = [];
  const paidAt = new Map<string, number>();
  const stats = new WebhookStats();
  const smsCounts: Record<Segment, { first: [number, number]; last: [number, number] }> = {
    retail: { first: [0, 0], last: [0, 0] },
    wholesale: { first: [0, 0], last: [0, 0] },
  };
  const result: Omit<
    OutreachLoopResult,
    'smsShare' | 'learner' | 'webhooks' | 'duplicateWebhooks' | 'outOfOrderWebhooks'
  > = {
    messages: 0,
    outcomesRecorded: 0,
    results: {},
    invoicesPaid: 0,
    examples: [],
  };

  for (let day = 0; day < options.days; day++) {
    const midnight = start + day * DAY;
    // 02:00, the nightly job: what arrived since the last run, read as of the longest webhook delay ago.
    const night = midnight + 2 * HOUR;
    const arrived: Webhook[] = [];
    const later: Webhook[] = [];
    for (const webhook of inFlight) (webhook.arrivesAt <= night ? arrived : later).push(webhook);
    inFlight = later;
    arrived.sort((a, b) => a.arrivesAt - b.arrivesAt);
    for (const webhook of arrived) {
      stats.note(webhook);
      if (webhook.event.type === 'opted-out') {
        const payer = byId.get(webhook.event.customerId) as Payer;
        payer.channels = payer.channels.filter((channel) => channel !== webhook.event.channel);
      }
    }
    const settled = outbox.settle(
      arrived.map((webhook) => webhook.event),
      new Date(night - MAX_WEBHOOK_DELAY_HOURS * HOUR),
    );
    learner = recordOutreachOutcomes(
      learner,
      settled.map((outcome) => outcome.outcome),
    );
    result.outcomesRecorded += settled.length;
    for (const outcome of settled) {
      result.results[outcome.result] = (result.results[outcome.result] ?? 0) + 1;
      if (result.examples.length < 6 && !result.examples.some((shown) => shown.result === outcome.result)) {
        const segment = outcome.outcome.segment as Segment;
        result.examples.push({
          segment,
          channel: outcome.outcome.channel,
          result: outcome.result,
          reason: outcome.reason,
        });
      }
    }

    // The morning: the ledger shows payments at once; remind the payers still overdue.
    for (const payer of payers) {
      const invoiceId = `${payer.id}-I${payer.invoice}`;
      const paid = paidAt.get(invoiceId);
      if (paid !== undefined && paid <= midnight) {
        result.invoicesPaid++;
        payer.invoice++;
        payer.overdueFrom = paid + NEXT_INVOICE_DAYS * DAY;
        payer.lastReminder = Number.NEGATIVE_INFINITY;
        continue;
      }
      // A payment on its way is not in the ledger yet: the host reminds anyway.
      if (payer.overdueFrom > midnight || payer.channels.length === 0) continue;
      if (midnight - payer.lastReminder < REMINDER_GAP_DAYS * DAY) continue;
      const decision = chooseOutreach(
        learner,
        {
          segment: payer.segment,
          allowed: { channels: payer.channels },
          previousTouches: outbox.touchesOf(payer.id, invoiceId),
        },
        random,
      );
      const touch: SentOutreachTouch = {
        customerId: payer.id,
        segment: payer.segment,
        channel: decision.channel,
        slot: decision.slot,
        tone: decision.tone,
        sentAt: new Date(midnight + SLOT_HOUR[decision.slot] * HOUR),
        messageId: `M${++result.messages}`,
        invoiceIds: [invoiceId],
      };
      outbox.add(touch);
      payer.lastReminder = midnight;
      const quarter = day < options.days / 4 ? 'first' : day >= (options.days * 3) / 4 ? 'last' : undefined;
      if (quarter !== undefined) {
        const counts = smsCounts[payer.segment][quarter];
        counts[0] += decision.channel === 'sms' ? 1 : 0;
        counts[1]++;
      }
      const answer = respond(touch, payer.segment, world, !paidAt.has(invoiceId));
      inFlight.push(...answer.webhooks);
      if (answer.paidAt !== undefined) paidAt.set(invoiceId, answer.paidAt);
    }
  }
  const share = ([sms, all]: [number, number]) => (all === 0 ? 0 : sms / all);
  return {
    ...result,
    webhooks: stats.received,
    duplicateWebhooks: stats.duplicates,
    outOfOrderWebhooks: stats.outOfOrder,
    smsShare: {
      retail: { first: share(smsCounts.retail.first), last: share(smsCounts.retail.last) },
      wholesale: { first: share(smsCounts.wholesale.first), last: share(smsCounts.wholesale.last) },
    },
    learner,
  };
}
