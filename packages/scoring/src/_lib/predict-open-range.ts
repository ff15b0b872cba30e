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
import { countOpenRows, predictOpenRows } from './predict-open-rows';

/**
 * The numeric columns of `predictOpenPayments` for a range of customers, plus each invoice's position in
 * the history's issue order (from which the caller reads its id and customer).
 */
export interface OpenRangeColumns {
  readonly count: number;
  readonly positions: Int32Array;
  readonly probabilityLate: Float64Array;
  readonly expectedDaysToSettle: Float64Array;
  readonly expectedDaysLate: Float64Array;
  readonly expectedPaymentDay: Int32Array;
  readonly intervalFromDay: Int32Array;
  readonly intervalToDay: Int32Array;
}

/** Predicts the invoices of customers `from` to `to` (exclusive) open at the end of `asOf`, into columns. */
export function predictOpenRange(
  index: ReplayIndex,
  compiled: CompiledPaymentModel,
  asOf: number,
  level: number,
  from: number,
  to: number,
): OpenRangeColumns {
  const count = countOpenRows(index, asOf, from, to);
  const { day: issueDay, dueDay } = index.issued;
  const positions = new Int32Array(count);
  const probabilityLate = new Float64Array(count);
  const expectedDaysToSettle = new Float64Array(count);
  const expectedDaysLate = new Float64Array(count);
  const expectedPaymentDay = new Int32Array(count);
  const intervalFromDay = new Int32Array(count);
  const intervalToDay = new Int32Array(count);
  const estimator = new PaymentEstimator(compiled.model.residuals, asOf, level);
  const estimate = emptyEstimate();
  let at = 0;
  predictOpenRows(index, compiled, asOf, { from, to }, count, (chunk) => {
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
  return {
    count,
    positions,
    probabilityLate,
    expectedDaysToSettle,
    expectedDaysLate,
    expectedPaymentDay,
    intervalFromDay,
    intervalToDay,
  };
}
