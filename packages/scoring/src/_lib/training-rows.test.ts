import { addDays, tryDayNumber } from '@overdue/core';
import { invoiceSettlements } from '@overdue/receivables';
import { describe, expect, it } from 'vitest';
import { syntheticLedger } from '../_test/synthetic-ledger';
import { indexHistory } from './history-index';
import { buildTrainingRows, exampleRows } from './training-rows';

const priors = { lateShare: 0.3, daysLate: 5, daysToSettle: 30 };

function rowsOf(ledger: ReturnType<typeof syntheticLedger>) {
  const index = indexHistory(invoiceSettlements(ledger), []);
  const rows = exampleRows(index, { fromDay: -Infinity, toDay: Infinity });
  return { index, rows, examples: buildTrainingRows(index, rows, priors) };
}

describe('buildTrainingRows', () => {
  it('never lets an example see its own outcome or a later settlement', () => {
    const ledger = syntheticLedger({ customers: 12, invoicesPerCustomer: 15, seed: 4 });
    const { index, rows, examples } = rowsOf(ledger);
    // Delay every settlement made after a cut-off day by 60 days: the examples issued up to the day after
    // the cut-off (features as of the day before issue) must not change, though many outcomes did.
    const cutoff = '2024-08-01';
    const delayed = {
      invoices: ledger.invoices.map((invoice) =>
        (invoice.paidDate as string) > cutoff
          ? { ...invoice, paidDate: addDays(invoice.paidDate as string, 60) }
          : invoice,
      ),
    };
    const again = rowsOf(delayed);
    const lastDay = tryDayNumber(cutoff) + 1;
    let compared = 0;
    let ownOutcomeChanged = 0;
    for (let k = 0; k < rows.length; k++) {
      if ((index.settlements.issueDay[rows[k] as number] as number) > lastDay) continue;
      compared++;
      const width = examples.x.cols;
      expect(Array.from(again.examples.x.values.subarray(k * width, (k + 1) * width))).toEqual(
        Array.from(examples.x.values.subarray(k * width, (k + 1) * width)),
      );
      if (again.examples.daysToSettle[k] !== examples.daysToSettle[k]) ownOutcomeChanged++;
    }
    expect(ownOutcomeChanged).toBeGreaterThan(5);
    expect(compared).toBeGreaterThan(50);
  });

  it('labels late invoices and days to settle', () => {
    const { examples } = rowsOf(syntheticLedger({ customers: 3, invoicesPerCustomer: 5, seed: 1 }));
    for (let k = 0; k < examples.late.length; k++) {
      expect(examples.late[k]).toBe((examples.daysToSettle[k] as number) > (examples.termsDays[k] as number) ? 1 : 0);
    }
  });
});
