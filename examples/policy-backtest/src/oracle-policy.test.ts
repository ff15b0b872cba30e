import type { CollectionPolicy, PolicyAction } from '@overdue/simulator';
import { createNoReminderPolicy, generatePortfolio, simulatePortfolio } from '@overdue/simulator';
import { describe, expect, it } from 'vitest';
import { createOraclePolicy } from './oracle-policy';

const portfolio = generatePortfolio({ customers: 100, seed: 11, currency: 'GBP' });
const days = 60;

interface Sent {
  date: string;
  action: Extract<PolicyAction, { kind: 'message' }>;
  dueDates: string[];
}

/** Wraps a policy to record every message with the due dates of the invoices it chases, as the policy saw them. */
function recording(policy: CollectionPolicy, sent: Sent[]): CollectionPolicy {
  return {
    name: policy.name,
    start(start) {
      const run = policy.start(start);
      return {
        decide(day, random) {
          const actions = run.decide(day, random);
          for (const action of actions) {
            if (action.kind !== 'message') continue;
            const open = day.customer(action.customerIndex).openInvoices;
            const dueDates = action.invoiceIds.map((id) => open.find((invoice) => invoice.id === id)?.dueDate ?? '');
            sent.push({ date: day.date, action, dueDates });
          }
          return actions;
        },
      };
    },
  };
}

describe('createOraclePolicy', () => {
  it('never messages a prompt payer about an invoice before it is overdue (open after its due date payments)', () => {
    const sent: Sent[] = [];
    simulatePortfolio({ portfolio, policy: recording(createOraclePolicy(portfolio), sent), days, seed: 11 });
    expect(sent.length).toBeGreaterThan(0);
    const prompt = sent.filter((entry) => portfolio.traits[entry.action.customerIndex]?.archetype === 'prompt');
    for (const entry of prompt) {
      for (const dueDate of entry.dueDates) {
        // An invoice still open on (or after) its due date, after the day's scheduled payments, is paid late.
        expect(dueDate).not.toBe('');
        expect(dueDate <= entry.date).toBe(true);
      }
    }
    // Other archetypes do get reminders before the due date.
    expect(sent.some((entry) => entry.dueDates.some((dueDate) => dueDate > entry.date))).toBe(true);
  });

  it('leaves less overdue than no reminders on the same portfolio and seed', () => {
    const none = simulatePortfolio({ portfolio, policy: createNoReminderPolicy(), days, seed: 11 });
    const oracle = simulatePortfolio({ portfolio, policy: createOraclePolicy(portfolio), days, seed: 11 });
    const noneOverdue = none.totals.byCurrency[0]?.averageOverdue.minor ?? 0;
    const oracleOverdue = oracle.totals.byCurrency[0]?.averageOverdue.minor ?? 0;
    expect(noneOverdue).toBeGreaterThan(0);
    expect(oracleOverdue).toBeLessThan(noneOverdue);
  });

  it('is deterministic', () => {
    const first = simulatePortfolio({ portfolio, policy: createOraclePolicy(portfolio), days, seed: 11 });
    const second = simulatePortfolio({ portfolio, policy: createOraclePolicy(portfolio), days, seed: 11 });
    expect(second.totals).toEqual(first.totals);
    expect(second.series).toEqual(first.series);
  });

  it('refuses a portfolio other than the one simulated', () => {
    const other = generatePortfolio({ customers: 100, seed: 12, currency: 'GBP' });
    expect(() => simulatePortfolio({ portfolio, policy: createOraclePolicy(other), days: 5, seed: 11 })).toThrow(
      /not those of the portfolio/,
    );
  });
});
