import type { OutreachArmCounts } from '../learner-state';

const ZERO: OutreachArmCounts = { successes: 0, failures: 0 };

/** The Beta posterior of one option in one segment (alpha, beta) and what it is made of. */
export interface Posterior {
  alpha: number;
  beta: number;
  /** The segment's own discounted observations. */
  count: number;
  populationMean: number;
  /** The population's discounted observations. */
  populationCount: number;
}

/**
 * Empirical-Bayes pooling: the population posterior Beta(prior + population counts) becomes the segment's
 * prior, scaled to `strength` pseudo-observations (or fewer, when the population has fewer), and the
 * segment's own counts are added to it.
 */
export function posterior(
  prior: OutreachArmCounts,
  population: OutreachArmCounts | undefined,
  segment: OutreachArmCounts | undefined,
  strength: number,
): Posterior {
  const pop = population ?? ZERO;
  const own = segment ?? ZERO;
  const popAlpha = prior.successes + pop.successes;
  const popTotal = popAlpha + prior.failures + pop.failures;
  const populationMean = popAlpha / popTotal;
  const borrowed = Math.min(strength, popTotal);
  return {
    alpha: borrowed * populationMean + own.successes,
    beta: borrowed * (1 - populationMean) + own.failures,
    count: own.successes + own.failures,
    populationMean,
    populationCount: pop.successes + pop.failures,
  };
}
