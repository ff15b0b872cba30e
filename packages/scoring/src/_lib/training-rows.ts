import type { Priors } from './customer-state';
import { CustomerState, FEATURE_COUNT } from './customer-state';
import type { HistoryIndex } from './history-index';
import { minorScaleOf } from './minor-scale';
import type { FeatureMatrix } from './ml/matrix';
import { createMatrix } from './ml/matrix';
import { quantileOf } from './ml/metrics';

/** Settled invoices as examples: features as of the day before issue, and what happened. */
export interface TrainingRows {
  readonly x: FeatureMatrix;
  /** 1 when settled after the due date (or written off), else 0. */
  readonly late: Float64Array;
  /** Days from issue to settlement. */
  readonly daysToSettle: Float64Array;
  /** Payment terms in days. */
  readonly termsDays: Float64Array;
  /** 1 when settled by payments or credits, 0 when written off (a write-off says nothing about pay dates). */
  readonly paid: Uint8Array;
}

/** Which settled invoices become examples: issued in `[fromDay, toDay)`. */
export interface ExampleWindow {
  fromDay: number;
  toDay: number;
}

/** Rows (in history order) of the settled invoices issued in the window. */
export function exampleRows(index: HistoryIndex, window: ExampleWindow): Int32Array {
  const { count, totalMinor, issueDay, settledDay } = index.settlements;
  const rows: number[] = [];
  for (let row = 0; row < count; row++) {
    const issued = issueDay[row] as number;
    if ((totalMinor[row] as number) <= 0 || !Number.isFinite(settledDay[row] as number)) continue;
    if (issued >= window.fromDay && issued < window.toDay) rows.push(row);
  }
  return Int32Array.from(rows);
}

/** Portfolio averages of the given settled invoices: late share, mean days late, median days to settle. */
export function priorsOf(index: HistoryIndex, rows: Int32Array): Priors {
  const { issueDay, dueDay, settledDay, writtenOff } = index.settlements;
  if (rows.length === 0) return { lateShare: 0.3, daysLate: 5, daysToSettle: 30 };
  let late = 0;
  let daysLate = 0;
  const settle = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k] as number;
    const settled = settledDay[row] as number;
    if (settled > (dueDay[row] as number) || writtenOff[row] === 1) late++;
    daysLate += Math.max(0, settled - (dueDay[row] as number));
    settle[k] = settled - (issueDay[row] as number);
  }
  settle.sort();
  return { lateShare: late / rows.length, daysLate: daysLate / rows.length, daysToSettle: quantileOf(settle, 0.5) };
}

/**
 * Builds one example per row: the customer's history is replayed in issue order, and each invoice's features
 * are written as of the end of the day before it was issued, so its own outcome (and anything later) is
 * never seen.
 */
export function buildTrainingRows(index: HistoryIndex, rows: Int32Array, priors: Priors): TrainingRows {
  const { customerOf } = index;
  const { customerIds, currencies, issueDay, dueDay, settledDay, totalMinor, writtenOff, delivery } = index.settlements;
  const n = rows.length;
  // Examples are visited customer by customer in issue order, then written back in the order given.
  const customerOfExample = Int32Array.from(rows, (row) => customerOf.get(customerIds[row] as string) as number);
  const byCustomer = Int32Array.from({ length: n }, (_, k) => k).sort((a, b) => {
    const ca = customerOfExample[a] as number;
    const cb = customerOfExample[b] as number;
    if (ca !== cb) return ca - cb;
    const da = issueDay[rows[a] as number] as number;
    const db = issueDay[rows[b] as number] as number;
    return da !== db ? da - db : a - b;
  });
  const x = createMatrix(n, FEATURE_COUNT);
  const late = new Float64Array(n);
  const daysToSettle = new Float64Array(n);
  const termsDays = new Float64Array(n);
  const paid = new Uint8Array(n);
  const state = new CustomerState(index, priors);
  const scales = new Map<string, number>();
  const target = { openPosition: -1, amountMinor: 0, minorScale: 1, issueDay: 0, dueDay: 0, delivery: 0 };
  let current = -1;
  for (const k of byCustomer) {
    const row = rows[k] as number;
    const customer = customerOfExample[k] as number;
    if (customer !== current) {
      state.reset(customer);
      current = customer;
    }
    state.advanceTo((issueDay[row] as number) - 1);
    // Not yet issued as of the day before its issue, so never among the open invoices to leave out.
    target.openPosition = -1;
    target.amountMinor = totalMinor[row] as number;
    target.minorScale = minorScaleOf(scales, currencies[row] as string);
    target.issueDay = issueDay[row] as number;
    target.dueDay = dueDay[row] as number;
    target.delivery = delivery[row] as number;
    state.write(target, x.values, k * FEATURE_COUNT);
    const settled = settledDay[row] as number;
    late[k] = settled > (dueDay[row] as number) || writtenOff[row] === 1 ? 1 : 0;
    daysToSettle[k] = settled - (issueDay[row] as number);
    termsDays[k] = (dueDay[row] as number) - (issueDay[row] as number);
    paid[k] = writtenOff[row] === 1 ? 0 : 1;
  }
  return { x, late, daysToSettle, termsDays, paid };
}
