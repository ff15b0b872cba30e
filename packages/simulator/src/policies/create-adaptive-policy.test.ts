import type { Invoice } from '@overdue/core';
import { civilDateToDayNumber, InvalidArgumentError } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../portfolio/generate-portfolio';
import { simulatePortfolio } from '../simulate/simulate-portfolio';
import type { AdaptivePolicyOptions } from './create-adaptive-policy';
import { ADAPTIVE_SCENARIO, createAdaptivePolicy } from './create-adaptive-policy';
import type { CollectionPolicy, PolicyAction, PolicyDay } from './policy-types';

interface PlanOffer {
  date: string;
  invoice: Invoice;
  /** Days late of the payer's most recently settled invoice that day, as the public data shows it (-1: none). */
  lastDaysLate: number;
}

/**
 * Runs the adaptive policy on a cash-constrained and forgetful book and returns the plans it offered, each
 * with the public facts of that day: the invoice as the policy saw it and the payer's last days late.
 */
function planOffers(options: AdaptivePolicyOptions): PlanOffer[] {
  const portfolio = generatePortfolio({ customers: 300, seed: 3, mix: { 'cash-constrained': 1, forgetful: 1 } });
  const offers: PlanOffer[] = [];
  const inner = createAdaptivePolicy(options);
  const lastPaid = new Map<string, { paidDay: number; daysLate: number }>();
  const settle = (invoice: Invoice) => {
    if (invoice.paidDate === undefined) return;
    const paidDay = civilDateToDayNumber(invoice.paidDate);
    const last = lastPaid.get(invoice.customerId);
    if (last !== undefined && last.paidDay > paidDay) return;
    lastPaid.set(invoice.customerId, {
      paidDay,
      daysLate: Math.max(0, paidDay - civilDateToDayNumber(invoice.dueDate)),
    });
  };
  const policy: CollectionPolicy = {
    name: 'observed',
    start(start) {
      for (const invoice of start.history) settle(invoice);
      const run = inner.start(start);
      return {
        decide(day: PolicyDay, random) {
          for (const invoice of day.settled) settle(invoice);
          const actions = run.decide(day, random);
          for (const action of actions as PolicyAction[]) {
            if (action.kind !== 'payment-plan') continue;
            const view = day.customer(action.customerIndex);
            const invoice = view.openInvoices.find((open) => open.id === action.invoiceId) as Invoice;
            offers.push({ date: day.date, invoice, lastDaysLate: lastPaid.get(invoice.customerId)?.daysLate ?? -1 });
          }
          return actions;
        },
      };
    },
  };
  simulatePortfolio({ portfolio, policy, days: 120, seed: 3 });
  return offers;
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

  it('offers a plan on the due date to a payer whose last settled invoice was 14 or more days late, once per invoice', () => {
    const offers = planOffers({ planSegments: [] });
    const onDueDate = offers.filter((offer) => offer.date === offer.invoice.dueDate);
    expect(onDueDate.length).toBeGreaterThan(10);
    for (const offer of onDueDate) expect(offer.lastDaysLate).toBeGreaterThanOrEqual(14);
    // The rest answer a request for time, and only for invoices already overdue.
    for (const offer of offers) expect(offer.date >= offer.invoice.dueDate).toBe(true);
    const ids = offers.map((offer) => offer.invoice.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const offer of offers) {
      expect(offer.invoice.disputed === true).toBe(false);
      expect(offer.invoice.installments).toBeUndefined();
    }
  });

  it('offers plans only to payers who ask when the due-date offers are switched off', () => {
    const offers = planOffers({ planSegments: [], planAfterDaysLate: 0 });
    expect(offers.length).toBeGreaterThan(0);
    for (const offer of offers) expect(offer.date > offer.invoice.dueDate).toBe(true);
    // The default offers more, and earlier.
    const byDefault = planOffers({});
    expect(byDefault.filter((offer) => offer.date === offer.invoice.dueDate).length).toBeGreaterThan(10);
  });

  it('has the documented scenario steps', () => {
    expect(ADAPTIVE_SCENARIO.steps.map((step) => step.id)).toEqual([
      'upcoming',
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
    expect(() => createAdaptivePolicy({ planSegments: ['slow' as 'prompt'] })).toThrow(
      expect.objectContaining({ path: 'options.planSegments[0]' }),
    );
  });
});
