import type { CompiledPaymentModel } from './compiled-model';
import { CustomerState, FEATURE_COUNT, type TargetInvoice } from './customer-state';
import type { HistoryIndex } from './history-index';
import { createMatrix, type FeatureMatrix } from './ml/matrix';
import type { TargetRow } from './read-target';
import { minorScaleOf } from './training-rows';

const CHUNK = 4096;

/** What {@link predictRows} hands over for each chunk of invoices. */
export interface PredictedChunk {
  /** Positions (in the caller's list) of the chunk's invoices. */
  readonly positions: Int32Array;
  readonly count: number;
  /** Feature rows of the chunk. */
  readonly x: FeatureMatrix;
  readonly probabilities: Float64Array;
  readonly days: Float64Array;
}

/**
 * Computes features as of `asOf` and the model's two outputs for every target, customer by customer (each
 * customer's history replayed once), in chunks of 4096 so memory stays flat for a million invoices.
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

  const x = createMatrix(Math.min(CHUNK, Math.max(1, n)), FEATURE_COUNT);
  const chunk = {
    positions: new Int32Array(x.rows),
    count: 0,
    x,
    probabilities: new Float64Array(x.rows),
    days: new Float64Array(x.rows),
  };
  const flush = () => {
    if (chunk.count === 0) return;
    const view: FeatureMatrix = {
      rows: chunk.count,
      cols: FEATURE_COUNT,
      values: x.values.subarray(0, chunk.count * FEATURE_COUNT),
    };
    compiled.lateProbabilities(view, chunk.probabilities);
    compiled.daysToSettle(view, chunk.days);
    visit(chunk);
    chunk.count = 0;
  };
  const state = new CustomerState(index, compiled.model.priors);
  const scales = new Map<string, number>();
  const target: TargetInvoice = { historyRow: -1, amountMinor: 0, minorScale: 1, issueDay: 0, dueDay: 0, delivery: 0 };
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
    const historyRow = state.findOpen(row.invoiceId);
    target.historyRow = historyRow;
    target.amountMinor = row.totalMinor;
    target.minorScale = minorScaleOf(scales, row.currency);
    target.issueDay = row.issueDay;
    target.dueDay = row.dueDay;
    target.delivery =
      row.delivery !== 0 || historyRow < 0 ? row.delivery : (index.settlements.delivery[historyRow] as number);
    state.write(target, x.values, chunk.count * FEATURE_COUNT);
    chunk.positions[chunk.count] = position;
    chunk.count++;
    if (chunk.count === x.rows) flush();
  }
  flush();
}
