// THE ORACLE POLICY CHEATS. It reads the hidden traits of a synthetic portfolio (archetype, response per
// channel, active slot), which no real host and no policy of @overdue/simulator can see. It is an
// analysis tool only: it measures how much room the simulator's reaction model leaves for any policy, so
// the adaptive policy's figures can be read against a ceiling. It is never a baseline for the adaptive
// policy's claims, and nothing outside this example uses it.
import type { Channel, Invoice, Money } from '@overdue/core';
import { addDays, civilDateToDayNumber } from '@overdue/core';
import type { CollectionPolicy, MessageTone, PayerArchetype, PolicyAction, Portfolio } from '@overdue/simulator';
import { CHANNEL_DELIVERY_RATES } from '@overdue/simulator';

/** Options of {@link createOraclePolicy}. */
export interface OraclePolicyOptions {
  /** Name in reports. Default `oracle`. */
  name?: string;
  /** At most this many messages to one customer in any 7 days (the engine notices less past three a week, and past four each message may make it opt out). Default 3. */
  maxMessagesPerWeek?: number;
  /** At least this many days between two messages to one customer. Default 2 (1: every day). */
  minGapDays?: number;
  /** Reminders start this many days before the due date, for every archetype but `prompt` (prompt payers get nothing before an invoice is overdue). Default 3. */
  preDueDays?: number;
  /** Which open invoices get a payment-plan offer once due: only those of `cash-constrained` payers (default), or every due invoice (`all`, the accounting loophole: an invoice on a plan counts as overdue only for missed installments), or none (`none`, for ablation). Default `cash-constrained`. */
  planOffers?: 'cash-constrained' | 'all' | 'none';
  /** Send messages (false: plan offers only, for ablation). Default true. */
  messages?: boolean;
  /** Offer again every day an offer was refused. Default true. */
  retryPlans?: boolean;
}

/** Tone per archetype: the best pay-on-notice whose firm-tone cost is small (firm/final only where the opt-out and churn chances are at most 2% and 1%). */
const TONE: Readonly<Record<PayerArchetype, MessageTone>> = {
  prompt: 'friendly',
  forgetful: 'friendly',
  'chronic-late': 'final',
  'cash-constrained': 'neutral',
  disputer: 'friendly',
  unresponsive: 'final',
};
const CHANNELS: readonly Channel[] = ['email', 'sms', 'voice', 'whatsapp'];
/** A local hour inside each active slot (morning 08-11, midday 11-14, afternoon 14-17, evening 17-20). */
const SLOT_HOUR: Readonly<Record<string, number>> = { morning: 9, midday: 12, afternoon: 15, evening: 18 };
const MS_PER_DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const instants = new Map<string, number>();

/** The instant of a local hour on a day (day number) in an IANA zone. */
function instantAt(timeZone: string, dayNumber: number, hour: number): Date {
  const key = `${timeZone}|${dayNumber}|${hour}`;
  const cached = instants.get(key);
  if (cached !== undefined) return new Date(cached);
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', hourCycle: 'h23' });
    formatters.set(timeZone, formatter);
  }
  let guess = dayNumber * MS_PER_DAY + hour * 3_600_000;
  for (let pass = 0; pass < 3; pass++) {
    let difference = (Number(formatter.format(new Date(guess))) % 24) - hour;
    if (difference > 12) difference -= 24;
    if (difference < -12) difference += 24;
    if (difference === 0) break;
    guess -= difference * 3_600_000;
  }
  if (instants.size > 200_000) instants.clear();
  instants.set(key, guess);
  return new Date(guess);
}

/** Three biweekly installments, the first in 7 days, adding up exactly to the amount due. */
function planFor(invoice: Invoice, today: string): { dueDate: string; amount: Money }[] {
  const total = invoice.amountDue.minor;
  const part = Math.floor(total / 3);
  return [0, 1, 2].map((index) => ({
    dueDate: addDays(today, 7 + 14 * index),
    amount: { currency: invoice.amountDue.currency, minor: index === 2 ? total - 2 * part : part },
  }));
}

/**
 * The oracle: the best a policy can do within the simulator's reaction rules, knowing every customer's
 * hidden traits (CHEATING; analysis only). Customers are matched by their portfolio index, which the
 * public interface gives (`PolicyCustomer.index`, `PolicyStart.customers` in portfolio order); at start
 * the public customers are checked to be the portfolio's (ids alone repeat across seeds).
 *
 * Rules, per customer:
 * - channel: the consented one with the highest response × delivery for this customer;
 * - time: an hour inside its active slot, in its time zone (noticed at the full rate);
 * - tone: friendly where pay-on-notice does not depend on tone (prompt, forgetful, disputer), neutral for
 *   cash-constrained (firm costs 3% opt-out and churn for +1-3 points), final for chronic-late and
 *   unresponsive (the best pay-on-notice, opt-out 1-2% and churn 0.5-1% per noticed message);
 * - timing: for every archetype but prompt, reminders from `preDueDays` before the due date (a forgotten
 *   invoice noticed before its due date is paid on time; a late one may be paid on its due date); for all,
 *   reminders while an invoice is overdue; one message chases all the customer's open undisputed invoices
 *   not on a plan; at most `maxMessagesPerWeek` in 7 days and `minGapDays` apart;
 * - disputed invoices are never chased (the engine's annoyance); invoices on a plan are not chased;
 * - payment plans: three biweekly installments, offered on the due date to every open invoice of a
 *   cash-constrained payer (`planOffers: 'all'`: of every payer), again each day until accepted
 *   (`retryPlans`).
 *
 * @param portfolio - The portfolio it will run on (its traits are read).
 * @param options - Contact cap, pre-due days, plan offers.
 * @returns The policy.
 */
