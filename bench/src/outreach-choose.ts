/**
 * The outreach learner benchmark, in its own process. Two modes, each printing one JSON line:
 *
 * - `outreach-choose.ts speed <decisions> <runs>`: chooseOutreach on a learner trained with 20,000 outcomes
 *   over 20 segments (4 channels, 4 slots, 3 tones), for pre-built contexts (2 to 4 allowed channels, up to
 *   3 earlier touches, one context in 21 for an unseen segment); in the same run, two baselines over the
 *   same candidates: uniform random choice, and epsilon-greedy (epsilon 0.1) on the posterior means read
 *   from the same state (no sampling, no reasons); and recordOutreachOutcome, chained, per second, against
 *   recordOutreachOutcomes on the same outcomes in one batch.
 * - `outreach-choose.ts learning <rounds> <seeds>`: a synthetic problem with known answers (segment A pays
 *   0.1 / 0.2 / 0.4 after email / sms / voice, segment B 0.4 / 0.2 / 0.1; evening sends pay 1.25 times
 *   more, mornings 0.75 times): the pay rate of Thompson sampling, epsilon-greedy, uniform choice and the
 *   oracle, overall and over the last 500 rounds, and how often the best channel was picked at the end.
 */
import type { Channel, Random } from '@overdue/core';
import { createRandom } from '@overdue/core';
import type {
  OutreachContext,
  OutreachLearnerState,
  OutreachResult,
  OutreachTone,
  OutreachTouch,
  SendSlot,
} from '@overdue/outreach';
import {
  chooseOutreach,
  createOutreachLearner,
  recordOutreachOutcome,
  recordOutreachOutcomes,
} from '@overdue/outreach';
import { median } from './measure';

const CHANNELS: Channel[] = ['email', 'sms', 'voice', 'whatsapp'];
const SLOTS: SendSlot[] = ['morning', 'midday', 'afternoon', 'evening'];
const TONES: OutreachTone[] = ['friendly', 'neutral', 'firm'];
const RESULTS: OutreachResult[] = [
  'paid',
  'promised',
  'replied',
  'clicked',
  'opened',
  'delivered',
  'ignored',
  'failed',
];

const pickOne = <T>(random: Random, values: readonly T[]): T => values[random.integer(values.length)] as T;

interface Picked {
  channel: Channel;
  slot: SendSlot;
  tone: OutreachTone;
}

/** Uniform random choice among the allowed options, the failed-last channel left out: the floor. */
function chooseUniform(state: OutreachLearnerState, context: OutreachContext, random: Random): Picked {
  const failed = new Set(
    (context.previousTouches ?? []).filter((touch) => touch.result === 'failed').map((touch) => touch.channel),
  );
  const open = context.allowed.channels.filter((channel) => !failed.has(channel));
  const channels = open.length > 0 ? open : context.allowed.channels;
  return {
    channel: pickOne(random, channels),
    slot: pickOne(random, context.allowed.slots ?? state.settings.slots),
    tone: pickOne(random, context.allowed.tones ?? state.settings.tones),
  };
}

type Counts = Partial<Record<string, { successes: number; failures: number }>>;

function greedy<T extends string>(
  values: readonly T[],
  own: Counts | undefined,
  population: Counts,
  random: Random,
  epsilon: number,
): T {
  if (random.next() < epsilon) return pickOne(random, values);
  let best = values[0] as T;
  let bestMean = -1;
  for (const value of values) {
    const pop = population[value];
    const seg = own?.[value];
    // The same pooling as the learner, without sampling: population mean as 10 pseudo-observations.
    const popMean = (1 + (pop?.successes ?? 0)) / (2 + (pop?.successes ?? 0) + (pop?.failures ?? 0));
    const mean = (10 * popMean + (seg?.successes ?? 0)) / (10 + (seg?.successes ?? 0) + (seg?.failures ?? 0));
    if (mean > bestMean) {
      bestMean = mean;
      best = value;
    }
  }
  return best;
}

