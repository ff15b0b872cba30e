import type { Channel, Random } from '@overdue/core';
import { createRandom } from '@overdue/core';
import { chooseOutreach } from '../choose-outreach';
import type { OutreachLearnerState } from '../learner-state';
import type { SendSlot } from '../learner-types';
import { recordOutreachOutcome } from '../record-outreach-outcome';

/** Pay probability per channel (and optionally a multiplier per slot) of one synthetic segment. */
export interface SyntheticSegment {
  name: string;
  payRates: Partial<Record<Channel, number>>;
  slotFactors?: Partial<Record<SendSlot, number>>;
}

/** What one decision of a run chose. */
export interface Trial {
  segment: string;
  channel: Channel;
  slot: SendSlot;
  paid: boolean;
}

/**
 * Runs `trials` rounds; each round makes one decision per segment (interleaved), draws `paid` with the
 * segment's known probability (a separate generator from the learner's), records it (`ignored` when not
 * paid) and returns the final state and the trials. `change` may swap a segment's rates mid-run.
 */
export function simulate(
  start: OutreachLearnerState,
  segments: readonly SyntheticSegment[],
  trials: number,
  seed: number,
  change?: { atTrial: number; segments: readonly SyntheticSegment[] },
): { state: OutreachLearnerState; trials: Trial[] } {
  const learnerRandom: Random = createRandom(`learner-${seed}`);
  const worldRandom: Random = createRandom(`world-${seed}`);
  let state = start;
  let current = segments;
  const log: Trial[] = [];
  for (let round = 0; round < trials; round++) {
    if (change !== undefined && round === change.atTrial) current = change.segments;
    for (const segment of current) {
      const decision = chooseOutreach(
        state,
        { segment: segment.name, allowed: { channels: Object.keys(segment.payRates) as Channel[] } },
        learnerRandom,
      );
      const rate = (segment.payRates[decision.channel] ?? 0) * (segment.slotFactors?.[decision.slot] ?? 1);
      const paid = worldRandom.next() < rate;
      state = recordOutreachOutcome(state, {
        segment: segment.name,
        channel: decision.channel,
        slot: decision.slot,
        tone: decision.tone,
        result: paid ? 'paid' : 'ignored',
      });
      log.push({ segment: segment.name, channel: decision.channel, slot: decision.slot, paid });
    }
  }
  return { state, trials: log };
}

/** The share of a segment's last `last` trials that chose `channel`. */
export function shareOfLast(trials: readonly Trial[], segment: string, last: number, channel: Channel): number {
  const own = trials.filter((trial) => trial.segment === segment).slice(-last);
  return own.filter((trial) => trial.channel === channel).length / own.length;
}
