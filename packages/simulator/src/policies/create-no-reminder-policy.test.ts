import { createRandom } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { createNoReminderPolicy } from './create-no-reminder-policy';
import type { PolicyDay } from './policy-types';

describe('createNoReminderPolicy', () => {
  it('never acts', () => {
    const run = createNoReminderPolicy().start({ startDate: '2026-01-01', customers: [], history: [], events: [] });
    const day = {
      date: '2026-01-01',
      dayIndex: 0,
      changed: [0],
      issued: [],
      settled: [],
      events: [],
    } as unknown as PolicyDay;
    expect(run.decide(day, createRandom(1))).toEqual([]);
  });
});