/** Epsilon-greedy on the posterior means of the same state, per channel, slot and tone. */
function chooseEpsilonGreedy(
  state: OutreachLearnerState,
  context: OutreachContext,
  random: Random,
  epsilon = 0.1,
): Picked {
  const failed = new Set(
    (context.previousTouches ?? []).filter((touch) => touch.result === 'failed').map((touch) => touch.channel),
  );
  const open = context.allowed.channels.filter((channel) => !failed.has(channel));
  const segment = Object.hasOwn(state.segments, context.segment) ? state.segments[context.segment] : undefined;
  return {
    channel: greedy(
      open.length > 0 ? open : context.allowed.channels,
      segment?.channels,
      state.population.channels,
      random,
      epsilon,
    ),
    slot: greedy(
      context.allowed.slots ?? state.settings.slots,
      segment?.slots,
      state.population.slots,
      random,
      epsilon,
    ),
    tone: greedy(
      context.allowed.tones ?? state.settings.tones,
      segment?.tones,
      state.population.tones,
      random,
      epsilon,
    ),
  };
}

function trainedState(): OutreachLearnerState {
  const random = createRandom('outreach-bench-train');
  let state = createOutreachLearner();
  for (let index = 0; index < 20_000; index++) {
    state = recordOutreachOutcome(state, {
      segment: `segment-${random.integer(20)}`,
      channel: pickOne(random, CHANNELS),
      slot: pickOne(random, SLOTS),
      tone: pickOne(random, TONES),
      result: pickOne(random, RESULTS),
    });
  }
  return state;
}

function contexts(count: number): OutreachContext[] {
  const random = createRandom('outreach-bench-contexts');
  const list: OutreachContext[] = [];
  for (let index = 0; index < count; index++) {
    const channels = CHANNELS.filter(() => random.next() < 0.7);
    if (channels.length < 2) channels.splice(0, channels.length, 'email', 'sms');
    const previousTouches: OutreachTouch[] = [];
    const touches = random.integer(4);
    for (let touch = 0; touch < touches; touch++) {
      previousTouches.push({
        channel: pickOne(random, channels),
        slot: pickOne(random, SLOTS),
        tone: pickOne(random, TONES),
        result: pickOne(random, ['ignored', 'delivered', 'opened', 'failed', 'clicked'] as const),
      });
    }
    list.push({
      segment: random.integer(21) === 20 ? `unseen-${index}` : `segment-${random.integer(20)}`,
      allowed: { channels },
      previousTouches,
    });
  }
  return list;
}

function speed(decisions: number, runs: number) {
  const state = trainedState();
  const list = contexts(10_000);
  const perSecond = (count: number, ms: number) => (count / ms) * 1000;
  const loop = (choose: (context: OutreachContext, random: Random) => unknown) => () => {
    const random = createRandom('outreach-bench-choose');
    let sink = 0;
    for (let index = 0; index < decisions; index++) {
      const decision = choose(list[index % list.length] as OutreachContext, random) as Picked;
      sink += decision.channel.length;
    }
    return sink;
  };
  // Alternate the three so that each sees the same machine state.
  const learner: number[] = [];
  const uniform: number[] = [];
  const epsilon: number[] = [];
  for (let run = 0; run < runs; run++) {
    learner.push(
      ...measureSync(
        loop((context, random) => chooseOutreach(state, context, random)),
        run === 0,
      ),
    );
    uniform.push(
      ...measureSync(
        loop((context, random) => chooseUniform(state, context, random)),
        run === 0,
      ),
    );
    epsilon.push(
      ...measureSync(
        loop((context, random) => chooseEpsilonGreedy(state, context, random)),
        run === 0,
      ),
    );
  }
  const learnerMs = median(learner.sort((a, b) => a - b));
  const uniformMs = median(uniform.sort((a, b) => a - b));
  const epsilonMs = median(epsilon.sort((a, b) => a - b));

  // Outcomes for the 20 trained segments. recordOutreachOutcome copies the segments object (the unchanged
  // segments are shared, not copied), so its cost grows with the number of segments: also timed with 1,000 (5,000 outcomes).
  const outcomesFor = (segmentCount: number, count: number) =>
    contexts(count).map((context, index) => ({
      segment: `segment-${index % segmentCount}`,
      channel: context.allowed.channels[0] as Channel,
      slot: SLOTS[index % 4] as SendSlot,
      tone: TONES[index % 3] as OutreachTone,
      result: RESULTS[index % RESULTS.length] as OutreachResult,
    }));
  const outcomes = outcomesFor(20, decisions);
  const recordOnce = (list: typeof outcomes) => () => {
    let current = state;
    for (const outcome of list) current = recordOutreachOutcome(current, outcome);
    return current;
  };
  const recordMs = median(measureRuns(recordOnce(outcomes), runs));
  const manyOutcomes = outcomesFor(1000, Math.min(decisions, 5000));
  const recordManyMs = median(measureRuns(recordOnce(manyOutcomes), runs));
  // The same 1,000-segment outcomes in one recordOutreachOutcomes batch (segments copied once), checked
  // against the one-by-one fold so the faster path is also the same answer.
  const recordBatch = (list: typeof outcomes) => () => recordOutreachOutcomes(state, list);
  if (JSON.stringify(recordBatch(manyOutcomes)()) !== JSON.stringify(recordOnce(manyOutcomes)())) {
    throw new Error('recordOutreachOutcomes differs from recording the outcomes one by one');
  }
  const recordBatchMs = median(measureRuns(recordBatch(manyOutcomes), runs));
  return {
    decisions,
    learnerPerSecond: perSecond(decisions, learnerMs),
    uniformPerSecond: perSecond(decisions, uniformMs),
    epsilonGreedyPerSecond: perSecond(decisions, epsilonMs),
    recordPerSecond: perSecond(outcomes.length, recordMs),
    recordPerSecondWith1000Segments: perSecond(manyOutcomes.length, recordManyMs),
    recordBatchPerSecondWith1000Segments: perSecond(manyOutcomes.length, recordBatchMs),
    stateJsonKiB: JSON.stringify(state).length / 1024,
  };
}

