import type { Channel, Random } from '@overdue/core';
import { InvalidArgumentError } from '@overdue/core';
import { assertState } from './_lib/assert-state';
import { UNANSWERED } from './_lib/option-lists';
import { posterior } from './_lib/posterior';
import { readContext } from './_lib/read-context';
import type { BetaSampler } from './_lib/sample-beta';
import { createBetaSampler, sampleBeta } from './_lib/sample-beta';
import { segmentOf } from './_lib/segment-entry';
import type { OutreachArmCounts, OutreachLearnerState } from './learner-state';
import type { OutreachContext, OutreachTone, SendSlot } from './learner-types';

/**
 * What the learner knows about one candidate channel, slot or tone for the segment, and what it drew.
 *
 * @typeParam Value - `Channel`, `SendSlot` or `OutreachTone`.
 * @category Learner
 * @example
 * ```ts
 * const estimate: OutreachEstimate<Channel> = {
 *   value: 'sms', mean: 0.31, sample: 0.35, weight: 1, score: 0.35, count: 42.5, populationMean: 0.28, populationCount: 910,
 * };
 * ```
 */
export interface OutreachEstimate<Value extends string> {
  /** The option. */
  value: Value;
  /** The posterior mean reward for the segment (the population prior included). */
  mean: number;
  /** The Thompson sample drawn from that posterior for this decision. */
  sample: number;
  /** The multiplier from earlier touches (1 when none applies; below 1 after unanswered touches on a channel). */
  weight: number;
  /** `sample * weight`: the highest score is chosen. */
  score: number;
  /** The segment's own (discounted) observations of this option. */
  count: number;
  /** The population's posterior mean reward (prior included). */
  populationMean: number;
  /** The population's (discounted) observations of this option. */
  populationCount: number;
}

/**
 * Which part of the choice a reason is about.
 *
 * @category Learner
 * @example
 * ```ts
 * const factor: OutreachFactor = 'channel';
 * ```
 */
export type OutreachFactor = 'channel' | 'slot' | 'tone';

/**
 * The machine-readable code of an {@link OutreachReason}: `exploit` (the option with the best estimate
 * won), `explore` (another option's sample won), `only-option` (one candidate), `cold-start` (the segment
 * has few or no outcomes and leans on the population), `channel-failed` / `channel-opted-out` /
 * `channel-unanswered-excluded` (a channel left out because of earlier touches), `channel-unanswered`
 * (a channel's score reduced), `fallback` (left-out channels used because nothing else was allowed).
 *
 * @category Learner
 * @example
 * ```ts
 * const code: OutreachReasonCode = 'explore';
 * ```
 */
export type OutreachReasonCode =
  | 'exploit'
  | 'explore'
  | 'only-option'
  | 'cold-start'
  | 'channel-failed'
  | 'channel-opted-out'
  | 'channel-unanswered'
  | 'channel-unanswered-excluded'
  | 'fallback';

/**
 * One reason for a decision: a stable code, a sentence, and the figures it is about.
 *
 * @category Learner
 * @example
 * ```ts
 * const reason: OutreachReason = {
 *   code: 'channel-failed', channel: 'sms', message: 'sms left out: its last touch in this sequence failed.',
 * };
 * ```
 */
export interface OutreachReason {
  /** The stable code. */
  code: OutreachReasonCode;
  /** A short sentence for people. */
  message: string;
  /** The part of the choice it is about (`exploit`, `explore`, `only-option`). */
  factor?: OutreachFactor;
  /** The option chosen for that part (`exploit`, `explore`, `only-option`). */
  value?: string;
  /** The option with the best estimate when another was explored (`explore`). */
  best?: string;
  /** The channel a channel reason is about. */
  channel?: Channel;
  /** Unanswered touches in a row on that channel (`channel-unanswered`, `channel-unanswered-excluded`). */
  unanswered?: number;
  /** The segment's outcomes so far (`cold-start`). */
  updates?: number;
}

