import type { CompiledPaymentModel } from './compiled-model';
import { CustomerState, type TargetInvoice } from './customer-state';
import { FeatureBatch, type PredictedChunk } from './feature-batch';
import type { HistoryIndex } from './history-index';
import { minorScaleOf } from './training-rows';

/** History rows of the invoices open at the end of `asOf`: issued by then, not yet settled, not zero. */
export function countOpenRows(index: HistoryIndex, asOf: number): number {
  const { count, issueDay, settledDay, totalMinor } = index.settlements;
  let open = 0;
  for (let row = 0; row < count; row++) {
    if ((issueDay[row] as number) <= asOf && (settledDay[row] as number) > asOf && (totalMinor[row] as number) > 0)
      open++;
  }
  return open;
}

/**
 * Like `predictRows` for every invoice of the history open at the end of `asOf`, read straight from the
 * replayed customer state (no ids to look up): customer by customer, each customer's in issue order. Chunk
 * positions are history rows.
 */
export function predictOpenRows(
  index: HistoryIndex,
  compiled: CompiledPaymentModel,
  asOf: number,
  expected: number,
  visit: (chunk: PredictedChunk) => void,
): void {
  const { currencies, totalMinor, issueDay, dueDay, delivery } = index.settlements;
  const batch = new FeatureBatch(compiled, expected, visit);
  const state = new CustomerState(index, compiled.model.priors);
  const scales = new Map<string, number>();
  const target: TargetInvoice = { historyRow: -1, amountMinor: 0, minorScale: 1, issueDay: 0, dueDay: 0, delivery: 0 };
  let lastCurrency = '';
  for (let c = 0; c < index.customers.length; c++) {
    state.reset(c);
    state.advanceTo(asOf);
    const open = state.openInvoiceCount;
    for (let k = 0; k < open; k++) {
      const row = state.openInvoiceRow(k);
      target.historyRow = row;
      target.amountMinor = totalMinor[row] as number;
      const currency = currencies[row] as string;
      if (currency !== lastCurrency) {
        lastCurrency = currency;
        target.minorScale = minorScaleOf(scales, currency);
      }
      target.issueDay = issueDay[row] as number;
      target.dueDay = dueDay[row] as number;
      target.delivery = delivery[row] as number;
      state.write(target, batch.x.values, batch.slot(row));
      batch.done();
    }
  }
  batch.flush();
}
