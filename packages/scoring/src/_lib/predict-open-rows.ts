import type { CompiledPaymentModel } from './compiled-model';
import { CustomerState, type TargetInvoice } from './customer-state';
import { FeatureBatch, type PredictedChunk } from './feature-batch';
import type { HistoryIndex } from './history-index';

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
 * positions are positions in the history's issue order (see `HistoryIndex.issued`), which only increase,
 * so everything a chunk's consumer reads by position is read in sequence.
 */
export function predictOpenRows(
  index: HistoryIndex,
  compiled: CompiledPaymentModel,
  asOf: number,
  expected: number,
  visit: (chunk: PredictedChunk) => void,
): void {
  const { totalMinor, minorScale, day, dueDay, delivery } = index.issued;
  const batch = new FeatureBatch(compiled, expected, visit);
  const state = new CustomerState(index, compiled.model.priors);
  const target: TargetInvoice = {
    openPosition: -1,
    amountMinor: 0,
    minorScale: 1,
    issueDay: 0,
    dueDay: 0,
    delivery: 0,
  };
  for (let c = 0; c < index.customers.length; c++) {
    state.reset(c);
    state.advanceTo(asOf);
    const open = state.openInvoiceCount;
    for (let k = 0; k < open; k++) {
      const position = state.openInvoicePosition(k);
      target.openPosition = position;
      target.amountMinor = totalMinor[position] as number;
      target.minorScale = minorScale[position] as number;
      target.issueDay = day[position] as number;
      target.dueDay = dueDay[position] as number;
      target.delivery = delivery[position] as number;
      state.write(target, batch.x.values, batch.slot(position));
      batch.done();
    }
  }
  batch.flush();
}