/**
 * The choice of {@link chooseOutreach}: what to send, whether it is the best estimate or exploration, the
 * estimates behind it and the reasons.
 *
 * @category Learner
 * @example
 * ```ts
 * const decision: OutreachDecision = chooseOutreach(createOutreachLearner(), { segment: 'new', allowed: { channels: ['email'] } }, createRandom(1));
 * decision.channel;
 * //=> 'email'
 * ```
 */
export interface OutreachDecision {
  /** The channel to use. */
  channel: Channel;
  /** The send-time slot. */
  slot: SendSlot;
  /** The tone. */
  tone: OutreachTone;
  /** `exploit` when channel, slot and tone each have the best estimated reward among the candidates; otherwise `explore`. */
  mode: 'exploit' | 'explore';
  /** The estimates of every candidate, in the learner's order. */
  estimates: {
    /** Candidate channels (after the omnichannel rules). */
    channels: OutreachEstimate<Channel>[];
    /** Candidate slots. */
    slots: OutreachEstimate<SendSlot>[];
    /** Candidate tones. */
    tones: OutreachEstimate<OutreachTone>[];
  };
  /** Why: exploit or explore per part, cold start, channels left out or penalised by earlier touches. */
  reasons: OutreachReason[];
  /** One sentence. */
  summary: string;
}

// value.toFixed is slow on this hot path; these format the non-negative figures of the messages with
// integer arithmetic instead (0.4 -> "0.40", 13.46 -> "13.5").
function f2(value: number): string {
  const hundredths = Math.round(value * 100);
  const whole = Math.floor(hundredths / 100);
  const rest = hundredths - whole * 100;
  return `${whole}.${rest < 10 ? '0' : ''}${rest}`;
}
function n1(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const tenths = Math.round(value * 10);
  const whole = Math.floor(tenths / 10);
  return `${whole}.${tenths - whole * 10}`;
}

function figures(mean: number, count: number): string {
  return `${f2(mean)} over ${n1(count)} outcomes of the segment`;
}

function estimate<Value extends string>(
  values: readonly Value[],
  weights: readonly number[] | undefined,
  prior: OutreachArmCounts,
  priors: Partial<Record<Value, OutreachArmCounts>> | undefined,
  population: Partial<Record<Value, OutreachArmCounts>>,
  segment: Partial<Record<Value, OutreachArmCounts>> | undefined,
  strength: number,
  sampler: BetaSampler,
): OutreachEstimate<Value>[] {
  const result: OutreachEstimate<Value>[] = [];
  for (let index = 0; index < values.length; index++) {
    const value = values[index] as Value;
    const p = posterior(priors?.[value] ?? prior, population[value], segment?.[value], strength);
    const sample = sampleBeta(sampler, p.alpha, p.beta);
    const weight = weights === undefined ? 1 : (weights[index] as number);
    result.push({
      value,
      mean: p.alpha / (p.alpha + p.beta),
      sample,
      weight,
      score: sample * weight,
      count: p.count,
      populationMean: p.populationMean,
      populationCount: p.populationCount,
    });
  }
  return result;
}

function pick<Value extends string>(
  factor: OutreachFactor,
  estimates: readonly OutreachEstimate<Value>[],
  reasons: OutreachReason[],
): { value: Value; explored: boolean } {
  let chosen = estimates[0] as OutreachEstimate<Value>;
  let best = chosen;
  for (const candidate of estimates) {
    if (candidate.score > chosen.score) chosen = candidate;
    if (candidate.mean * candidate.weight > best.mean * best.weight) best = candidate;
  }
  if (estimates.length === 1) {
    reasons.push({
      code: 'only-option',
      factor,
      value: chosen.value,
      message: `${factor} ${chosen.value}: the only candidate (${figures(chosen.mean, chosen.count)}).`,
    });
    return { value: chosen.value, explored: false };
  }
  // A tie with the best estimate (as in a cold start, where every estimate is the prior's) is no exploration.
  if (chosen === best || chosen.mean * chosen.weight >= best.mean * best.weight) {
    reasons.push({
      code: 'exploit',
      factor,
      value: chosen.value,
      message: `${factor} ${chosen.value}: the best estimate (${figures(chosen.mean, chosen.count)}), and its sample ${f2(chosen.score)} won.`,
    });
    return { value: chosen.value, explored: false };
  }
  reasons.push({
    code: 'explore',
    factor,
    value: chosen.value,
    best: best.value,
    message: `${factor} ${chosen.value}: exploring; its sample ${f2(chosen.score)} beat ${best.value}, which has the best estimate (${figures(best.mean, best.count)}, against ${f2(chosen.mean * chosen.weight)}).`,
  });
  return { value: chosen.value, explored: true };
}

