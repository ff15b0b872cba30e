import type { CompiledPaymentModel } from './compiled-model';
import { CustomerState, type TargetInvoice } from './customer-state';
import { FeatureBatch, type PredictedChunk } from './feature-batch';
import type { ReplayIndex } from './history-index';

/**
 * How many invoices of customers `from` to `to` (exclusive) are open at the end of `asOf`: issued by then,
 * not yet settled, not zero.
 */
export function countOpenRows(index: ReplayIndex, asOf: number, from: number, to: number): number {
  const { day, settledDay, totalMinor } = index.issued;
  const end = index.issueStart[to] as number;
  let open = 0;
  for (let k = index.issueStart[from] as number; k < end; k++) {
    if ((day[k] as number) <= asOf && (settledDay[k] as number) > asOf && (totalMinor[k] as number) > 0) open++;
  }
  return open;
}

/**
 * Like `predictRows` for every invoice of customers `from` to `to` (exclusive) open at the end of `asOf`, read straight from the
 * replayed customer state (no ids to look up): customer by customer, each customer's in issue order. Chunk
 * positions are positions in the history's issue order (see `HistoryIndex.issued`), which only increase,
 * so everything a chunk's consumer reads by position is read in sequence.
 */
export function predictOpenRows(
  index: ReplayIndex,
  compiled: CompiledPaymentModel,
  asOf: number,
  customers: { readonly from: number; readonly to: number },
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
  for (let c = customers.from; c < customers.to; c++) {
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
