import { InvalidArgumentError } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { createFixedLadderPolicy } from '../policies/create-fixed-ladder-policy';
import { createNoReminderPolicy } from '../policies/create-no-reminder-policy';
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

  it('throws InvalidArgumentError on repeated policies or seeds, or no seed', () => {
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
  });
});
