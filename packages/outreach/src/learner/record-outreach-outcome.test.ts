import { OverdueError } from '@overdue/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catchOverdueError } from '../_test/catch-overdue-error';
import { createOutreachLearner } from './create-outreach-learner';
import type { OutreachLearnerState } from './learner-state';
import type { OutreachOutcome } from './learner-types';
import { recordOutreachOutcome } from './record-outreach-outcome';

const outcome = (result: OutreachOutcome['result'], segment = 'slow'): OutreachOutcome => ({
  segment,
  channel: 'sms',
  slot: 'midday',
  tone: 'neutral',
  result,
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('recordOutreachOutcome', () => {
  it('adds a paid outcome to the segment and the population, on the channel, slot and tone used', () => {
    const state = recordOutreachOutcome(createOutreachLearner(), outcome('paid'));
    for (const counts of [state.segments.slow, state.population]) {
      expect(counts?.updates).toBe(1);
      expect(counts?.channels.sms).toEqual({ successes: 1, failures: 0 });
      expect(counts?.slots.midday).toEqual({ successes: 1, failures: 0 });
      expect(counts?.tones.neutral).toEqual({ successes: 1, failures: 0 });
      expect(counts?.channels.email).toEqual({ successes: 0, failures: 0 });
    }
  });

  it.each<[OutreachOutcome['result'], number, number]>([
    // Default rewards: successes = reward, failures = 1 - reward (+ optOutPenalty 3 on opted-out).
    ['promised', 0.6, 0.4],
    ['replied', 0.4, 0.6],
    ['clicked', 0.3, 0.7],
    ['opened', 0.1, 0.9],
    ['delivered', 0, 1],
    ['ignored', 0, 1],
    ['opted-out', 0, 4],
  ])('counts %s as %d successes and %d failures', (result, successes, failures) => {
    const state = recordOutreachOutcome(createOutreachLearner(), outcome(result));
    expect(state.segments.slow?.channels.sms?.successes).toBeCloseTo(successes, 12);
    expect(state.segments.slow?.channels.sms?.failures).toBeCloseTo(failures, 12);
    expect(state.segments.slow?.tones.neutral?.failures).toBeCloseTo(failures, 12);
  });

  it('learns only about the channel from a failed delivery', () => {
    const state = recordOutreachOutcome(createOutreachLearner(), outcome('failed'));
    expect(state.segments.slow?.channels.sms).toEqual({ successes: 0, failures: 1 });
    expect(state.segments.slow?.slots.midday).toEqual({ successes: 0, failures: 0 });
    expect(state.segments.slow?.tones.neutral).toEqual({ successes: 0, failures: 0 });
  });

  it('discounts every count of the segment by the forgetting factor before adding', () => {
    let state = createOutreachLearner({ forgetting: 0.5, populationForgetting: 0.25 });
    state = recordOutreachOutcome(state, outcome('paid'));
    state = recordOutreachOutcome(state, { ...outcome('ignored'), channel: 'email' });
    expect(state.segments.slow?.channels.sms).toEqual({ successes: 0.5, failures: 0 });
    expect(state.segments.slow?.channels.email).toEqual({ successes: 0, failures: 1 });
    expect(state.population.channels.sms).toEqual({ successes: 0.25, failures: 0 });
    expect(state.segments.slow?.updates).toBe(2);
  });

  it('returns a new state, leaves the input untouched and shares what did not change', () => {
    const start = deepFreeze(recordOutreachOutcome(createOutreachLearner({ forgetting: 1 }), outcome('paid', 'fast')));
    const copy = JSON.parse(JSON.stringify(start)) as OutreachLearnerState;
    const next = recordOutreachOutcome(start, outcome('replied'));
    expect(start).toEqual(copy);
    expect(next).not.toBe(start);
    expect(next.settings).toBe(start.settings);
    expect(next.segments.fast).toBe(start.segments.fast);
    expect(next.population.slots.morning).toBe(start.population.slots.morning);
    expect(next.segments.slow?.channels.sms).toEqual({ successes: 0.4, failures: 0.6 });
  });

  it('keeps segments with any name as their own entries, "__proto__" included', () => {
    const state = recordOutreachOutcome(createOutreachLearner(), outcome('paid', '__proto__'));
    expect(Object.keys(state.segments)).toEqual(['__proto__']);
    expect(
      Object.getOwnPropertyDescriptor(JSON.parse(JSON.stringify(state)).segments, '__proto__')?.value.updates,
    ).toBe(1);
  });

  it('rejects outcomes the learner cannot use, naming the field', () => {
    const state = createOutreachLearner({ channels: ['email'] });
    expect(catchOverdueError(() => recordOutreachOutcome(state, outcome('paid'))).message).toBe(
      'outcome.channel: expected a channel of this learner ("email"), got "sms"',
    );
    expect(
      catchOverdueError(() =>
        recordOutreachOutcome(state, { ...outcome('paid'), channel: 'email', result: 'won' as 'paid' }),
      ).path,
    ).toBe('outcome.result');
    expect(catchOverdueError(() => recordOutreachOutcome({} as OutreachLearnerState, outcome('paid'))).path).toBe(
      'state',
    );
  });

  it('throws nothing but an OverdueError on arbitrary input', () => {
    const state = createOutreachLearner();
    fc.assert(
      fc.property(
        fc.anything(),
        fc.record({ segment: fc.anything(), channel: fc.constantFrom('sms', 'x', 1), result: fc.anything() }),
        (any, partial) => {
          for (const value of [any, { ...outcome('paid'), ...partial }]) {
            try {
              recordOutreachOutcome(state, value as OutreachOutcome);
            } catch (error) {
              if (!OverdueError.isInstance(error)) throw error;
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
