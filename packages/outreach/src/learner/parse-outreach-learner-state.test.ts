import type { Channel } from '@overdue/core';
import { createRandom, OverdueError } from '@overdue/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catchOverdueError } from '../_test/catch-overdue-error';
import { simulate } from './_test/simulate';
import { chooseOutreach } from './choose-outreach';
import { createOutreachLearner } from './create-outreach-learner';
import { parseOutreachLearnerState } from './parse-outreach-learner-state';
import { recordOutreachOutcome } from './record-outreach-outcome';

const trained = simulate(
  createOutreachLearner({ channels: ['email', 'sms', 'voice'], tones: ['neutral', 'final'] }),
  [
    { name: 'A', payRates: { email: 0.1, sms: 0.3 } },
    { name: 'B', payRates: { sms: 0.1, voice: 0.3 } },
  ],
  300,
  1,
).state;

describe('parseOutreachLearnerState', () => {
  it('round-trips through JSON and keeps making the same decisions and updates', () => {
    const loaded = parseOutreachLearnerState(JSON.parse(JSON.stringify(trained)));
    expect(loaded).toEqual(trained);
    const context = { segment: 'A', allowed: { channels: ['email', 'sms'] as Channel[] } };
    expect(chooseOutreach(loaded, context, createRandom(3))).toEqual(chooseOutreach(trained, context, createRandom(3)));
    const next = { segment: 'B', channel: 'voice', slot: 'evening', tone: 'final', result: 'paid' } as const;
    expect(recordOutreachOutcome(loaded, next)).toEqual(recordOutreachOutcome(trained, next));
  });

  it('names the path of what is wrong', () => {
    const broken = JSON.parse(JSON.stringify(trained));
    broken.segments.A.channels.sms.failures = -1;
    expect(catchOverdueError(() => parseOutreachLearnerState(broken)).message).toBe(
      'segments.A.channels.sms.failures: expected a number of at least 0, got -1',
    );
    const extra = JSON.parse(JSON.stringify(trained));
    extra.population.channels.whatsapp = { successes: 0, failures: 0 };
    expect(catchOverdueError(() => parseOutreachLearnerState(extra)).path).toBe('population.channels.whatsapp');
    const missing = JSON.parse(JSON.stringify(trained));
    delete missing.segments.B.tones.final;
    expect(catchOverdueError(() => parseOutreachLearnerState(missing)).path).toBe('segments.B.tones.final');
    expect(catchOverdueError(() => parseOutreachLearnerState({ ...trained, version: 2 })).path).toBe('version');
    expect(
      catchOverdueError(() =>
        parseOutreachLearnerState({ ...trained, settings: { ...trained.settings, forgetting: 2 } }),
      ).message,
    ).toBe('settings.forgetting: expected a number in (0, 1], got 2');
  });

  it('throws nothing but an OverdueError on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (any, part) => {
        for (const value of [any, { ...trained, population: part }, { ...trained, segments: { A: part } }]) {
          try {
            parseOutreachLearnerState(value);
          } catch (error) {
            if (!OverdueError.isInstance(error)) throw error;
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
