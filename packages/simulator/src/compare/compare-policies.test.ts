import { addDays, civilDateToDayNumber, InvalidArgumentError } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { createFixedLadderPolicy } from '../policies/create-fixed-ladder-policy';
import { createNoReminderPolicy } from '../policies/create-no-reminder-policy';
import type { CollectionPolicy, PolicyAction } from '../policies/policy-types';
import { comparePolicies } from './compare-policies';

describe('comparePolicies', () => {
  const comparison = comparePolicies({
    policies: [createNoReminderPolicy(), createFixedLadderPolicy()],
    customers: 80,
    days: 45,
    seeds: [1, 2, 3],
  });

  it('summarises each policy over the seeds: mean, sample standard deviation, min and max', () => {
    const [none, ladder] = comparison.policies;
    expect(none?.name).toBe('no-reminders');
    const messages = ladder?.messagesSent;
    expect(messages?.values).toHaveLength(3);
    const values = messages?.values as number[];
    const mean = values.reduce((sum, value) => sum + value, 0) / 3;
    const deviation = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / 2);
    expect(messages?.mean).toBeCloseTo(mean, 2);
    expect(messages?.standardDeviation).toBeCloseTo(deviation, 2);
    expect(messages?.min).toBe(Math.min(...values));
    expect(messages?.max).toBe(Math.max(...values));
    expect(none?.messagesSent).toMatchObject({ mean: 0, standardDeviation: 0 });
  });

  it('pairs the overdue reduction by seed and keeps money exact', () => {
    const [none, ladder] = comparison.policies;
    const reduction = ladder?.overdueReduction[0];
    expect(reduction?.against).toBe('no-reminders');
    expect(reduction?.percent.values).toHaveLength(3);
    expect(Number.isSafeInteger(none?.averageOverdue.mean.minor)).toBe(true);
    expect(none?.averageOverdue.mean.currency).toBe('GBP');
    expect(none?.series.length).toBeGreaterThan(3);
  });

  it('throws InvalidArgumentError on repeated policies or seeds, no seed or a misspelt option', () => {
    const base = { customers: 10, days: 5, seeds: [1] };
    expect(() => comparePolicies({ ...base, policies: [createNoReminderPolicy(), createNoReminderPolicy()] })).toThrow(
      expect.objectContaining({ path: 'options.policies' }),
    );
    expect(() => comparePolicies({ ...base, policies: [createNoReminderPolicy()], seeds: [1, 1] })).toThrow(
      expect.objectContaining({ path: 'options.seeds' }),
    );
    expect(() => comparePolicies({ ...base, policies: [createNoReminderPolicy()], seeds: [] })).toThrow(
      InvalidArgumentError,
    );
    expect(() => comparePolicies({ ...base, policies: [createNoReminderPolicy()], seed: 2 } as never)).toThrow(
      expect.objectContaining({ message: 'options.seed: unknown field; did you mean "seeds"?' }),
    );
  });

  it('generates its portfolios with the shape given (terms, cadence, early payment, amounts) and names a bad one', () => {
    const base = {
      policies: [createNoReminderPolicy()],
      customers: 60,
      days: 120,
      seeds: [1],
      currency: 'GBP' as const,
    };
    const plain = comparePolicies(base).policies[0];
    // Every invoice due on issue and paid on the due date or late: fewer days to pay, smaller invoices.
    const shaped = comparePolicies({
      ...base,
      terms: [{ days: 0, share: 1 }],
      invoiceEveryDays: 10,
      earlyDays: 0,
      amountScale: 0.01,
    }).policies[0];
    expect(shaped?.daysSalesOutstanding.mean).toBeLessThan((plain?.daysSalesOutstanding.mean as number) / 2);
    expect(shaped?.averageOverdue.mean.minor).toBeLessThan((plain?.averageOverdue.mean.minor as number) / 10);
    expect(() => comparePolicies({ ...base, terms: [{ days: 400, share: 1 }] })).toThrow(
      expect.objectContaining({ path: 'options.terms[0].days' }),
    );
    expect(() => comparePolicies({ ...base, earlyDays: -1 })).toThrow(
      expect.objectContaining({ path: 'options.earlyDays' }),
    );
  });

  it('counts as contacts the messages and the plans offered on their own, not those offered in a message', () => {
    // On the first day, a plan for each overdue invoice of each customer with email consent: in an email, or alone.
    const planPolicy = (name: string, inMessage: boolean): CollectionPolicy => ({
      name,
      start: (start) => ({
        decide: (day) => {
          if (day.dayIndex !== 0) return [];
          const actions: PolicyAction[] = [];
          for (let index = 0; index < start.customers.length; index++) {
            const view = day.customer(index);
            if (view.customer.contacts[0]?.consent.email !== true) continue;
            const plans = view.openInvoices
              .filter(
                (invoice) =>
                  invoice.disputed !== true && civilDateToDayNumber(invoice.dueDate) < civilDateToDayNumber(day.date),
              )
              .map((invoice) => ({
                invoiceId: invoice.id,
                installments: [{ dueDate: addDays(day.date, 7), amount: invoice.amountDue }],
              }));
            if (plans.length === 0) continue;
            if (!inMessage)
              for (const plan of plans) actions.push({ kind: 'payment-plan', customerIndex: index, ...plan });
            actions.push({
              kind: 'message',
              customerIndex: index,
              channel: 'email',
              at: new Date(`${day.date}T12:00:00Z`),
              tone: 'neutral',
              invoiceIds: plans.map((plan) => plan.invoiceId),
              ...(inMessage ? { plans } : {}),
            });
          }
          return actions;
        },
      }),
    });
    const plans = comparePolicies({
      policies: [planPolicy('in-messages', true), planPolicy('alone', false)],
      customers: 600,
      days: 3,
      seeds: [1, 2],
    });
    const [inMessages, alone] = plans.policies;
    expect(inMessages?.plansOffered.mean).toBeGreaterThan(0);
    expect(inMessages?.contacts.values).toEqual(inMessages?.messagesSent.values);
    expect(alone?.plansOffered.mean).toBeGreaterThan(0);
    expect(alone?.contacts.values).toEqual(
      alone?.messagesSent.values.map((messages, seed) => messages + (alone.plansOffered.values[seed] as number)),
    );
    // A ladder offers no plan: its contacts are its messages.
    expect(comparison.policies[1]?.contacts.values).toEqual(comparison.policies[1]?.messagesSent.values);
  });
});
