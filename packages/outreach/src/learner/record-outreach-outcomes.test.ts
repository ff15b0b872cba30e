import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catchOverdueError } from '../_test/catch-overdue-error';
import { ALL_CHANNELS, ALL_RESULTS, ALL_SLOTS, DEFAULT_TONES } from './_lib/option-lists';
import { createOutreachLearner } from './create-outreach-learner';
import type { OutreachLearnerState } from './learner-state';
import type { OutreachOutcome } from './learner-types';
import { recordOutreachOutcome } from './record-outreach-outcome';
import { recordOutreachOutcomes } from './record-outreach-outcomes';

const outcomeArbitrary: fc.Arbitrary<OutreachOutcome> = fc.record({
  segment: fc.constantFrom('slow', 'prompt', '__proto__', 'constructor', 'toString'),
  channel: fc.constantFrom(...ALL_CHANNELS),
  slot: fc.constantFrom(...ALL_SLOTS),
  tone: fc.constantFrom(...DEFAULT_TONES),
  result: fc.constantFrom(...ALL_RESULTS),
});

const fold = (state: OutreachLearnerState, outcomes: readonly OutreachOutcome[]): OutreachLearnerState =>
  outcomes.reduce(recordOutreachOutcome, state);

/** The state as JSON read back, so own `__proto__` entries compare like any other key. */
const asJson = (state: OutreachLearnerState): unknown => JSON.parse(JSON.stringify(state));

describe('recordOutreachOutcomes', () => {
  it('gives the state that recording each outcome in turn gives, whatever the outcomes and settings', () => {
    fc.assert(
      fc.property(
        fc.array(outcomeArbitrary, { maxLength: 40 }),
        fc.constantFrom(1, 0.98, 0.5),
        fc.constantFrom(1, 0.999, 0.7),
        (outcomes, forgetting, populationForgetting) => {
          const start = createOutreachLearner({ forgetting, populationForgetting });
          expect(asJson(recordOutreachOutcomes(start, outcomes))).toEqual(asJson(fold(start, outcomes)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('applies the outcomes in their order, so forgetting discounts the earlier ones', () => {
    const start = createOutreachLearner({ forgetting: 0.5, populationForgetting: 1 });
    const paid: OutreachOutcome = { segment: 'slow', channel: 'sms', slot: 'midday', tone: 'neutral', result: 'paid' };
    const ignored: OutreachOutcome = { ...paid, result: 'ignored' };
    expect(recordOutreachOutcomes(start, [paid, ignored]).segments.slow?.channels.sms).toEqual({
      successes: 0.5,
      failures: 1,
    });
    expect(recordOutreachOutcomes(start, [ignored, paid]).segments.slow?.channels.sms).toEqual({
      successes: 1,
      failures: 0.5,
    });
  });

  it('keeps "__proto__" as a segment of its own and leaves the given state untouched', () => {
    const start = recordOutreachOutcome(createOutreachLearner(), {
      segment: 'prompt',
      channel: 'email',
      slot: 'morning',
      tone: 'friendly',
      result: 'paid',
    });
    const before = JSON.stringify(start);
    const next = recordOutreachOutcomes(start, [
      { segment: '__proto__', channel: 'sms', slot: 'evening', tone: 'firm', result: 'replied' },
    ]);
    expect(JSON.stringify(start)).toBe(before);
    expect(Object.keys(next.segments)).toEqual(['prompt', '__proto__']);
    expect(Object.getPrototypeOf(next.segments)).toBe(Object.prototype);
    expect(next.segments.prompt).toBe(start.segments.prompt);
    expect(Object.getOwnPropertyDescriptor(next.segments, '__proto__')?.value.updates).toBe(1);
  });

  it('returns the same state for an empty batch', () => {
    const start = createOutreachLearner();
    expect(recordOutreachOutcomes(start, [])).toBe(start);
  });

  it('rejects the whole batch when one outcome is invalid, naming its index and field', () => {
    const start = createOutreachLearner({ channels: ['email', 'sms'] });
    const good: OutreachOutcome = { segment: 'slow', channel: 'sms', slot: 'midday', tone: 'neutral', result: 'paid' };
    expect(
      catchOverdueError(() => recordOutreachOutcomes(start, [good, good, { ...good, channel: 'voice' }])).message,
    ).toBe('outcomes[2].channel: expected a channel of this learner ("email", "sms"), got "voice"');
    expect(catchOverdueError(() => recordOutreachOutcomes(start, [good, { ...good, segment: '' }])).path).toBe(
      'outcomes[1].segment',
    );
    expect(catchOverdueError(() => recordOutreachOutcomes(start, [null as unknown as OutreachOutcome])).path).toBe(
      'outcomes[0]',
    );
    expect(catchOverdueError(() => recordOutreachOutcomes(start, good as unknown as OutreachOutcome[])).path).toBe(
      'outcomes',
    );
    expect(catchOverdueError(() => recordOutreachOutcomes({} as OutreachLearnerState, [good])).path).toBe('state');
  });
});
