import type { CivilDate, CollectionsEvent, Invoice, InvoiceInput } from '@overdue/core';
import { addDays, civilDateToDayNumber, dayNumberToCivilDate, parseInput, withInputPath } from '@overdue/core';
import type { ScenarioInput } from '@overdue/dunning';
import { parseScenario, proposePaymentPlan } from '@overdue/dunning';
import type {
  ContactRules,
  ContactWindow,
  OutreachLearnerOptions,
  OutreachLearnerState,
  OutreachTouch,
  SendSlot,
} from '@overdue/outreach';
import {
  chooseOutreach,
  classifyReply,
  compileContactRules,
  createOutreachLearner,
  nextContactWindow,
  recordOutreachOutcome,
} from '@overdue/outreach';
import type { PayerSegment } from '@overdue/scoring';
import { PAYER_SEGMENTS, scorePayers } from '@overdue/scoring';
import { z } from 'zod';
import { CHANNEL_ORDER, SLOT_HOURS, SLOT_ORDER } from '../_lib/archetype-order';
import { toInvoiceInput } from '../_lib/invoice-input';
import { instantAtLocalHour, localHourOf } from '../_lib/local-hour';
import type { PendingTouch } from '../_lib/pending-touches';
import { PendingTouches } from '../_lib/pending-touches';
import { increasingDaysSchema, toneOfStep } from '../_lib/reminder-steps';
import type { MessageAction } from '../_lib/scenario-driver';
import { ScenarioDriver } from '../_lib/scenario-driver';
import type { CollectionPolicy, MessageTone, PlanOffer, PolicyAction, PolicyCustomer, PolicyDay } from './policy-types';

/**
 * Options of {@link createAdaptivePolicy}.
 *
 * @category Policies
 * @example
 * ```ts
 * const options: AdaptivePolicyOptions = { rescoreEveryDays: 90, planInstallments: 3 };
 * ```
 */
export interface AdaptivePolicyOptions {
  /** Days between two runs of `scorePayers` over the public history, an integer from 1 to 365. Optional; default 90. */
  rescoreEveryDays?: number;
  /** Only invoices issued in this many days before a scoring run are scored, an integer from 30 to 3,650. Optional; default 180. */
  scoringWindowDays?: number;
  /** Options of the outreach learner (channels, slots and tones it chooses among, rewards, forgetting). Optional; default the learner's, with all four tones. */
  learner?: OutreachLearnerOptions;
  /** Contact rules for send instants (quiet hours, business days, caps). Optional; default `{}` (the outreach package's defaults). */
  contactRules?: ContactRules;
  /** Installments of a payment plan offered to a payer who asks for time, an integer from 2 to 12. Optional; default 3. */
  planInstallments?: number;
  /**
   * The reward window: days after a message's send instant in which what the payer does counts for it
   * (`outcomeOfTouch`'s `rewardWindowDays`), an integer from 1 to 30. Optional; default 5.
   */
  outcomeDays?: number;
  /**
   * Segments whose invoices are offered a payment plan on their due date, before any reply asks for one,
   * once per invoice. Optional; default `['chronic-late']` (payers often and well late); `[]` with
   * `planAfterDaysLate: 0` offers plans only in answer to a payer's request.
   */
  planSegments?: readonly PayerSegment[];
  /**
   * Also offer the plan on the due date when the payer settled an invoice at least this many days late
   * within the last `scoringWindowDays`, whatever its segment (this reaches payers too new to score, and
   * payers late only now and then); an integer from 1 to 365, or 0 for never. Optional; default 14. A
   * payer who asked for a plan or for more time within `scoringWindowDays` is offered one on its due dates
   * too, unless due-date offers are off (`planSegments: []` and `planAfterDaysLate: 0`: plans then answer
   * requests only).
   */
  planAfterDaysLate?: number;
  /**
   * Days after the oldest overdue invoice fell due of each reminder, strictly increasing integers from 1 to
   * 365 (at most 12). The learner picks each reminder's tone among those fit for the payer (friendly or
   * neutral for good payers; neutral or firm at the first reminder, up to final later, for the others).
   * Optional; default `[1, 5, 12, 30]`, the steps of {@link ADAPTIVE_SCENARIO}.
   */
  reminderDays?: readonly number[];
  /**
   * How payment plans reach the payer; who is offered one is the same either way. Optional; default
   * `'alone'`.
   * - `'alone'`: each offer on its own, on the due date (and on the first day for invoices already
   *   overdue), reaching the payer whatever its channels.
   * - `'in-reminders'`: each offer travels in the reminders that chase the invoice, so it adds no contact,
   *   and the payer sees it only when such a message is delivered and noticed. The next reminder carries
   *   it again until one that carried it shows it was seen (opened, for email and WhatsApp; delivered, for
   *   SMS and calls).
   *
   * Either way, a payer whose reply asks for a plan or more time is answered at once with an offer on
   * its own for each overdue invoice.
   */
  planDelivery?: 'alone' | 'in-reminders';
}