export function createOraclePolicy(portfolio: Portfolio, options: OraclePolicyOptions = {}): CollectionPolicy {
  const maxPerWeek = options.maxMessagesPerWeek ?? 3;
  const minGap = options.minGapDays ?? 2;
  const preDue = options.preDueDays ?? 3;
  const planAll = options.planOffers === 'all';
  const planNone = options.planOffers === 'none';
  const sendMessages = options.messages ?? true;
  const retry = options.retryPlans ?? true;
  const traits = portfolio.traits;
  return {
    name: options.name ?? 'oracle',
    start(start) {
      const n = start.customers.length;
      const same = (index: number) =>
        JSON.stringify(start.customers[index]) === JSON.stringify(portfolio.customers[index]);
      if (n !== traits.length || start.customers.some((_, index) => !same(index))) {
        throw new Error('oracle: the simulated customers are not those of the portfolio it was built with');
      }
      const open: Invoice[][] = start.customers.map(() => []);
      const consent: Record<Channel, boolean>[] = start.customers.map(() => ({
        email: false,
        sms: false,
        voice: false,
        whatsapp: false,
      }));
      const sends: number[][] = start.customers.map(() => []);
      const offered = new Set<string>();
      let loaded = false;
      return {
        decide(day) {
          const today = civilDateToDayNumber(day.date);
          const refresh = (index: number) => {
            const view = day.customer(index);
            open[index] = [...view.openInvoices];
            const contact = view.customer.contacts[0];
            for (const channel of CHANNELS)
              (consent[index] as Record<Channel, boolean>)[channel] = contact?.consent[channel] === true;
          };
          if (!loaded) {
            for (let index = 0; index < n; index++) refresh(index);
            loaded = true;
          } else for (const index of day.changed) refresh(index);
          const plans: PolicyAction[] = [];
          const messages: PolicyAction[] = [];
          for (let index = 0; index < n; index++) {
            const invoices = open[index] as Invoice[];
            if (invoices.length === 0) continue;
            const trait = traits[index];
            if (trait === undefined) continue;
            const archetype = trait.archetype;
            const chased: string[] = [];
            for (const invoice of invoices) {
              if (invoice.disputed === true || invoice.installments !== undefined) continue;
              const toDue = civilDateToDayNumber(invoice.dueDate) - today;
              if (
                !planNone &&
                toDue <= 0 &&
                (planAll || archetype === 'cash-constrained') &&
                (retry || !offered.has(invoice.id))
              ) {
                offered.add(invoice.id);
                plans.push({
                  kind: 'payment-plan',
                  customerIndex: index,
                  invoiceId: invoice.id,
                  installments: planFor(invoice, day.date),
                });
              }
              // Still open on its due date means late (the day's scheduled payments come before the policy).
              if (toDue <= (archetype === 'prompt' ? 0 : preDue)) chased.push(invoice.id);
            }
            if (!sendMessages || chased.length === 0) continue;
            const sent = sends[index] as number[];
            while (sent.length > 0 && (sent[0] as number) <= today - 7) sent.shift();
            if (sent.length >= maxPerWeek) continue;
            if (sent.length > 0 && today - (sent[sent.length - 1] as number) < minGap) continue;
            let channel: Channel | undefined;
            let best = -1;
            for (const candidate of CHANNELS) {
              if (!(consent[index] as Record<Channel, boolean>)[candidate]) continue;
              const score = trait.channelResponse[candidate] * CHANNEL_DELIVERY_RATES[candidate];
              if (score > best) {
                best = score;
                channel = candidate;
              }
            }
            if (channel === undefined) continue;
            sent.push(today);
            const zone = start.customers[index]?.timeZone ?? 'UTC';
            messages.push({
              kind: 'message',
              customerIndex: index,
              channel,
              at: instantAt(zone, today, SLOT_HOUR[trait.activeSlot] ?? 9),
              tone: TONE[archetype],
              invoiceIds: chased,
            });
          }
          // Plans first: an accepted plan takes its invoice out of the message's reach.
          return [...plans, ...messages];
        },
      };
    },
  };
}
