import type { CompiledPaymentModel } from './compiled-model';
import { CustomerState, type TargetInvoice } from './customer-state';
import { FeatureBatch, type PredictedChunk } from './feature-batch';
import type { HistoryIndex } from './history-index';
import { minorScaleOf } from './minor-scale';
import type { TargetRow } from './read-target';

/**
 * Computes features as of `asOf` and the model's two outputs for every target, customer by customer (each
 * customer's history replayed once), in chunks (see {@link FeatureBatch}); chunk positions index `targets`.
 */
export function predictRows(
  index: HistoryIndex,
  compiled: CompiledPaymentModel,
  targets: readonly TargetRow[],
  asOf: number,
  visit: (chunk: PredictedChunk) => void,
): void {
  const n = targets.length;
  const customers = index.customers.length;
  // Counting sort of targets by customer; unknown customers share the last slot (no history).
  const slot = new Int32Array(n);
  const start = new Int32Array(customers + 2);
  for (let k = 0; k < n; k++) {
    const c = index.customerOf.get((targets[k] as TargetRow).customerId);
    slot[k] = c ?? customers;
    start[(slot[k] as number) + 1] = (start[(slot[k] as number) + 1] as number) + 1;
  }
  for (let c = 0; c <= customers; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const order = new Int32Array(n);
  const cursor = start.slice(0, customers + 1);
  for (let k = 0; k < n; k++) order[(cursor[slot[k] as number] as number)++] = k;

  const batch = new FeatureBatch(compiled, n, visit);
  const state = new CustomerState(index, compiled.model.priors);
  const scales = new Map<string, number>();
  const target: TargetInvoice = {
    openPosition: -1,
    amountMinor: 0,
    minorScale: 1,
    issueDay: 0,
    dueDay: 0,
    delivery: 0,
  };
  let current = -2;
  for (let k = 0; k < n; k++) {
    const position = order[k] as number;
    const customer = slot[position] as number;
    if (customer !== current) {
      state.reset(customer === customers ? -1 : customer);
      state.advanceTo(asOf);
      current = customer;
    }
    const row = targets[position] as TargetRow;
    const openPosition = state.findOpen(row.invoiceId, index.issued.invoiceIds);
    target.openPosition = openPosition;
    target.amountMinor = row.totalMinor;
    target.minorScale = minorScaleOf(scales, row.currency);
    target.issueDay = row.issueDay;
    target.dueDay = row.dueDay;
    target.delivery =
      row.delivery !== 0 || openPosition < 0 ? row.delivery : (index.issued.delivery[openPosition] as number);
    state.write(target, batch.x.values, batch.slot(position));
    batch.done();
  }
  batch.flush();
}
