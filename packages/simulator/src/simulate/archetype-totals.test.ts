import type { Invoice } from '@overdue/core';
import { addDays } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { ARCHETYPE_ORDER } from '../_lib/archetype-order';
import { createAdaptivePolicy } from '../policies/create-adaptive-policy';
import { createNoReminderPolicy } from '../policies/create-no-reminder-policy';
import type { CollectionPolicy, PolicyAction } from '../policies/policy-types';
import { generatePortfolio } from '../portfolio/generate-portfolio';
import { simulatePortfolio } from './simulate-portfolio';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe('simulatePortfolio totals by archetype', () => {
  it('splits customers, messages, plans, opt-outs, churn and the overdue balance by archetype, adding up to the totals', () => {
    const portfolio = generatePortfolio({ customers: 300, seed: 5, billing: 'local-currency' });
    const result = simulatePortfolio({ portfolio, policy: createAdaptivePolicy(), days: 120, seed: 5 });
    const entries = result.totals.byArchetype;
    expect(entries.map((entry) => entry.archetype)).toEqual(ARCHETYPE_ORDER);
    for (const archetype of ARCHETYPE_ORDER) {
      const expected = portfolio.traits.filter((traits) => traits.archetype === archetype).length;
      expect(entries.find((entry) => entry.archetype === archetype)?.customers).toBe(expected);
    }
    expect(result.totals.messagesSent).toBeGreaterThan(0);
    expect(result.totals.plansOffered).toBeGreaterThan(0);
    expect(sum(entries.map((entry) => entry.messagesSent))).toBe(result.totals.messagesSent);
    expect(sum(entries.map((entry) => entry.plansOffered))).toBe(result.totals.plansOffered);
    expect(sum(entries.map((entry) => entry.plansAccepted))).toBe(result.totals.plansAccepted);
    expect(sum(entries.map((entry) => entry.optOuts))).toBe(result.totals.optOuts);
    expect(sum(entries.map((entry) => entry.churned))).toBe(result.totals.churned);
    for (const entry of entries) expect(entry.plansAccepted).toBeLessThanOrEqual(entry.plansOffered);
    expect(result.currencies.length).toBeGreaterThan(1);
    result.currencies.forEach((currency, k) => {
      const total = result.totals.byCurrency[k]?.averageOverdue.minor as number;
      const parts = entries.map((entry) => entry.averageOverdue[k]);
      for (const part of parts) expect(part?.currency).toBe(currency);
      const added = sum(parts.map((part) => part?.minor as number));
      // Each archetype is rounded on its own: at most half a minor unit each way per archetype.
      expect(Math.abs(added - total)).toBeLessThanOrEqual(ARCHETYPE_ORDER.length / 2);
    });
    // Somebody is overdue: the split is not all zeros.
    expect(sum(entries.map((entry) => entry.averageOverdue[0]?.minor as number))).toBeGreaterThan(0);
  });

  it('gives an archetype missing from the mix no customers and no overdue balance', () => {
    const portfolio = generatePortfolio({ customers: 60, seed: 2, mix: { prompt: 1, unresponsive: 1 } });
    const result = simulatePortfolio({ portfolio, policy: createNoReminderPolicy(), days: 60, seed: 2 });
    for (const entry of result.totals.byArchetype) {
      const present = entry.archetype === 'prompt' || entry.archetype === 'unresponsive';
      expect(entry.customers > 0).toBe(present);
      if (!present) expect(entry.averageOverdue[0]?.minor).toBe(0);
    }
    const unresponsive = result.totals.byArchetype.find((entry) => entry.archetype === 'unresponsive');
    expect(unresponsive?.averageOverdue[0]?.minor).toBeGreaterThan(0);
  });

  it('counts a plan offer only when it reaches an open invoice, and under the payer’s archetype', () => {
    const portfolio = generatePortfolio({ customers: 40, seed: 3 });
    let target: { customerIndex: number; invoice: Invoice } | undefined;
    const offer = (customerIndex: number, invoice: Invoice, date: string, minor: number): PolicyAction => ({
      kind: 'payment-plan',
      customerIndex,
      invoiceId: invoice.id,
      installments: [{ dueDate: addDays(date, 7), amount: { currency: invoice.currency, minor } }],
    });
    const policy: CollectionPolicy = {
      name: 'one-offer',
      start: () => ({
        decide: (day) => {
          if (day.dayIndex !== 0) return [];
          for (let index = 0; index < portfolio.customers.length && target === undefined; index++) {
            const invoice = day.customer(index).openInvoices[0];
            if (invoice !== undefined && invoice.disputed !== true) target = { customerIndex: index, invoice };
          }
          const { customerIndex, invoice } = target as { customerIndex: number; invoice: Invoice };
          return [
            // Valid: the whole amount due, in one installment.
            offer(customerIndex, invoice, day.date, invoice.amountDue.minor),
            // Not counted: the installments do not add up (an invoice that does not exist throws).
            offer(customerIndex, invoice, day.date, invoice.amountDue.minor + 1),
          ];
        },
      }),
    };
    const result = simulatePortfolio({ portfolio, policy, days: 3, seed: 3 });
    expect(result.totals.plansOffered).toBe(1);
    const archetype = portfolio.traits[target?.customerIndex as number]?.archetype;
    for (const entry of result.totals.byArchetype)
      expect(entry.plansOffered).toBe(entry.archetype === archetype ? 1 : 0);
  });
});