/**
 * Chooses the channel, send-time slot and tone of the next touch for a payer segment, among the options
 * the contact rules and the dunning step allow, by Thompson sampling: for each candidate it draws a
 * reward rate from the segment's Beta posterior (whose prior is the population posterior) and picks the
 * highest draw, channel, slot and tone each. Omnichannel: it reads the earlier touches of the sequence;
 * a channel whose last touch failed, or that was unanswered `maxUnanswered` times in a row, is left out
 * unless nothing else is allowed; a channel opted out of is never chosen; each unanswered touch in a row
 * on a channel lowers its score by `unansweredPenalty`. The only randomness is `random`: the same state,
 * context and generator state give the same decision.
 *
 * @param state - The learner state.
 * @param context - The segment, what is allowed (`allowed.channels` at least one, such as the channels of a
 * dunning action whose channel is `auto`), and the earlier touches.
 * @param random - The seeded generator the samples are drawn from.
 * @returns The decision, with estimates, reasons and a summary.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} when the state or context is invalid, when nothing is allowed
 * (`context.allowed.channels: expected at least one channel`), when an allowed option is not one of the
 * learner's, or when every allowed channel was opted out of.
 * @category Learner
 * @example
 * ```ts
 * const state = createOutreachLearner({ channels: ['email', 'sms'] });
 * const decision = chooseOutreach(
 *   state,
 *   {
 *     segment: 'slow',
 *     allowed: { channels: ['email', 'sms'], tones: ['firm'] },
 *     previousTouches: [{ channel: 'email', slot: 'morning', tone: 'neutral', result: 'failed' }],
 *   },
 *   createRandom(42),
 * );
 * [decision.channel, decision.tone];
 * //=> ['sms', 'firm']
 * ```
 */
