import type { PaymentPredictionColumns } from '../model/predict-open-payments';
import type { CompiledPaymentModel } from './compiled-model';
import type { ReplayIndex } from './history-index';
import {
  DAYS_LATE,
  DAYS_TO_SETTLE,
  EXPECTED_DAY,
  emptyEstimate,
  FROM_DAY,
  PaymentEstimator,
  PROBABILITY_LATE,
  TO_DAY,
} from './payment-estimate';
import { predictOpenRows } from './predict-open-rows';
import { sharedFloat64Array, sharedInt32Array } from './shared-arrays';

/**
 * The number columns of `predictOpenPayments`, plus each invoice's position in the history's issue order
 * (from which its id and customer are read). Customer ranges write their rows into one set at offsets.
 */
export type OpenColumns = Pick<
  PaymentPredictionColumns,
  | 'probabilityLate'
  | 'expectedDaysToSettle'
  | 'expectedDaysLate'
  | 'expectedPaymentDay'
  | 'intervalFromDay'
  | 'intervalToDay'
> & { readonly positions: Int32Array };

/** Columns for `count` invoices, on shared memory when worker threads are to write them. */
export function openColumns(count: number, shared: boolean): OpenColumns {
  const floats = () => (shared ? sharedFloat64Array(count) : new Float64Array(count));
  const ints = () => (shared ? sharedInt32Array(count) : new Int32Array(count));
  return {
    positions: ints(),
    probabilityLate: floats(),
    expectedDaysToSettle: floats(),
    expectedDaysLate: floats(),
    expectedPaymentDay: ints(),
    intervalFromDay: ints(),
    intervalToDay: ints(),
  };
}

/**
 * Predicts the invoices of customers `from` to `to` (exclusive) open at the end of `asOf` into `out`, from
 * entry `offset` on (`count` entries: `countOpenRows` of the range).
 */
export function predictOpenRange(
  index: ReplayIndex,
  compiled: CompiledPaymentModel,
  asOf: number,
  level: number,
  range: { readonly from: number; readonly to: number; readonly offset: number; readonly count: number },
  out: OpenColumns,
): void {
  const { day: issueDay, dueDay } = index.issued;
  const {
    positions,
    probabilityLate,
    expectedDaysToSettle,
    expectedDaysLate,
    expectedPaymentDay,
    intervalFromDay,
    intervalToDay,
  } = out;
  const estimator = new PaymentEstimator(compiled.model.residuals, asOf, level);
  const estimate = emptyEstimate();
  let at = range.offset;
  predictOpenRows(index, compiled, asOf, range, range.count, (chunk) => {
    for (let k = 0; k < chunk.count; k++) {
      const position = chunk.positions[k] as number;
      estimator.estimate(
        chunk.probabilities[k] as number,
        chunk.days[k] as number,
        issueDay[position] as number,
        dueDay[position] as number,
        estimate,
      );
      positions[at] = position;
      probabilityLate[at] = estimate[PROBABILITY_LATE] as number;
      expectedDaysToSettle[at] = estimate[DAYS_TO_SETTLE] as number;
      expectedDaysLate[at] = estimate[DAYS_LATE] as number;
      expectedPaymentDay[at] = estimate[EXPECTED_DAY] as number;
      intervalFromDay[at] = estimate[FROM_DAY] as number;
      intervalToDay[at] = estimate[TO_DAY] as number;
      at++;
    }
  });
}
