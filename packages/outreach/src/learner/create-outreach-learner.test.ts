import { OverdueError } from '@overdue/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catchOverdueError } from '../_test/catch-overdue-error';
import type { OutreachLearnerOptions } from './create-outreach-learner';
import { createOutreachLearner } from './create-outreach-learner';

describe('createOutreachLearner', () => {
  it('fills in the documented defaults and starts with no outcomes', () => {
    const state = createOutreachLearner();
    expect(state.version).toBe(1);
    expect(state.settings).toEqual({
      channels: ['email', 'sms', 'voice', 'whatsapp'],
      slots: ['morning', 'midday', 'afternoon', 'evening'],
      tones: ['friendly', 'neutral', 'firm'],
      rewardWindowDays: 7,
      rewards: {
        paid: 1,
        promised: 0.6,
        replied: 0.4,
        clicked: 0.3,
        opened: 0.1,
        delivered: 0,
        ignored: 0,
        failed: 0,
        'opted-out': 0,
      },
      optOutPenalty: 3,
      prior: { successes: 1, failures: 1 },
      channelPriors: {},
      priorStrength: 10,
      forgetting: 0.999,
      populationForgetting: 0.999,
      unansweredPenalty: 0.5,
      maxUnanswered: 2,
    });
    expect(state.segments).toEqual({});
    expect(state.population.updates).toBe(0);
    expect(state.population.channels.whatsapp).toEqual({ successes: 0, failures: 0 });
    expect(Object.keys(state.population.tones)).toEqual(['friendly', 'neutral', 'firm']);
  });

  it('keeps given options, merges rewards with the defaults, and is plain JSON', () => {
    const state = createOutreachLearner({
      channels: ['sms', 'email'],
      tones: ['firm', 'final'],
      rewards: { promised: 0.8 },
      forgetting: 0.99,
      channelPriors: { sms: { successes: 2, failures: 8 } },
    });
    expect(state.settings.channels).toEqual(['sms', 'email']);
    expect(state.settings.tones).toEqual(['firm', 'final']);
    expect(state.settings.rewards.promised).toBe(0.8);
    expect(state.settings.rewards.replied).toBe(0.4);
    expect(state.settings.populationForgetting).toBe(0.99);
    expect(state.settings.channelPriors).toEqual({ sms: { successes: 2, failures: 8 } });
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it.each<[OutreachLearnerOptions, string]>([
    [{ forgetting: 1.5 }, 'options.forgetting: expected a number in (0, 1], got 1.5'],
    [{ forgetting: 0 }, 'options.forgetting: expected a number in (0, 1], got 0'],
    [{ populationForgetting: Number.NaN }, 'options.populationForgetting: expected a number in (0, 1], got NaN'],
    [{ channels: [] }, 'options.channels: expected a non-empty array of channels, got an array'],
    [
      { channels: ['email', 'fax' as 'sms'] },
      'options.channels[1]: expected one of "email", "sms", "voice", "whatsapp", got "fax"',
    ],
    [{ slots: ['morning', 'morning'] }, 'options.slots[1]: "morning" is listed twice'],
    [
      { tones: ['angry' as 'firm'] },
      'options.tones[0]: expected one of "friendly", "neutral", "firm", "final", got "angry"',
    ],
    [{ rewardWindowDays: 2.5 }, 'options.rewardWindowDays: expected a whole number of days, at least 1, got 2.5'],
    [{ rewards: { paid: 2 } }, 'options.rewards.paid: expected a number in [0, 1], got 2'],
    [
      { rewards: { bounced: 0 } } as OutreachLearnerOptions,
      'options.rewards.bounced: unknown result; expected one of "paid", "promised", "replied", "clicked", "opened", "delivered", "ignored", "failed", "opted-out"',
    ],
    [{ optOutPenalty: -1 }, 'options.optOutPenalty: expected a number of at least 0, got -1'],
    [{ prior: { successes: 0, failures: 1 } }, 'options.prior.successes: expected a number above 0, got 0'],
    [
      { channels: ['email'], channelPriors: { sms: { successes: 1, failures: 1 } } },
      'options.channelPriors.sms: not a channel of this learner ("email")',
    ],
    [{ priorStrength: 0 }, 'options.priorStrength: expected a number above 0, got 0'],
    [{ unansweredPenalty: 1 }, 'options.unansweredPenalty: expected a number in [0, 1), got 1'],
    [{ maxUnanswered: 0 }, 'options.maxUnanswered: expected a whole number, at least 1, got 0'],
    [{ forgeting: 0.9 } as OutreachLearnerOptions, 'options.forgeting: unknown field; did you mean "forgetting"?'],
  ])('rejects %j: %s', (options, message) => {
    const error = catchOverdueError(() => createOutreachLearner(options));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toBe(message);
  });

  it('throws nothing but an OverdueError on arbitrary options', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record(
            { channels: fc.anything(), forgetting: fc.anything(), prior: fc.anything(), rewards: fc.anything() },
            { requiredKeys: [] },
          ),
        ),
        (options) => {
          try {
            createOutreachLearner(options as OutreachLearnerOptions);
          } catch (error) {
            if (!OverdueError.isInstance(error)) throw error;
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