function measureSync(task: () => unknown, warm: boolean): number[] {
  if (warm) task();
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  task();
  return [performance.now() - start];
}

function measureRuns(task: () => unknown, runs: number): number[] {
  const times: number[] = [];
  task();
  for (let run = 0; run < runs; run++) times.push(...measureSync(task, false));
  return times.sort((a, b) => a - b);
}

const PAY: Record<string, Partial<Record<Channel, number>>> = {
  A: { email: 0.1, sms: 0.2, voice: 0.4 },
  B: { email: 0.4, sms: 0.2, voice: 0.1 },
};
const SLOT_FACTOR: Record<SendSlot, number> = { morning: 0.75, midday: 1, afternoon: 1, evening: 1.25 };
const BEST: Record<string, Channel> = { A: 'voice', B: 'email' };

type Policy = 'thompson' | 'epsilon-greedy' | 'uniform' | 'oracle';

function learning(rounds: number, seeds: number) {
  const policies: Policy[] = ['thompson', 'epsilon-greedy', 'uniform', 'oracle'];
  const result: Record<string, { payRate: number; payRateLast500: number; bestChannelLast500: number }> = {};
  for (const policy of policies) {
    let paid = 0;
    let paidLast = 0;
    let bestLast = 0;
    let total = 0;
    let totalLast = 0;
    for (let seed = 0; seed < seeds; seed++) {
      const learnerRandom = createRandom(`learner-${seed}`);
      const worldRandom = createRandom(`world-${seed}`);
      let state = createOutreachLearner({ channels: ['email', 'sms', 'voice'] });
      for (let round = 0; round < rounds; round++) {
        for (const segment of ['A', 'B']) {
          const context: OutreachContext = { segment, allowed: { channels: ['email', 'sms', 'voice'] } };
          const picked: Picked =
            policy === 'thompson'
              ? chooseOutreach(state, context, learnerRandom)
              : policy === 'epsilon-greedy'
                ? chooseEpsilonGreedy(state, context, learnerRandom)
                : policy === 'uniform'
                  ? chooseUniform(state, context, learnerRandom)
                  : { channel: BEST[segment] as Channel, slot: 'evening', tone: 'neutral' };
          const rate = (PAY[segment]?.[picked.channel] ?? 0) * SLOT_FACTOR[picked.slot];
          const didPay = worldRandom.next() < rate;
          state = recordOutreachOutcome(state, { segment, ...picked, result: didPay ? 'paid' : 'ignored' });
          total++;
          if (didPay) paid++;
          if (round >= rounds - 500) {
            totalLast++;
            if (didPay) paidLast++;
            if (picked.channel === BEST[segment]) bestLast++;
          }
        }
      }
    }
    result[policy] = {
      payRate: paid / total,
      payRateLast500: paidLast / totalLast,
      bestChannelLast500: bestLast / totalLast,
    };
  }
  return { rounds, seeds, ...result };
}

const [mode = 'speed', first = '200000', second = '7'] = process.argv.slice(2);
const output = mode === 'learning' ? learning(Number(first), Number(second)) : speed(Number(first), Number(second));
console.log(JSON.stringify(output));