export function chooseOutreach(
  state: OutreachLearnerState,
  context: OutreachContext,
  random: Random,
): OutreachDecision {
  assertState(state);
  if (typeof random !== 'object' || random === null || typeof random.next !== 'function') {
    throw new InvalidArgumentError('expected a Random from createRandom', 'random');
  }
  const { settings } = state;
  const read = readContext(context, settings);
  const reasons: OutreachReason[] = [];

  // Omnichannel: what earlier touches say about each allowed channel.
  const touches = read.touches;
  const open: Channel[] = [];
  const openWeights: number[] = [];
  const notFailed: Channel[] = [];
  const notFailedWeights: number[] = [];
  const reachable: Channel[] = [];
  const reachableWeights: number[] = [];
  for (const channel of read.channels) {
    let last: string | undefined;
    let seen = false;
    let streak = 0;
    let streakOpen = true;
    let optedOut = false;
    for (let index = touches.length - 1; index >= 0; index--) {
      const touch = touches[index] as (typeof touches)[number];
      if (touch.channel !== channel) continue;
      const result = touch.result;
      if (result === 'opted-out') optedOut = true;
      if (!seen) {
        seen = true;
        last = result;
      }
      if (streakOpen) {
        if (result !== undefined && UNANSWERED.has(result)) streak++;
        else streakOpen = false;
      }
    }
    if (optedOut) {
      reasons.push({ code: 'channel-opted-out', channel, message: `${channel} left out: the payer opted out of it.` });
      continue;
    }
    const weight = (1 - settings.unansweredPenalty) ** streak;
    reachable.push(channel);
    reachableWeights.push(weight);
    if (last === 'failed') {
      reasons.push({
        code: 'channel-failed',
        channel,
        message: `${channel} left out: its last touch in this sequence failed.`,
      });
      continue;
    }
    notFailed.push(channel);
    notFailedWeights.push(weight);
    if (streak >= settings.maxUnanswered) {
      reasons.push({
        code: 'channel-unanswered-excluded',
        channel,
        unanswered: streak,
        message: `${channel} left out: its last ${streak} touches went unanswered.`,
      });
      continue;
    }
    if (streak > 0) {
      reasons.push({
        code: 'channel-unanswered',
        channel,
        unanswered: streak,
        message: `${channel} score × ${f2(weight)}: its last ${streak === 1 ? 'touch' : `${streak} touches`} went unanswered.`,
      });
    }
    open.push(channel);
    openWeights.push(weight);
  }
  let candidates = open;
  let weights = openWeights;
  if (candidates.length === 0) {
    if (reachable.length === 0) {
      throw new InvalidArgumentError(
        'every allowed channel was opted out of in context.previousTouches; allow another channel or do not send',
        'context.allowed.channels',
      );
    }
    const useNotFailed = notFailed.length > 0;
    candidates = useNotFailed ? notFailed : reachable;
    weights = useNotFailed ? notFailedWeights : reachableWeights;
    reasons.push({
      code: 'fallback',
      message: `Every allowed channel was left out because of earlier touches; choosing among ${candidates.join(', ')} anyway.`,
    });
  }

  const segment = segmentOf(state.segments, read.segment);
  const updates = segment?.updates ?? 0;
  if (updates < settings.priorStrength) {
    reasons.push({
      code: 'cold-start',
      updates,
      message:
        updates === 0
          ? `Segment "${read.segment}" has no outcomes yet: the estimates are the population's (${state.population.updates} outcomes).`
          : `Segment "${read.segment}" has ${updates} outcome${updates === 1 ? '' : 's'}: the estimates still lean on the population's (${state.population.updates}).`,
    });
  }

  const sampler = createBetaSampler(random);
  const strength = settings.priorStrength;
  const prior = settings.prior;
  const population = state.population;
  const channels = estimate(
    candidates,
    weights,
    prior,
    settings.channelPriors,
    population.channels,
    segment?.channels,
    strength,
    sampler,
  );
  const slots = estimate(read.slots, undefined, prior, undefined, population.slots, segment?.slots, strength, sampler);
  const tones = estimate(read.tones, undefined, prior, undefined, population.tones, segment?.tones, strength, sampler);

  const factorReasons: OutreachReason[] = [];
  const channel = pick('channel', channels, factorReasons);
  const slot = pick('slot', slots, factorReasons);
  const tone = pick('tone', tones, factorReasons);
  const explored = channel.explored || slot.explored || tone.explored;
  let exploredParts = '';
  if (channel.explored) exploredParts = 'channel';
  if (slot.explored) exploredParts += exploredParts === '' ? 'slot' : ' and slot';
  if (tone.explored) exploredParts += exploredParts === '' ? 'tone' : ' and tone';
  let excluded = '';
  for (const reason of reasons) {
    if (reason.code === 'cold-start' || reason.code === 'channel-unanswered') continue;
    excluded += (excluded === '' ? '' : '; ') + reason.message.slice(0, -1);
  }
  const summary =
    `${channel.value}, ${slot.value}, ${tone.value} tone for segment "${read.segment}": ` +
    (explored ? `exploring the ${exploredParts}` : 'the best estimates') +
    (excluded === '' ? '' : ` (${excluded})`) +
    '.';

  return {
    channel: channel.value,
    slot: slot.value,
    tone: tone.value,
    mode: explored ? 'explore' : 'exploit',
    estimates: { channels, slots, tones },
    reasons: [...factorReasons, ...reasons],
    summary,
  };
}
