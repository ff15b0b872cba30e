import type { Money } from '@overdue/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catchOverdueError, errorPathOf as pathOf } from './_test/catch-overdue-error';
import type { FeeRule } from './compute-fee';
import { computeFee } from './compute-fee';

const eur = (minor: number): Money => ({ currency: 'EUR', minor });

describe('computeFee', () => {
  it('charges a fixed fee as it is', () => {
    expect(computeFee({ kind: 'fixed', amount: eur(500) }, eur(12_345))).toEqual({
      amount: eur(500),
      limit: undefined,
      explanation: 'Fixed fee of €5.00.',
    });
  });

  it.each<[string, FeeRule, number, number, 'min' | 'max' | undefined]>([
    // 2.5% of 1,000.00 = 25.00, inside [5.00, 50.00].
    ['inside the caps', { kind: 'percent', percent: 2.5, min: eur(500), max: eur(5000) }, 100_000, 2500, undefined],
    // 2.5% of 100.00 = 2.50, raised to 5.00.
    ['below the floor', { kind: 'percent', percent: 2.5, min: eur(500), max: eur(5000) }, 10_000, 500, 'min'],
    // 2.5% of 10,000.00 = 250.00, lowered to 50.00.
    ['above the ceiling', { kind: 'percent', percent: '2.5', min: eur(500), max: eur(5000) }, 1_000_000, 5000, 'max'],
    // 1.5% of 3.33 = 0.04995 EUR = 4.995 cents -> 5 cents, half-up.
    ['rounded half-up', { kind: 'percent', percent: 1.5 }, 333, 5, undefined],
    // Exactly at the floor: not a cap.
    ['exactly at the floor', { kind: 'percent', percent: 5, min: eur(500) }, 10_000, 500, undefined],
  ])('charges a percentage fee %s', (_name, rule, balance, expected, limit) => {
    const fee = computeFee(rule, eur(balance));
    expect(fee.amount).toEqual(eur(expected));
    expect(fee.limit).toBe(limit);
  });

  it('explains a capped fee', () => {
    expect(computeFee({ kind: 'percent', percent: 2.5, max: eur(5000) }, eur(1_000_000)).explanation).toBe(
      '2.50% of €10,000.00 is €250.00, lowered to the maximum of €50.00.',
    );
  });

  it('rounds with the mode asked for', () => {
    // 1% of 0.50 = 0.5 cent.
    expect(computeFee({ kind: 'percent', percent: 1 }, eur(50)).amount).toEqual(eur(1));
    expect(computeFee({ kind: 'percent', percent: 1 }, eur(50), { rounding: 'half-even' }).amount).toEqual(eur(0));
  });

  it('charges nothing when nothing is owed', () => {
    expect(computeFee({ kind: 'fixed', amount: eur(500) }, eur(0)).amount).toEqual(eur(0));
    expect(computeFee({ kind: 'percent', percent: 2, min: eur(500) }, eur(-100)).amount).toEqual(eur(0));
  });

  it('keeps the fee between the caps for any balance', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000_000_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        (balance, hundredths, min, spread) => {
          const rule: FeeRule = { kind: 'percent', percent: hundredths / 100, min: eur(min), max: eur(min + spread) };
          const fee = computeFee(rule, eur(balance));
          expect(Number.isSafeInteger(fee.amount.minor)).toBe(true);
          expect(fee.amount.minor).toBeGreaterThanOrEqual(min);
          expect(fee.amount.minor).toBeLessThanOrEqual(min + spread);
        },
      ),
    );
  });

  it.each<[string, () => unknown, string]>([
    ['kind', () => computeFee({ kind: 'flat' } as never, eur(100)), 'rule.kind'],
    ['missing rule', () => computeFee(undefined as never, eur(100)), 'rule'],
    [
      'fixed currency',
      () => computeFee({ kind: 'fixed', amount: { currency: 'GBP', minor: 500 } }, eur(100)),
      'rule.amount.currency',
    ],
    ['fixed negative', () => computeFee({ kind: 'fixed', amount: eur(-5) }, eur(100)), 'rule.amount.minor'],
    ['percent zero', () => computeFee({ kind: 'percent', percent: 0 }, eur(100)), 'rule.percent'],
    ['percent above 100', () => computeFee({ kind: 'percent', percent: 101 }, eur(100)), 'rule.percent'],
    ['percent text', () => computeFee({ kind: 'percent', percent: '2,5' }, eur(100)), 'rule.percent'],
    [
      'min currency',
      () => computeFee({ kind: 'percent', percent: 2, min: { currency: 'USD', minor: 1 } }, eur(100)),
      'rule.min.currency',
    ],
    [
      'max below min',
      () => computeFee({ kind: 'percent', percent: 2, min: eur(500), max: eur(400) }, eur(100)),
      'rule.max',
    ],
    ['balance', () => computeFee({ kind: 'fixed', amount: eur(5) }, { currency: 'EUR', minor: 1.5 }), 'balance.minor'],
    [
      'rounding',
      () => computeFee({ kind: 'percent', percent: 2 }, eur(100), { rounding: 'bankers' as never }),
      'options.rounding',
    ],
  ])('names the field in errors: %s', (_name, run, path) => {
    expect(pathOf(run)).toBe(path);
  });

  it.each<[string, () => unknown, string, string]>([
    [
      'a misspelt cap',
      () => computeFee({ kind: 'percent', percent: 2, maxx: eur(5000) } as never, eur(100)),
      'rule.maxx',
      'unknown field; did you mean "max"?',
    ],
    [
      'a cap on a fixed fee',
      () => computeFee({ kind: 'fixed', amount: eur(500), min: eur(100) } as never, eur(100)),
      'rule.min',
      'unknown field; expected one of kind, amount',
    ],
    [
      'a misspelt kind (before the missing kind)',
      () => computeFee({ knd: 'fixed', amount: eur(500) } as never, eur(100)),
      'rule.knd',
      'unknown field; did you mean "kind"?',
    ],
    [
      'a field of an amount',
      () => computeFee({ kind: 'fixed', amount: { currency: 'EUR', minor: 500, minr: 5 } } as never, eur(100)),
      'rule.amount.minr',
      'unknown field; did you mean "minor"?',
    ],
    [
      'a misspelt option',
      () => computeFee({ kind: 'percent', percent: 2 }, eur(100), { roundin: 'down' } as never),
      'options.roundin',
      'unknown field; did you mean "rounding"?',
    ],
  ])('rejects %s, naming the field', (_name, run, path, message) => {
    const error = catchOverdueError(run);
    expect(error.code).toBe('invalid-argument');
    expect(error.path).toBe(path);
    expect(error.message).toBe(`${path}: ${message}`);
  });

  it('accepts every documented field of the rules and the options', () => {
    const percent: FeeRule = { kind: 'percent', percent: 1, min: eur(100), max: eur(200) };
    expect(computeFee(percent, eur(50_000), { rounding: 'down' }).amount).toEqual(eur(200));
    expect(computeFee({ kind: 'fixed', amount: eur(300) }, eur(50_000), {}).amount).toEqual(eur(300));
  });
});
