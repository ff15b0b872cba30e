import type { Invoice } from '@overdue/core';
import { addDays } from '@overdue/core';
import { averageDaysDelinquent, collectionEffectivenessIndex, daysSalesOutstanding } from '@overdue/receivables';
import { describe, expect, it } from 'vitest';
import { toInvoiceInput } from '../_lib/invoice-input';
import { smallPortfolio } from '../_test/small-runs';
import { createFixedLadderPolicy } from '../policies/create-fixed-ladder-policy';
import type { CollectionPolicy } from '../policies/policy-types';
import { simulatePortfolio } from './simulate-portfolio';

describe('simulatePortfolio KPIs', () => {
  it('match @overdue/receivables on the ledger a host would hold at the end', () => {
    const latest = new Map<string, Invoice>();
    const ladder = createFixedLadderPolicy();
    const spy: CollectionPolicy = {
      name: 'ladder-with-ledger',
      start(start) {
        for (const invoice of start.history) latest.set(invoice.id, invoice);
        const run = ladder.start(start);
        return {
          decide(day, random) {
            for (const invoice of [...day.issued, ...day.settled]) latest.set(invoice.id, invoice);
            return run.decide(day, random);
          },
        };
      },
    };
    const result = simulatePortfolio({ portfolio: smallPortfolio(200, 5), policy: spy, days: 91, seed: 5 });
    // Payments of a day happen before the policy acts, so the policy's copy is complete on the last day.
    const last = result.series[result.series.length - 1];
    const figures = last?.byCurrency[0];
    const to = result.endDate;
    const ledger = {
      invoices: [...latest.values()].map(toInvoiceInput),
    };
    const period = { from: addDays(to, -29), to };
    expect(result.invoices.paidDay.some((day) => day === result.days - 1)).toBe(true);
    expect(figures?.daysSalesOutstanding).toBeGreaterThan(10);
    expect(figures?.averageDaysDelinquent).toBeGreaterThan(0);
    expect(figures?.daysSalesOutstanding).toBeCloseTo(daysSalesOutstanding(ledger, period).value as number, 1);
    expect(figures?.averageDaysDelinquent).toBeCloseTo(averageDaysDelinquent(ledger, period).value as number, 1);
    expect(figures?.collectionEffectivenessIndex).toBeCloseTo(
      collectionEffectivenessIndex(ledger, period).value as number,
      1,
    );
  });
});