const optionsSchema = z.strictObject({
  rescoreEveryDays: z.number().int().min(1).max(365).optional(),
  scoringWindowDays: z.number().int().min(30).max(3650).optional(),
  learner: z.looseObject({}).optional(),
  contactRules: z.looseObject({}).optional(),
  planInstallments: z.number().int().min(2).max(12).optional(),
  outcomeDays: z.number().int().min(1).max(30).optional(),
  planAfterDaysLate: z.number().int().min(0).max(365).optional(),
  planSegments: z.array(z.enum(PAYER_SEGMENTS as [PayerSegment, ...PayerSegment[]])).optional(),
  reminderDays: increasingDaysSchema(1).max(12).optional(),
  planDelivery: z.enum(['alone', 'in-reminders']).optional(),
});

const DEFAULT_REMINDER_DAYS: readonly number[] = [1, 5, 12, 30];

/** The adaptive policy's scenario with reminders on the given days after the oldest overdue due date. */
function adaptiveScenario(reminderDays: readonly number[]): ScenarioInput {
  return {
    version: 1,
    id: 'adaptive',
    revision: 2,
    name: 'Adaptive',
    grouping: 'customer-currency',
    reanchor: 'keep-position',
    contactCap: { maxMessages: 2, windowDays: 7 },
    steps: reminderDays.map((offsetDays, index) => ({
      id: `overdue-${index + 1}`,
      anchor: 'oldest-overdue' as const,
      offsetDays,
      actions: [
        {
          kind: 'message' as const,
          channels: 'auto' as const,
          tone: toneOfStep(index),
          template: 'overdue',
        },
      ],
    })),
  };
}

/**
 * The dunning scenario of the adaptive policy: one thread per customer and currency (every overdue
 * invoice in one message), reminders 1, 5, 12 and 30 days after the oldest overdue invoice fell due, at
 * most two messages a week. The tone, channel and time of each message are the learner's; disputed
 * invoices are held by the evaluator. No reminder goes before the due date: on the tuning seeds, one
 * three days before it for the payers scored `forgetful`, `new` or `deteriorating` cost 3,400 messages
 * (more than the fixed ladder sends in all) for 2 points less overdue.
 *
 * @category Policies
 * @example
 * ```ts
 * ADAPTIVE_SCENARIO.steps.map((step) => step.offsetDays);
 * //=> [1, 5, 12, 30]
 * ```
 */
export const ADAPTIVE_SCENARIO: ScenarioInput = adaptiveScenario(DEFAULT_REMINDER_DAYS);

const GOOD_PAYERS: ReadonlySet<string> = new Set(['prompt', 'forgetful', 'new']);
/** Whether the event shows that the payer saw a message: opened (email, WhatsApp), or delivered by SMS or call. */
function showsSeen(event: CollectionsEvent): boolean {
  if (event.type === 'message-opened') return true;
  return event.type === 'message-delivered' && (event.channel === 'sms' || event.channel === 'voice');
}

/** Whether a reply asks for a payment plan or more time, read with `classifyReply` in the customer's language. */
function asksForPlan(event: CollectionsEvent, locale: string | undefined, today: CivilDate): boolean {
  const text = (event as { text?: string }).text;
  if (text === undefined || text === '') return false;
  return classifyReply(text, { locale: locale ?? 'en', receivedOn: today }).outcome === 'payment-plan-request';
}

