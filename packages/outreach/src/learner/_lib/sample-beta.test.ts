import { createRandom } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { createBetaSampler, sampleBeta } from './sample-beta';

function moments(alpha: number, beta: number, draws: number) {
  const sampler = createBetaSampler(createRandom(`beta-${alpha}-${beta}`));
  let sum = 0;
  let squares = 0;
  for (let index = 0; index < draws; index++) {
    const x = sampleBeta(sampler, alpha, beta);
    expect(x >= 0 && x <= 1).toBe(true);
    sum += x;
    squares += x * x;
  }
  const mean = sum / draws;
  return { mean, variance: squares / draws - mean * mean };
}

describe('createBetaSampler', () => {
  it.each([
    [1, 1],
    [2, 5],
    [0.3, 0.7],
    [0.05, 2],
    [40, 160],
    [3000, 7000],
  ])('draws Beta(%d, %d) with the right mean and variance', (alpha, beta) => {
    // Mean a / (a + b), variance ab / ((a + b)^2 (a + b + 1)); 40,000 draws give a standard error of the
    // mean of at most 0.0025, so a tolerance of 4 standard errors.
    const draws = 40_000;
    const { mean, variance } = moments(alpha, beta, draws);
    const expectedMean = alpha / (alpha + beta);
    const expectedVariance = (alpha * beta) / ((alpha + beta) ** 2 * (alpha + beta + 1));
    expect(Math.abs(mean - expectedMean)).toBeLessThan(4 * Math.sqrt(expectedVariance / draws));
    expect(variance / expectedVariance).toBeGreaterThan(0.95);
    expect(variance / expectedVariance).toBeLessThan(1.05);
  });

  it('depends only on the generator state', () => {
    const first = createBetaSampler(createRandom(9));
    const second = createBetaSampler(createRandom(9));
    for (let index = 0; index < 100; index++) expect(sampleBeta(first, 0.5, 3)).toBe(sampleBeta(second, 0.5, 3));
  });
});

describe('createBetaSampler with a broken generator', () => {
  it.each([Number.NaN, 1, -0.5])('throws instead of looping forever when random.next() returns %d', (value) => {
    const broken = { ...createRandom(1), next: () => value };
    expect(() => sampleBeta(createBetaSampler(broken), 2, 3)).toThrow(
      `random: expected random.next() to return a number in [0, 1), got ${value}`,
    );
  });
});
