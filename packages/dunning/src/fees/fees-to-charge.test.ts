import type { Money } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { errorPathOf } from './_test/catch-overdue-error';
import { computeFee } from './compute-fee';
import { feesToCharge } from './fees-to-charge';

const eur = (minor: number): Money => ({ currency: 'EUR', minor });

describe('feesToCharge', () => {
  it('charges a step fee once, never again on a later evaluation', () => {
    // Evaluation on day 1 proposes the fee of step r2; the host charges it and stores the key.
    const proposed = [
      { key: 'std@1/C1/EUR/r2#0/2026-03-01', fee: computeFee({ kind: 'fixed', amount: eur(500) }, eur(10_000)) },
    ];
    const ledger: string[] = [];
    for (const fee of feesToCharge(proposed, ledger)) ledger.push(fee.key);
    expect(ledger).toEqual(['std@1/C1/EUR/r2#0/2026-03-01']);
    // The next evaluation (an hour or a day later) proposes the same occurrence again: nothing to charge.
    expect(feesToCharge(proposed, ledger)).toEqual([]);
    // A later step occurrence has its own key and is charged.
    const next = [...proposed, { key: 'std@1/C1/EUR/r3#0/2026-03-15', fee: proposed[0]?.fee }];
    expect(feesToCharge(next, ledger).map((fee) => fee.key)).toEqual(['std@1/C1/EUR/r3#0/2026-03-15']);
  });

  it('keeps the first of two fees with the same key', () => {
    const fees = [
      { key: 'a', amount: eur(1) },
      { key: 'a', amount: eur(2) },
      { key: 'b', amount: eur(3) },
    ];
    expect(feesToCharge(fees, new Set<string>())).toEqual([fees[0], fees[2]]);
  });

  it('names the key in errors', () => {
    expect(errorPathOf(() => feesToCharge([{ key: 'a' }, { key: '' }], []))).toBe('fees[1].key');
  });
});
