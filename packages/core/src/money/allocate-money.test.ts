import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { OverdueError } from '../errors/overdue-error';
import { allocateMoney } from './allocate-money';
import type { Money } from './money';

const eur = (minor: number): Money => ({ currency: 'EUR', minor });
const minors = (parts: Money[]) => parts.map((part) => part.minor);

describe('allocateMoney', () => {
  it.each<[number, (number | string)[], number[]]>([
    // [minor, ratios, expected parts] — largest-remainder method worked by hand.
    [1000, [1, 1, 1], [334, 333, 333]], // the documented example: 333.33 each, 1 left over to the first
    [1000, [1, 1], [500, 500]],
    [100, [1, 1, 1], [34, 33, 33]],
    [101, [1, 1, 1], [34, 34, 33]], // 33.67 each, 2 left over to the first two
    [5, [1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 0]],
    [1000, [3, 7], [300, 700]],
    [1000, [1, 2], [333, 667]], // 333.33 and 666.67: the larger remainder (0.67) takes the leftover
    [1000, [2, 1], [667, 333]],
    [10, [0, 1], [0, 10]],
    [10, [1, 0, 1], [5, 0, 5]],
    [0, [1, 2, 3], [0, 0, 0]],
    [1, [1], [1]],
    // 499.5 / 249.75 / 249.75: floors sum to 997; the 2 left over go to the remainders .75 and .75.
    [999, ['0.5', '0.25', '0.25'], [499, 250, 250]],
    [7, [1e-30, 1], [0, 7]],
  ])('splits %i by %j into %j', (minor, ratios, expected) => {
    expect(minors(allocateMoney(eur(minor), ratios))).toEqual(expected);
  });

  it('splits negative amounts as the mirror image of positive ones', () => {
    expect(minors(allocateMoney(eur(-1000), [1, 1, 1]))).toEqual([-334, -333, -333]);
    expect(minors(allocateMoney(eur(-10), [0, 1])).map((minor) => Object.is(minor, 0) || minor)).toEqual([true, -10]);
  });

  it('keeps the currency on every part', () => {
    expect(allocateMoney({ currency: 'JPY', minor: 10 }, [1, 1, 1])).toEqual([
      { currency: 'JPY', minor: 4 },
      { currency: 'JPY', minor: 3 },
      { currency: 'JPY', minor: 3 },
    ]);
  });

  it('accepts ratios as strings and decimal.js values', () => {
    expect(minors(allocateMoney(eur(100), ['1', new Decimal(3)]))).toEqual([25, 75]);
  });

  it('treats a ratio of negative zero as zero', () => {
    expect(minors(allocateMoney(eur(100), [-0, 1]))).toEqual([0, 100]);
  });

  it.each<[(number | string)[], string]>([
    [[], 'ratios: expected at least one ratio'],
    [[0, 0], 'ratios: at least one ratio must be positive'],
    [[1, -1], 'ratios[1]: expected a non-negative finite ratio, got number -1'],
    [[Number.NaN], 'ratios[0]: expected a non-negative finite ratio, got number NaN'],
    [[1, Number.POSITIVE_INFINITY], 'ratios[1]: expected a non-negative finite ratio, got number Infinity'],
    [['half'], 'ratios[0]: expected a number, got "half"'],
  ])('rejects the ratios %j', (ratios, message) => {
    const run = () => allocateMoney(eur(100), ratios);
    expect(run).toThrow(InvalidArgumentError);
    expect(run).toThrow(message);
  });

  const amount = fc.maxSafeInteger();
  const ratios = fc
    .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 20 })
    .filter((list) => list.some((ratio) => ratio > 0));

  it('always returns parts that sum to the original', () => {
    fc.assert(
      fc.property(amount, ratios, (minor, weights) => {
        const parts = allocateMoney(eur(minor), weights);
        expect(parts).toHaveLength(weights.length);
        const sum = parts.reduce((total, part) => total + BigInt(part.minor), 0n);
        expect(sum).toBe(BigInt(minor));
        for (const part of parts) expect(Number.isSafeInteger(part.minor)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives each part within one minor unit of its exact share', () => {
    fc.assert(
      fc.property(amount, ratios, (minor, weights) => {
        // |part x total - minor x ratio| < total, in exact BigInt arithmetic.
        const total = weights.reduce((sum, weight) => sum + BigInt(weight), 0n);
        allocateMoney(eur(minor), weights).forEach((part, index) => {
          const error = BigInt(part.minor) * total - BigInt(minor) * BigInt(weights[index]!);
          expect(error < 0n ? -error : error).toBeLessThan(total);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('gives parts that differ by at most one minor unit for equal ratios, larger ones first', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 1000 }), (minor, count, ratio) => {
        const parts = minors(
          allocateMoney(
            eur(minor),
            Array.from({ length: count }, () => ratio),
          ),
        );
        expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
        const sorted = [...parts].sort((a, b) => (minor >= 0 ? b - a : a - b));
        expect(parts).toEqual(sorted);
      }),
      { numRuns: 1000 },
    );
  });

  it('does not depend on the scale of the ratios', () => {
    fc.assert(
      fc.property(amount, ratios, fc.integer({ min: 2, max: 1000 }), (minor, weights, factor) => {
        expect(
          allocateMoney(
            eur(minor),
            weights.map((weight) => weight * factor),
          ),
        ).toEqual(allocateMoney(eur(minor), weights));
      }),
    );
  });

  it('throws nothing but an OverdueError for arbitrary ratios', () => {
    fc.assert(
      fc.property(
        fc.array(fc.anything({ withNullPrototype: true, withBigInt: true, withBoxedValues: true })),
        (values) => {
          try {
            allocateMoney(eur(100), values as number[]);
          } catch (error) {
            expect(OverdueError.isInstance(error), String(error)).toBe(true);
          }
        },
      ),
    );
  });
});