/**
 * The adaptive policy: what a host can do with public data only. It scores payers with
 * {@link @overdue/scoring!scorePayers | scorePayers} every `rescoreEveryDays`, runs
 * {@link ADAPTIVE_SCENARIO} through {@link @overdue/dunning!evaluateScenario | evaluateScenario} (disputes
 * held), lets the outreach learner ({@link @overdue/outreach!chooseOutreach | chooseOutreach}, per payer
 * segment) pick channel, slot and tone among the consented channels and the tones fit for
 * the segment (never firm with good payers), sends in the slot when the payer's past payments show it
 * is active (found from payment time stamps), at an instant {@link @overdue/outreach!nextContactWindow | nextContactWindow}
 * allows, learns from what follows each touch ({@link @overdue/outreach!recordOutreachOutcome | recordOutreachOutcome}),
 * and offers payment plans ({@link @overdue/dunning!proposePaymentPlan | proposePaymentPlan}) to payers
 * whose public record shows they need time: scored in `planSegments`, an invoice of the scoring window
 * paid `planAfterDaysLate` or more days late, or a reply in the scoring window that asked for a plan or
 * for more time (`classifyReply` reads it as `payment-plan-request`). Such a payer is offered a plan on
 * the due date of each invoice, and on the first day for the invoices already overdue; each invoice is
 * offered once unasked. A payer whose reply asks for a plan is offered one on each overdue invoice, even
 * one whose earlier offer it did not take up. With `planDelivery: 'in-reminders'`, the unasked offers
 * travel in the reminders that chase the invoice instead of on their own.
 *
 * @param options - Scoring cadence, learner and contact rules, plan size.
 * @returns The policy, named `adaptive`.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the bad option, such as `options.rescoreEveryDays`.
 * @category Policies
 * @example
 * ```ts
 * createAdaptivePolicy().name;
 * //=> 'adaptive'
 * ```
 */
