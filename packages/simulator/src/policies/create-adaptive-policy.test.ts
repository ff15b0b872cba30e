import type { Invoice } from '@overdue/core';
import { civilDateToDayNumber, InvalidArgumentError } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { observedPolicy } from '../_test/public-record';
import { generatePortfolio } from '../portfolio/generate-portfolio';
import { simulatePortfolio } from '../simulate/simulate-portfolio';
import type { AdaptivePolicyOptions } from './create-adaptive-policy';
import { ADAPTIVE_SCENARIO, createAdaptivePolicy } from './create-adaptive-policy';
import type { CollectionPolicy } from './policy-types';

interface PlanRun {
  offers: PlanOffer[];
  /** Open, undisputed invoices due on a day when their payer had a 14-day delay in the 180 days before, never offered a plan. */
  missed: string[];
}

interface PlanOffer {
  date: string;
  /** Days since the policy's first day. */
  dayIndex: number;
  invoice: Invoice;
  /** The most days late of the payer's invoices settled in the 180 days before, from public data (-1: none). */
  recentMaxDaysLate: number;
  /** The payer replied (asking for time: the only reply the engine sends) in the 180 days up to today. */
  askedRecently: boolean;
  /** A reply of the payer is among today's events. */
  askedToday: boolean;
}

/**
 * Runs the adaptive policy on a cash-constrained and forgetful book and returns the plans it offered, each
 * with the public facts of that day: the invoice as the policy saw it and the payer's recent delays.
 */
function planOffers(options: AdaptivePolicyOptions): PlanRun {
  const portfolio = generatePortfolio({ customers: 300, seed: 3, mix: { 'cash-constrained': 1, forgetful: 1 } });
  const offers: PlanOffer[] = [];
  const eligible: string[] = [];
  const inner = createAdaptivePolicy(options);
  const policy = observedPolicy(inner, (day, actions, record, start) => {
    const today = civilDateToDayNumber(day.date);
    for (let index = 0; index < start.customers.length; index++) {
      for (const invoice of day.customer(index).openInvoices) {
        if (invoice.dueDate !== day.date || invoice.disputed === true || invoice.installments !== undefined) continue;
        if (record.recentMaxDaysLate(invoice.customerId, today) >= 14) eligible.push(invoice.id);
      }
    }
    for (const action of actions) {
      if (action.kind !== 'payment-plan') continue;
      const view = day.customer(action.customerIndex);
      const invoice = view.openInvoices.find((open) => open.id === action.invoiceId) as Invoice;
      offers.push({
        date: day.date,
        dayIndex: day.dayIndex,
        invoice,
        recentMaxDaysLate: record.recentMaxDaysLate(invoice.customerId, today),
        askedRecently: record.askedWithin(invoice.customerId, today, 180),
        askedToday: record.askedWithin(invoice.customerId, today, 0),
      });
    }
  });
  simulatePortfolio({ portfolio, policy, days: 120, seed: 3 });
  const offered = new Set(offers.map((offer) => offer.invoice.id));
  return { offers, missed: eligible.filter((id) => !offered.has(id)) };
}

