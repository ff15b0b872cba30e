import type { Random } from '@overdue/core';
import { InvalidArgumentError } from '@overdue/core';

/**
 * Draws Beta variates from a seeded {@link Random}, for Thompson sampling.
 *
 * Beta(a, b) is X / (X + Y) with X ~ Gamma(a) and Y ~ Gamma(b). Gamma variates use Marsaglia and Tsang's
 * squeeze method (G. Marsaglia, W. W. Tsang, "A Simple Method for Generating Gamma Variables", ACM TOMS
 * 26(3), 2000), with their boost Gamma(a) = Gamma(a + 1) * U^(1/a) for a < 1; the normal variates it needs
 * come from Marsaglia's polar method, keeping the second variate of each pair for the next call. The
 * sampler holds that spare variate, so create one per decision: the results then depend only on the
 * state of `random` when the decision starts. Plain functions over a small record (no closures made per
 * decision), because this runs a dozen times per decision.
 */
export interface BetaSampler {
  /** The generator. */
  random: Random;
  /** The second normal variate of the last polar pair, when `hasSpare`. */
  spare: number;
  /** Whether `spare` is unused. */
  hasSpare: boolean;
}

export function createBetaSampler(random: Random): BetaSampler {
  return { random, spare: 0, hasSpare: false };
}

/** `random.next()`, checked: a generator outside [0, 1) would make the rejection loops below spin forever. */
function uniform(random: Random): number {
  const value = random.next();
  if (!(value >= 0 && value < 1)) {
    throw new InvalidArgumentError(`expected random.next() to return a number in [0, 1), got ${value}`, 'random');
  }
  return value;
}

function normal(sampler: BetaSampler): number {
  if (sampler.hasSpare) {
    sampler.hasSpare = false;
    return sampler.spare;
  }
  const random = sampler.random;
  let u: number;
  let v: number;
  let s: number;
  do {
    u = 2 * uniform(random) - 1;
    v = 2 * uniform(random) - 1;
    s = u * u + v * v;
  } while (s >= 1 || s === 0);
  const factor = Math.sqrt((-2 * Math.log(s)) / s);
  sampler.spare = v * factor;
  sampler.hasSpare = true;
  return u * factor;
}

/** A Gamma(shape, 1) variate; `shape` must be finite and above zero. */
export function sampleGamma(sampler: BetaSampler, shape: number): number {
  if (shape < 1) {
    // Marsaglia and Tsang, section 6: Gamma(a) = Gamma(a + 1) * U^(1/a).
    const boost = uniform(sampler.random) ** (1 / shape);
    return sampleGamma(sampler, shape + 1) * boost;
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(sampler);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = uniform(sampler.random);
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** A Beta(alpha, beta) variate; both shapes must be finite and above zero. */
export function sampleBeta(sampler: BetaSampler, alpha: number, beta: number): number {
  const x = sampleGamma(sampler, alpha);
  const y = sampleGamma(sampler, beta);
  const total = x + y;
  // Both can underflow to 0 for tiny shapes; the mean is then the only sensible answer.
  return total > 0 ? x / total : alpha / (alpha + beta);
}
