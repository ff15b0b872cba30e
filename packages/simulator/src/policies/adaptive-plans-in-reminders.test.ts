import type { CollectionsEvent, Invoice } from '@overdue/core';
import { civilDateToDayNumber } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { observedPolicy } from '../_test/public-record';
import { generatePortfolio } from '../portfolio/generate-portfolio';
import { simulatePortfolio } from '../simulate/simulate-portfolio';
import type { AdaptivePolicyOptions } from './create-adaptive-policy';
import { createAdaptivePolicy } from './create-adaptive-policy';

interface Carried {
  /** The day number it was carried on. */
  today: number;
  invoice: Invoice;
  /** The invoices the carrying message chases. */
  chased: readonly string[];
  /** The most days late of the payer's invoices settled in the 180 days before (-1: none). */
  recentMaxDaysLate: number;
  /** The payer replied (asking for time: the only reply the engine sends) in the 180 days up to today. */
  askedRecently: boolean;
  /** A message that carried this invoice's plan before was seen (opened, or delivered by SMS or call). */
  seenBefore: boolean;
}

interface Standalone {
  dayIndex: number;
  /** A reply of the payer is among the day's events. */
  askedToday: boolean;
}

const SEEN_BY_DELIVERY = new Set(['sms', 'voice']);

/** Runs the adaptive policy on a cash-constrained and forgetful book and records every plan it offers. */
function observe(options: AdaptivePolicyOptions) {
  const portfolio = generatePortfolio({ customers: 300, seed: 3, mix: { 'cash-constrained': 1, forgetful: 1 } });
  const carried: Carried[] = [];
  const standalone: Standalone[] = [];
  const inner = createAdaptivePolicy(options);
  // Invoices whose plan went in a message, and those of them a carrying message was seen for.
  const inMessages = new Set<string>();
  const seen = new Set<string>();
  const noteSeen = (event: CollectionsEvent) => {
    const shows =
      event.type === 'message-opened' ||
      (event.type === 'message-delivered' && SEEN_BY_DELIVERY.has(event.channel as string));
    if (!shows) return;
    for (const id of event.invoiceIds ?? []) if (inMessages.has(id)) seen.add(id);
  };
  const policy = observedPolicy(inner, (day, actions, record) => {
    const today = civilDateToDayNumber(day.date);
    for (const event of day.events) noteSeen(event);
    for (const action of actions) {
      const view = day.customer(action.customerIndex);
      if (action.kind === 'payment-plan') {
        standalone.push({ dayIndex: day.dayIndex, askedToday: record.askedWithin(view.customer.id, today, 0) });
        continue;
      }
      for (const plan of action.plans ?? []) {
        const invoice = view.openInvoices.find((open) => open.id === plan.invoiceId) as Invoice;
        carried.push({
          today,
          invoice,
          chased: action.invoiceIds,
          recentMaxDaysLate: record.recentMaxDaysLate(invoice.customerId, today),
          askedRecently: record.askedWithin(invoice.customerId, today, 180),
          seenBefore: seen.has(invoice.id),
        });
        inMessages.add(invoice.id);
      }
    }
  });
  const result = simulatePortfolio({ portfolio, policy, days: 120, seed: 3 });
  return { carried, standalone, result };
}

describe('createAdaptivePolicy with plans in reminders', () => {
  it('carries each plan in a reminder chasing an overdue invoice of a payer who needs time, until one is seen', () => {
    const { carried, result } = observe({ planDelivery: 'in-reminders', planSegments: [] });
    expect(carried.length).toBeGreaterThan(20);
    for (const entry of carried) {
      expect(entry.chased).toContain(entry.invoice.id);
      expect(civilDateToDayNumber(entry.invoice.dueDate)).toBeLessThan(entry.today);
      expect(entry.recentMaxDaysLate >= 14 || entry.askedRecently).toBe(true);
      expect(entry.invoice.installments).toBeUndefined();
      expect(entry.invoice.disputed === true).toBe(false);
      expect(entry.seenBefore).toBe(false);
    }
    // Some plans go again in a later reminder, after one the payer was not seen to read.
    const ids = carried.map((entry) => entry.invoice.id);
    expect(new Set(ids).size).toBeLessThan(ids.length);
    // The engine counts as offered only the plans of messages that were delivered and noticed.
    expect(result.totals.plansOfferedInMessages).toBeGreaterThan(0);
    expect(result.totals.plansOfferedInMessages).toBeLessThan(carried.length);
    expect(result.totals.plansAccepted).toBeGreaterThan(0);
  });

  it('offers a plan on its own only in answer to a request, where the default also offers on due dates', () => {
    const inReminders = observe({ planDelivery: 'in-reminders', planSegments: [] });
    expect(inReminders.standalone.length).toBeGreaterThan(0);
    for (const offer of inReminders.standalone) expect(offer.askedToday).toBe(true);
    expect(inReminders.result.totals.plansOffered).toBeGreaterThan(inReminders.result.totals.plansOfferedInMessages);
    const alone = observe({ planSegments: [] });
    expect(alone.carried).toEqual([]);
    expect(alone.result.totals.plansOfferedInMessages).toBe(0);
    expect(alone.standalone.filter((offer) => !offer.askedToday).length).toBeGreaterThan(10);
  });
});