describe('createAdaptivePolicy', () => {
  it('uses several channels, only consented ones, and offers plans to payers who ask for time', () => {
    const portfolio = generatePortfolio({ customers: 300, seed: 2, mix: { 'cash-constrained': 1, forgetful: 1 } });
    const result = simulatePortfolio({ portfolio, policy: createAdaptivePolicy(), days: 120, seed: 2 });
    const used = Object.values(result.totals.messages).filter((count) => count > 0).length;
    expect(used).toBeGreaterThan(1);
    expect(result.totals.messagesRefused).toBe(0);
    expect(result.totals.plansAccepted).toBeGreaterThan(0);
  });

  it('gives each message its own id, which every event of that message carries', () => {
    const portfolio = generatePortfolio({ customers: 200, seed: 5 });
    const sent = new Map<string, { customerId: string; channel: string }>();
    const eventTypes = new Map<string, Set<string>>();
    const policy = observedPolicy(createAdaptivePolicy(), (day, actions, _record, start) => {
      for (const event of day.events) {
        const id = 'messageId' in event ? event.messageId : undefined;
        if (event.type.startsWith('message-')) expect(id).toBeDefined();
        if (id === undefined) continue;
        const message = sent.get(id);
        expect(message, `event ${event.type} of an unknown message ${id}`).toBeDefined();
        expect([event.customerId, event.channel]).toEqual([message?.customerId, message?.channel]);
        const types = eventTypes.get(id) ?? new Set<string>();
        types.add(event.type);
        eventTypes.set(id, types);
      }
      for (const action of actions) {
        if (action.kind !== 'message') continue;
        const id = action.messageId as string;
        expect(sent.has(id)).toBe(false);
        sent.set(id, { customerId: start.customers[action.customerIndex]?.id as string, channel: action.channel });
      }
    });
    simulatePortfolio({ portfolio, policy, days: 90, seed: 5 });
    expect(sent.size).toBeGreaterThan(100);
    const seen = [...eventTypes.values()];
    // Every message seen back was sent, and was either delivered or failed.
    for (const types of seen) {
      expect(types.has('message-sent')).toBe(true);
      expect(types.has('message-delivered') !== types.has('message-failed')).toBe(true);
    }
    expect(seen.some((types) => types.has('message-failed'))).toBe(true);
    expect(seen.some((types) => types.has('message-opened'))).toBe(true);
  });

  it('offers a plan on the due date to a payer who paid an invoice of the last 180 days 14 or more days late, or asked for time in them', () => {
    const { offers, missed } = planOffers({ planSegments: [] });
    expect(missed).toEqual([]);
    const onDueDate = offers.filter((offer) => offer.date === offer.invoice.dueDate);
    expect(onDueDate.length).toBeGreaterThan(10);
    for (const offer of onDueDate) expect(offer.recentMaxDaysLate >= 14 || offer.askedRecently).toBe(true);
    // Some payers are known to need time only from their request.
    expect(onDueDate.filter((offer) => offer.recentMaxDaysLate < 14).length).toBeGreaterThan(0);
    for (const offer of offers) {
      expect(offer.invoice.disputed === true).toBe(false);
      expect(offer.invoice.installments).toBeUndefined();
    }
  });

  it('offers a plan after the due date only on the first day or in answer to a request, and a second one only to a request', () => {
    const { offers } = planOffers({ planSegments: [] });
    const later = offers.filter((offer) => offer.date !== offer.invoice.dueDate);
    for (const offer of later) {
      expect(offer.date > offer.invoice.dueDate).toBe(true);
      expect(offer.dayIndex === 0 || offer.askedToday).toBe(true);
    }
    // The book as it stands on the first day: overdue invoices of payers whose record shows they need time.
    const firstDay = later.filter((offer) => offer.dayIndex === 0 && !offer.askedToday);
    expect(firstDay.length).toBeGreaterThan(0);
    for (const offer of firstDay) expect(offer.recentMaxDaysLate).toBeGreaterThanOrEqual(14);
    // An invoice is offered again only when its payer asks, after an offer it did not take up.
    const seen = new Set<string>();
    let again = 0;
    for (const offer of offers) {
      if (seen.has(offer.invoice.id)) {
        again++;
        expect(offer.askedToday).toBe(true);
      }
      seen.add(offer.invoice.id);
    }
    expect(again).toBeGreaterThan(0);
  });

  it('offers plans only to payers who ask when the due-date offers are switched off', () => {
    const { offers, missed } = planOffers({ planSegments: [], planAfterDaysLate: 0 });
    expect(missed.length).toBeGreaterThan(10);
    expect(offers.length).toBeGreaterThan(0);
    for (const offer of offers) expect(offer.date > offer.invoice.dueDate).toBe(true);
    // The default offers more, and earlier.
    const byDefault = planOffers({}).offers;
    expect(byDefault.filter((offer) => offer.date === offer.invoice.dueDate).length).toBeGreaterThan(10);
  });

  it('sends its reminders on the given days after the oldest overdue due date, and no earlier', () => {
    const portfolio = generatePortfolio({ customers: 200, seed: 4, mix: { forgetful: 1, 'chronic-late': 1 } });
    const run = (reminderDays?: number[]) => {
      // The send day of each message and the earliest due day of the invoices it is about.
      const sends: { sendDay: number; earliestDue: number; invoiceIds: readonly string[] }[] = [];
      const inner = createAdaptivePolicy(reminderDays === undefined ? {} : { reminderDays });
      const policy: CollectionPolicy = {
        name: 'observed',
        start(start) {
          const dueDays = new Map<string, number>();
          for (const invoice of start.history) dueDays.set(invoice.id, civilDateToDayNumber(invoice.dueDate));
          const decisions = inner.start(start);
          return {
            decide(day, random) {
              for (const invoice of day.issued) dueDays.set(invoice.id, civilDateToDayNumber(invoice.dueDate));
              const actions = decisions.decide(day, random);
              for (const action of actions) {
                if (action.kind !== 'message') continue;
                const due = action.invoiceIds.map((id) => dueDays.get(id) as number);
                sends.push({
                  sendDay: Math.floor(action.at.getTime() / 86_400_000),
                  earliestDue: Math.min(...due),
                  invoiceIds: action.invoiceIds,
                });
              }
              return actions;
            },
          };
        },
      };
      simulatePortfolio({ portfolio, policy, days: 90, seed: 4 });
      return sends;
    };
    /** The most messages any one invoice was in. */
    const mostReminders = (sends: readonly { invoiceIds: readonly string[] }[]) => {
      const counts = new Map<string, number>();
      for (const send of sends) for (const id of send.invoiceIds) counts.set(id, (counts.get(id) ?? 0) + 1);
      return Math.max(0, ...counts.values());
    };
    const once = run([6]);
    const usual = run();
    expect(once.length).toBeGreaterThan(20);
    for (const send of once) expect(send.sendDay - send.earliestDue).toBeGreaterThanOrEqual(6);
    expect(mostReminders(once)).toBe(1);
    // The default cadence reminds one day after the due date, and again.
    expect(usual.some((send) => send.sendDay - send.earliestDue < 6)).toBe(true);
    expect(mostReminders(usual)).toBeGreaterThan(1);
  });

  it('has the documented scenario steps', () => {
    expect(ADAPTIVE_SCENARIO.steps.map((step) => step.id)).toEqual([
      'overdue-1',
      'overdue-2',
      'overdue-3',
      'overdue-4',
    ]);
  });

  it('throws InvalidArgumentError naming a bad option', () => {
    expect(() => createAdaptivePolicy({ rescoreEveryDays: 0 })).toThrow(
      expect.objectContaining({ path: 'options.rescoreEveryDays' }),
    );
    expect(() => createAdaptivePolicy({ planInstallments: 1 })).toThrow(InvalidArgumentError);
    expect(() => createAdaptivePolicy({ planAfterDaysLate: -1 })).toThrow(
      expect.objectContaining({ path: 'options.planAfterDaysLate' }),
    );
    expect(() => createAdaptivePolicy({ reminderDays: [5, 3] })).toThrow(
      expect.objectContaining({ path: 'options.reminderDays' }),
    );
    expect(() => createAdaptivePolicy({ reminderDays: [0, 3] })).toThrow(
      expect.objectContaining({ path: 'options.reminderDays[0]' }),
    );
    expect(() => createAdaptivePolicy({ planSegments: ['slow' as 'prompt'] })).toThrow(
      expect.objectContaining({ path: 'options.planSegments[0]' }),
    );
  });

  it('rejects a misspelt option, of its own, of the learner or of the contact rules, at its path, when created', () => {
    expect(() => createAdaptivePolicy({ reminderDayz: [1, 10] } as never)).toThrow(
      expect.objectContaining({
        path: 'options.reminderDayz',
        message: 'options.reminderDayz: unknown field; did you mean "reminderDays"?',
      }),
    );
    expect(() => createAdaptivePolicy({ learner: { forgeting: 0.9 } } as never)).toThrow(
      expect.objectContaining({
        path: 'options.learner.forgeting',
        message: 'options.learner.forgeting: unknown field; did you mean "forgetting"?',
      }),
    );
    expect(() => createAdaptivePolicy({ contactRules: { capz: [] } } as never)).toThrow(
      expect.objectContaining({ path: 'options.contactRules.capz' }),
    );
    expect(() => createAdaptivePolicy({ learner: { forgetting: 1.5 } })).toThrow(
      expect.objectContaining({ path: 'options.learner.forgetting' }),
    );
  });
});
