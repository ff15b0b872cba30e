import type { Random } from '@overdue/core';

/** A uniform number in [low, high). */
export function uniform(random: Random, low: number, high: number): number {
  return low + (high - low) * random.next();
}

/** A standard normal number (Box-Muller, one of the pair). */
export function standardNormal(random: Random): number {
  const u = 1 - random.next();
  const v = random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A log-normal number with the given median and sigma of the logarithm. */
export function logNormal(random: Random, median: number, sigma: number): number {
  return median * Math.exp(sigma * standardNormal(random));
}

/** An index drawn with the given weights (they need not sum to 1). */
export function pickWeighted(random: Random, weights: readonly number[]): number {
  let total = 0;
  for (const weight of weights) total += weight;
  let point = random.next() * total;
  for (let index = 0; index < weights.length; index++) {
    point -= weights[index] as number;
    if (point < 0) return index;
  }
  return weights.length - 1;
}
