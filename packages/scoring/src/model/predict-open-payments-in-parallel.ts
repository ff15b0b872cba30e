import { assertKnownFields, InvalidArgumentError, parseCivilDate, tryDayNumber } from '@overdue/core';
import { compilePaymentModel } from '../_lib/compiled-model';
import { type HistoryIndex, replayIndexOf } from '../_lib/history-index';
import { openColumnsResult } from '../_lib/open-columns-result';
import { openColumns, predictOpenRange } from '../_lib/predict-open-range';
import { countOpenRows } from '../_lib/predict-open-rows';
import { rangeWorkers, requestId } from '../_lib/range-workers';
import { readIntervalLevel } from '../_lib/read-interval-level';
import type { PaymentHistory } from '../history/prepare-history';
import { historyIndexOf } from '../history/prepare-history';
import type { PaymentModel } from './payment-model';
import type { PaymentPredictionColumns, PredictOpenPaymentsOptions } from './predict-open-payments';

/**
 * Options of {@link predictOpenPaymentsInParallel}.
 *
 * @category Model
 * @example
 * ```ts
 * const options: PredictOpenPaymentsInParallelOptions = { asOf: '2026-03-31', threads: 4 };
 * ```
 */
export interface PredictOpenPaymentsInParallelOptions extends PredictOpenPaymentsOptions {
  /**
   * Threads to use, the calling one included: an integer from 1 (no worker: the same as
   * {@link predictOpenPayments}) to 64. Default: the machine's available parallelism.
   */
  threads?: number;
}

// Every field of the options: `satisfies` stops the list from missing one or naming another.
const OPTION_FIELDS = Object.keys({
  asOf: true,
  intervalLevel: true,
  threads: true,
} satisfies Record<keyof PredictOpenPaymentsInParallelOptions, true>);

/** Customers `from` to `to` (exclusive), whose `count` open invoices go to the result from entry `offset`. */
interface CustomerRange {
  readonly from: number;
  readonly to: number;
  readonly offset: number;
  readonly count: number;
}

const modelKeys = new WeakMap<object, number>();
let nextModelKey = 1;

function readThreads(value: unknown, available: number): number {
  if (value === undefined) return Math.max(1, Math.min(64, available));
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 64) {
    throw new InvalidArgumentError(`expected an integer from 1 to 64, got ${String(value)}`, 'options.threads');
  }
  return value;
}

/**
 * Customer bounds splitting the work in `parts` ranges of about as many history invoices each (replaying
 * a customer costs in proportion to its history).
 */
function splitCustomers(index: HistoryIndex, parts: number): number[] {
  const { issueStart } = index;
  const customers = index.customers.length;
  const total = issueStart[customers] as number;
  const bounds = [0];
  let c = 0;
  for (let part = 1; part < parts; part++) {
    const target = (total * part) / parts;
    while (c < customers && (issueStart[c] as number) < target) c++;
    bounds.push(c);
  }
  bounds.push(customers);
  return bounds;
}

/**
 * {@link predictOpenPayments} on several threads: customers are split into ranges of about equal history,
 * one range is predicted on the calling thread and the others on worker threads (Node.js
 * `worker_threads`, started on first use and kept idle afterwards without holding the process open). The
 * history's columns are on shared memory, so the workers read them in place, and they write their rows
 * straight into the result's number columns (typed arrays on a `SharedArrayBuffer`); nothing is copied
 * between threads but the model. The result is identical,
 * entry for entry, to {@link predictOpenPayments}: the same invoices in the same order with the same figures.
 * Where there are no worker threads (a browser), or with `threads: 1`, it runs on the calling thread.
 *
 * @param model - A model from {@link trainPaymentModel}, or one loaded from JSON.
 * @param history - The payment history, prepared once with {@link preparePaymentHistory}.
 * @param options - `asOf`, the interval level, and the number of threads.
 * @returns A promise of one entry per open invoice in each column.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming a bad option or model field, or an
 * option field it does not know (a misspelt key such as `options.thread`); the promise rejects, before any worker
 * is started.
 * @category Model
 * @example
 * ```ts
 * const history = preparePaymentHistory(ledger);
 * const columns = await predictOpenPaymentsInParallel(model, history, { asOf: '2026-03-31' });
 * columns.count;
 * // depends on the data, for example 1000000
 * ```
 */
export async function predictOpenPaymentsInParallel(
  model: PaymentModel,
  history: PaymentHistory,
  options: PredictOpenPaymentsInParallelOptions,
): Promise<PaymentPredictionColumns> {
  // No options at all is reported as the missing asOf.
  if (options !== undefined) assertKnownFields(options, OPTION_FIELDS, 'options');
  const compiled = compilePaymentModel(model);
  const asOf = tryDayNumber(parseCivilDate(options?.asOf, 'options.asOf'));
  const level = readIntervalLevel(options.intervalLevel);
  const os = await import('node:os').catch(() => undefined);
  const threads = readThreads(options.threads, os?.availableParallelism?.() ?? 1);
  const index = historyIndexOf(history);
  const customers = index.customers.length;
  let workers: Awaited<ReturnType<typeof rangeWorkers>> = [];
  if (threads > 1 && customers > 1) workers = await rangeWorkers(threads - 1).catch(() => []);
  // Each range writes its rows into one set of result columns, at the offset of its first customer.
  const bounds = splitCustomers(index, workers.length + 1);
  const ranges: CustomerRange[] = [];
  let total = 0;
  for (let part = 0; part + 1 < bounds.length; part++) {
    const from = bounds[part] as number;
    const to = bounds[part + 1] as number;
    const count = countOpenRows(index, asOf, from, to);
    ranges.push({ from, to, offset: total, count });
    total += count;
  }
  const columns = openColumns(total, workers.length > 0);
  let modelKey = modelKeys.get(model as object);
  if (modelKey === undefined) {
    modelKey = nextModelKey++;
    modelKeys.set(model as object, modelKey);
  }
  const replay = replayIndexOf(index);
  const pending = workers.map((worker, w) =>
    worker.request({
      id: requestId(),
      modelKey,
      model: compiled.model,
      index: replay,
      asOf,
      level,
      ...(ranges[w + 1] as CustomerRange),
      out: columns,
    }),
  );
  // The calling thread takes the first range while the workers do the others.
  predictOpenRange(index, compiled, asOf, level, ranges[0] as CustomerRange, columns);
  await Promise.all(pending);
  return openColumnsResult(index, columns, total, level);
}
