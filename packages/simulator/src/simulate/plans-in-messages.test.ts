import type { Channel } from '@overdue/core';
import { addDays, civilDateToDayNumber } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import type { CollectionPolicy, PlanOffer, PolicyAction, PolicyDay } from '../policies/policy-types';
import { generatePortfolio } from '../portfolio/generate-portfolio';
import { simulatePortfolio } from './simulate-portfolio';

/**
 * On the first day, one message to each customer with overdue undisputed invoices, carrying a plan for
 * each of them (the whole amount due a week later): by email where the contact consented to email, else
 * by a channel it did not consent to. The next day it counts the plans of the messages it sees opened.
 */
function planMessages(channelFor: (consent: Partial<Record<Channel, boolean | undefined>>) => Channel | undefined) {
  const carriedBy = new Map<string, number>();
  let refusedPlans = 0;
  let openedPlans = 0;
  const policy: CollectionPolicy = {
    name: 'plans-in-messages',
    start: (start) => ({
      decide: (day: PolicyDay) => {
        if (day.dayIndex === 1) {
          for (const event of day.events)
            if (event.type === 'message-opened') openedPlans += carriedBy.get(event.customerId) ?? 0;
        }
        if (day.dayIndex !== 0) return [];
        const today = civilDateToDayNumber(day.date);
        const actions: PolicyAction[] = [];
        for (let index = 0; index < start.customers.length; index++) {
          const view = day.customer(index);
          const plans: PlanOffer[] = view.openInvoices
            .filter((invoice) => invoice.disputed !== true && civilDateToDayNumber(invoice.dueDate) < today)
            .map((invoice) => ({
              invoiceId: invoice.id,
              installments: [{ dueDate: addDays(day.date, 7), amount: invoice.amountDue }],
            }));
          const channel = channelFor(view.customer.contacts[0]?.consent ?? {});
          if (plans.length === 0 || channel === undefined) continue;
          if (view.customer.contacts[0]?.consent[channel] === true) carriedBy.set(view.customer.id, plans.length);
          else refusedPlans += plans.length;
          actions.push({
            kind: 'message',
            customerIndex: index,
            channel,
            at: new Date(`${day.date}T12:00:00Z`),
            tone: 'neutral',
            invoiceIds: plans.map((plan) => plan.invoiceId),
            plans,
          });
        }
        return actions;
      },
    }),
  };
  const portfolio = generatePortfolio({ customers: 1500, seed: 5 });
  const result = simulatePortfolio({ portfolio, policy, days: 2, seed: 5 });
  const sent = [...carriedBy.values()].reduce((sum, count) => sum + count, 0);
  return { result, sent, openedPlans, refusedPlans };
}

describe('plans offered in messages', () => {
  it('reach the payer only when the message is delivered and noticed, and are counted apart', () => {
    const { result, sent, openedPlans } = planMessages((consent) => (consent.email === true ? 'email' : undefined));
    expect(sent).toBeGreaterThan(40);
    // An email that is noticed is opened; only its plans reached the payer.
    expect(openedPlans).toBeGreaterThan(0);
    expect(openedPlans).toBeLessThan(sent);
    expect(result.totals.plansOfferedInMessages).toBe(openedPlans);
    expect(result.totals.plansOffered).toBe(openedPlans);
    expect(result.totals.plansAccepted).toBeGreaterThan(0);
  });

  it('never reach the payer in a message refused for want of consent', () => {
    const { result, refusedPlans } = planMessages((consent) =>
      (['sms', 'voice', 'whatsapp', 'email'] as const).find((channel) => consent[channel] !== true),
    );
    expect(refusedPlans).toBeGreaterThan(10);
    expect(result.totals.messagesRefused).toBeGreaterThan(0);
    expect(result.totals.plansOffered).toBe(0);
    expect(result.totals.plansOfferedInMessages).toBe(0);
  });
});