export function createAdaptivePolicy(options: AdaptivePolicyOptions = {}): CollectionPolicy {
  const parsed = parseInput(optionsSchema, options, 'options');
  const rescoreEvery = parsed.rescoreEveryDays ?? 90;
  const scoringWindow = parsed.scoringWindowDays ?? 180;
  const planInstallments = parsed.planInstallments ?? 3;
  const outcomeDays = parsed.outcomeDays ?? 5;
  const planSegments: ReadonlySet<string> = new Set(parsed.planSegments ?? ['chronic-late']);
  const planAfterDaysLate = parsed.planAfterDaysLate ?? 14;
  const reminderDays = parsed.reminderDays ?? DEFAULT_REMINDER_DAYS;
  const plansInReminders = parsed.planDelivery === 'in-reminders';
  const scenario = parseScenario(adaptiveScenario(reminderDays));
  const rules = withInputPath(() => compileContactRules(options.contactRules ?? {}), 'rules', 'options.contactRules');
  const learnerOptions: OutreachLearnerOptions = {
    tones: ['friendly', 'neutral', 'firm', 'final'],
    ...options.learner,
  };
  // Checked now, so a bad learner option fails here rather than when a simulation starts.
  withInputPath(() => createOutreachLearner(learnerOptions), 'options', 'options.learner');
  return {
    name: 'adaptive',
    start(start) {
      const n = start.customers.length;
      const ids = start.customers.map((customer) => customer.id);
      const indexOf = new Map<string, number>();
      for (let index = 0; index < n; index++) indexOf.set(ids[index] as string, index);
      let learner: OutreachLearnerState = createOutreachLearner(learnerOptions);
      const segments: PayerSegment[] = new Array(n).fill('new');
      // No step applies before the first reminder day after an invoice's due date.
      const driver = new ScenarioDriver(scenario, ids, reminderDays[0] as number);
      const slotVotes = new Uint16Array(n * 4);
      const touches: (OutreachTouch[] | undefined)[] = new Array(n).fill(undefined);
      const windows = new Map<string, ContactWindow>();
      // Public history: every invoice seen, latest state, for scoring.
      const known = new Map<string, Invoice>();
      const inputs = new Map<string, { invoice: Invoice; input: InvoiceInput }>();
      for (const invoice of start.history) known.set(invoice.id, invoice);
      // Ids of open invoices by due day, for the plans offered on the due date.
      const dueOn = new Map<number, { index: number; id: string }[]>();
      const firstDay = civilDateToDayNumber(start.startDate);
      const indexDue = (invoice: Invoice) => {
        if (plansInReminders || (planSegments.size === 0 && planAfterDaysLate === 0) || invoice.status === 'paid')
          return;
        const due = civilDateToDayNumber(invoice.dueDate);
        const index = indexOf.get(invoice.customerId);
        if (due < firstDay || index === undefined) return;
        const entry = { index, id: invoice.id };
        const bucket = dueOn.get(due);
        if (bucket === undefined) dueOn.set(due, [entry]);
        else bucket.push(entry);
      };
      for (const invoice of start.history) indexDue(invoice);
      // The last day each payer settled an invoice at least planAfterDaysLate days late.
      const longDelayDay = new Int32Array(n).fill(-1_000_000);
      const noteSettled = (invoice: Invoice) => {
        if (invoice.paidDate === undefined || planAfterDaysLate === 0) return;
        const index = indexOf.get(invoice.customerId);
        if (index === undefined) return;
        const paidDay = civilDateToDayNumber(invoice.paidDate);
        if (paidDay - civilDateToDayNumber(invoice.dueDate) < planAfterDaysLate) return;
        if (paidDay > (longDelayDay[index] as number)) longDelayDay[index] = paidDay;
      };
      for (const invoice of start.history) noteSettled(invoice);
      // The last day each payer asked for a payment plan or for more time.
      const askedDay = new Int32Array(n).fill(-1_000_000);
      const needsTime = (index: number, today: number) =>
        planSegments.has(segments[index] as string) ||
        today - (longDelayDay[index] as number) <= scoringWindow ||
        today - (askedDay[index] as number) <= scoringWindow;
      const voteSlot = (event: CollectionsEvent) => {
        const index = indexOf.get(event.customerId);
        if (index === undefined) return;
        const zone = start.customers[index]?.timeZone ?? 'UTC';
        const hour = localHourOf(zone, event.at);
        for (let slot = 0; slot < SLOT_HOURS.length; slot++) {
          const [from, to] = SLOT_HOURS[slot] as readonly [number, number];
          if (hour >= from && hour < to) slotVotes[index * 4 + slot] = (slotVotes[index * 4 + slot] as number) + 1;
        }
      };
      for (const event of start.events) if (event.type === 'payment-received') voteSlot(event);
      const rescore = (asOf: CivilDate) => {
        const from = addDays(asOf, -scoringWindow);
        const invoices: InvoiceInput[] = [];
        for (const invoice of known.values()) {
          if (invoice.issueDate < from) {
            // Never scored again: the window only moves forward.
            known.delete(invoice.id);
            inputs.delete(invoice.id);
            continue;
          }
          const cached = inputs.get(invoice.id);
          if (cached !== undefined && cached.invoice === invoice) {
            invoices.push(cached.input);
            continue;
          }
          const input = toInvoiceInput(invoice);
          inputs.set(invoice.id, { invoice, input });
          invoices.push(input);
        }
        const scores = scorePayers({ invoices }, { asOf: addDays(asOf, -1), customerIds: ids });
        for (let index = 0; index < scores.length; index++)
          segments[index] = (scores[index] as { segment: PayerSegment }).segment;
      };
      rescore(start.startDate);
      driver.prime(start.history, start.startDate);

      // Once per invoice unasked; a payer who asks for a plan gets one even after an offer it did not take up.
      const offered = new Set<string>();
      // Invoices whose plan went in a reminder the payer may not have seen: the next reminder carries it again.
      const carried = new Set<string>();
      const planFor = (invoice: Invoice, asked: boolean, date: CivilDate, inMessage = false): PlanOffer | undefined => {
        if (invoice.disputed === true || invoice.installments !== undefined) return undefined;
        if (offered.has(invoice.id) && !asked) return undefined;
        if (inMessage) carried.add(invoice.id);
        else offered.add(invoice.id);
        const plan = proposePaymentPlan(invoice.amountDue, {
          installments: planInstallments,
          frequency: 'biweekly',
          firstDate: addDays(date, 7),
        });
        return {
          invoiceId: invoice.id,
          installments: plan.installments.map((part) => ({ dueDate: part.dueDate, amount: part.amount })),
        };
      };

      const touchBook = new PendingTouches(n, outcomeDays, (_touch, outcome) => {
        learner = recordOutreachOutcome(learner, outcome.outcome);
      });
      let messagesSent = 0;

      return {
        decide(day: PolicyDay, random) {
          const today = civilDateToDayNumber(day.date);
          // What is known at the start of today (UTC): every event before it has been handed over by now.
          const dayStart = new Date(`${day.date}T00:00:00Z`);
          const actions: PolicyAction[] = [];
          for (const invoice of day.issued) {
            known.set(invoice.id, invoice);
            indexDue(invoice);
          }
          for (const invoice of day.settled) {
            known.set(invoice.id, invoice);
            carried.delete(invoice.id);
            noteSettled(invoice);
          }
          const askedForTime = new Set<number>();
          for (const event of day.events) {
            const index = indexOf.get(event.customerId);
            if (index === undefined) continue;
            if (event.type === 'payment-received') voteSlot(event);
            if (event.type === 'reply-received' && asksForPlan(event, start.customers[index]?.locale, day.date)) {
              askedForTime.add(index);
              askedDay[index] = today;
            }
            touchBook.note(index, event);
            if (carried.size > 0 && showsSeen(event)) {
              for (const id of event.invoiceIds ?? []) if (carried.delete(id)) offered.add(id);
            }
          }
          touchBook.flush(dayStart);
          touchBook.close(dayStart);
          if (day.dayIndex > 0 && day.dayIndex % rescoreEvery === 0) {
            for (const index of day.changed)
              for (const invoice of day.customer(index).openInvoices) known.set(invoice.id, invoice);
            rescore(day.date);
          }
          offerStandalonePlans(day, today, askedForTime, actions);
          driver.run(day, (view, action) => {
            const message = decideMessage(view, action, today, random);
            if (message === undefined) return false;
            actions.push(message);
            return true;
          });
          return actions;
        },
      };

      // Plans offered on their own: to payers who asked today, on the first day, and on due dates.
      function offerStandalonePlans(day: PolicyDay, today: number, askedForTime: Set<number>, actions: PolicyAction[]) {
        const offerPlan = (index: number, invoice: Invoice, asked: boolean) => {
          const offer = planFor(invoice, asked, day.date);
          if (offer !== undefined) actions.push({ kind: 'payment-plan', customerIndex: index, ...offer });
        };
        for (const index of askedForTime) {
          for (const invoice of day.customer(index).openInvoices) {
            if (civilDateToDayNumber(invoice.dueDate) < today) offerPlan(index, invoice, true);
          }
        }
        // Offers that are not answers travel in reminders when plans go in reminders.
        if (plansInReminders) return;
        // On the first day, the book as it stands: the overdue invoices of payers who need time.
        if (day.dayIndex === 0) {
          for (let index = 0; index < n; index++) {
            if (!needsTime(index, today)) continue;
            for (const invoice of day.customer(index).openInvoices) {
              if (civilDateToDayNumber(invoice.dueDate) < today) offerPlan(index, invoice, false);
            }
          }
        }
        const dueToday = dueOn.get(today);
        if (dueToday === undefined) return;
        dueOn.delete(today);
        for (const { index, id } of dueToday) {
          if (!needsTime(index, today)) continue;
          const invoice = day.customer(index).openInvoices.find((open) => open.id === id);
          if (invoice !== undefined) offerPlan(index, invoice, false);
        }
      }

      function decideMessage(
        view: PolicyCustomer,
        action: MessageAction,
        today: number,
        random: Parameters<typeof chooseOutreach>[2],
      ): PolicyAction | undefined {
        const index = view.index;
        const contact = view.customer.contacts[0];
        if (contact === undefined) return undefined;
        const channels = CHANNEL_ORDER.filter((channel) => contact.consent[channel] === true);
        if (channels.length === 0) return undefined;
        const segment = segments[index] as string;
        const tones: MessageTone[] = GOOD_PAYERS.has(segment)
          ? ['friendly', 'neutral']
          : action.stepId === 'overdue-1'
            ? ['neutral', 'firm']
            : ['neutral', 'firm', 'final'];
        let best = -1;
        let votes = 0;
        for (let slot = 0; slot < 4; slot++) {
          const count = slotVotes[index * 4 + slot] as number;
          if (count > votes) {
            votes = count;
            best = slot;
          }
        }
        const slots: SendSlot[] = best >= 0 ? [SLOT_ORDER[best] as SendSlot] : [...SLOT_ORDER];
        const sequence = touches[index] ?? [];
        // A new episode (its first reminder) starts a new sequence of touches.
        if (action.stepId === 'overdue-1') sequence.length = 0;
        touches[index] = sequence;
        const decision = chooseOutreach(
          learner,
          { segment, allowed: { channels, slots, tones }, previousTouches: sequence },
          random,
        );
        const zone = view.customer.timeZone ?? 'UTC';
        const from = instantAtLocalHour(zone, today, 0);
        // The window depends only on zone, country, channel, slot and day here (consent was checked
        // above and no recent contacts are passed), so customers who share them share one answer.
        const windowKey = `${zone}|${view.customer.country ?? ''}|${decision.channel}|${decision.slot}|${today}`;
        let window = windows.get(windowKey);
        if (window === undefined) {
          window = nextContactWindow(
            {
              timeZone: zone,
              ...(view.customer.country === undefined ? {} : { country: view.customer.country }),
              channel: decision.channel,
              contact,
              slot: decision.slot,
            },
            from,
            rules,
          );
          if (windows.size > 10_000) windows.clear();
          windows.set(windowKey, window);
        }
        if (!window.allowed) return undefined;
        // Send today when the window opens today, else on the first allowed day (the scenario step waits).
        if (window.at.getTime() >= from.getTime() + 86_400_000) {
          if (window.localDate > dayNumberToCivilDate(today + 3)) return undefined;
        }
        const entry: OutreachTouch = {
          channel: decision.channel,
          slot: decision.slot,
          tone: decision.tone,
          result: undefined,
        };
        const invoiceIds = action.items.map((item) => item.invoiceId);
        const messageId = `m${++messagesSent}`;
        const touch: PendingTouch = {
          customer: index,
          touch: {
            customerId: view.customer.id,
            segment,
            channel: decision.channel,
            slot: decision.slot,
            tone: decision.tone,
            sentAt: window.at,
            messageId,
            invoiceIds,
          },
          result: undefined,
          entry,
        };
        sequence.push(entry);
        touchBook.add(touch);
        const message: PolicyAction = {
          kind: 'message',
          customerIndex: index,
          channel: decision.channel,
          at: window.at,
          tone: decision.tone as MessageTone,
          invoiceIds,
          messageId,
        };
        if (plansInReminders) {
          const plans = plansForReminder(view, invoiceIds, today);
          if (plans.length > 0) message.plans = plans;
        }
        return message;
      }

      // The plans a reminder carries: its overdue invoices not yet offered a plan, for a payer who needs time.
      function plansForReminder(view: PolicyCustomer, invoiceIds: readonly string[], today: number) {
        const plans: PlanOffer[] = [];
        if (!needsTime(view.index, today)) return plans;
        const date = dayNumberToCivilDate(today);
        for (const id of invoiceIds) {
          const invoice = view.openInvoices.find((open) => open.id === id);
          if (invoice === undefined || civilDateToDayNumber(invoice.dueDate) >= today) continue;
          const offer = planFor(invoice, false, date, true);
          if (offer !== undefined) plans.push(offer);
        }
        return plans;
      }
    },
  };
}
