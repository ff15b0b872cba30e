import type { CivilDate } from '@overdue/core';
import { assertKnownFields, parseCivilDate, tryDayNumber } from '@overdue/core';
import { compilePaymentModel } from '../_lib/compiled-model';
import { openColumnsResult } from '../_lib/open-columns-result';
import { openColumns, predictOpenRange } from '../_lib/predict-open-range';
import { countOpenRows } from '../_lib/predict-open-rows';
import { readIntervalLevel } from '../_lib/read-interval-level';
import type { PaymentHistory } from '../history/prepare-history';
import { historyIndexOf } from '../history/prepare-history';
import type { PaymentModel } from './payment-model';

/**
 * Options of {@link predictOpenPayments}.
 *
 * @category Model
 * @example
 * ```ts
 * const options: PredictOpenPaymentsOptions = { asOf: '2026-03-31', intervalLevel: 0.8 };
 * ```
 */
export interface PredictOpenPaymentsOptions {
  /** The day whose end the history is read at; the invoices open then are predicted. Required. */
  asOf: CivilDate;
  /** Probability that the payment date falls in the interval, more than 0 and less than 1. Default 0.8. */
  intervalLevel?: number;
}

// Every field of the options: `satisfies` stops the list from missing one or naming another.
const OPTION_FIELDS = Object.keys({
  asOf: true,
  intervalLevel: true,
} satisfies Record<keyof PredictOpenPaymentsOptions, true>);

/**
 * The predictions of every invoice open at `asOf`, one entry per invoice in each column (typed arrays, no
 * object per invoice). Entry `k` of every column belongs to invoice `invoiceIds[k]`. Days are day numbers
 * (days since 1970-01-01); `dayNumberToCivilDate` of `@overdue/core` turns one into `YYYY-MM-DD`.
 *
 * @category Model
 * @example
 * ```ts
 * const columns: PaymentPredictionColumns = predictOpenPayments(model, history, { asOf: '2026-03-31' });
 * dayNumberToCivilDate(columns.expectedPaymentDay[0]);
 * // depends on the data, for example '2026-04-12'
 * ```
 */
export interface PaymentPredictionColumns {
  /** How many invoices are open at `asOf`. */
  readonly count: number;
  /** The open invoices, customer by customer (in the order customers first appear in the ledger), each customer's in issue order. */
  readonly invoiceIds: readonly string[];
  /** The customer of each invoice. */
  readonly customerIds: readonly string[];
  /** Probability of being settled after the due date; 1 when already open past its due date. */
  readonly probabilityLate: Float64Array;
  /** Median estimate of days from issue to settlement, given it was still open at `asOf`. */
  readonly expectedDaysToSettle: Float64Array;
  /** Expected days late (0 when paid on time), given it was still open at `asOf`. */
  readonly expectedDaysLate: Float64Array;
  /** Issue day plus the median days to settle, rounded, at the earliest the day after `asOf`. */
  readonly expectedPaymentDay: Int32Array;
  /** First day of the payment interval. */
  readonly intervalFromDay: Int32Array;
  /** Last day of the payment interval. */
  readonly intervalToDay: Int32Array;
  /** The probability the intervals are meant to cover, `options.intervalLevel`. */
  readonly level: number;
}

/**
 * Predicts every invoice of a history that is open at the end of `asOf` (issued by then, not yet settled,
 * with a non-zero total), in columns: the nightly run over a whole ledger. The figures are exactly those
 * {@link predictPayments} gives for the same invoices with `reasons: 0`; what it saves is reading,
 * validating and matching a list of invoices, and building an object, two dates and an interval per
 * invoice. For the reasons of a few invoices, call {@link predictPayments} on those.
 *
 * @param model - A model from {@link trainPaymentModel}, or one loaded from JSON (checked on first use).
 * @param history - The payment history, raw or prepared (prepare it once with {@link preparePaymentHistory}).
 * @param options - `asOf` and the interval level.
 * @returns One entry per open invoice in each column.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming a bad option or model field, or an
 * option field it does not know (a misspelt key such as `options.intervalLevl`).
 * @category Model
 * @example
 * ```ts
 * const history = preparePaymentHistory(ledger);
 * const columns = predictOpenPayments(model, history, { asOf: '2026-03-31' });
 * let atRisk = 0;
 * for (let k = 0; k < columns.count; k++) if (columns.probabilityLate[k] > 0.5) atRisk++;
 * atRisk;
 * // depends on the data, for example 1234
 * ```
 */
export function predictOpenPayments(
  model: PaymentModel,
  history: PaymentHistory,
  options: PredictOpenPaymentsOptions,
): PaymentPredictionColumns {
  // No options at all is reported as the missing asOf.
  if (options !== undefined) assertKnownFields(options, OPTION_FIELDS, 'options');
  const compiled = compilePaymentModel(model);
  const asOf = tryDayNumber(parseCivilDate(options?.asOf, 'options.asOf'));
  const level = readIntervalLevel(options.intervalLevel);
  const index = historyIndexOf(history);
  const to = index.customers.length;
  const count = countOpenRows(index, asOf, 0, to);
  const columns = openColumns(count, false);
  predictOpenRange(index, compiled, asOf, level, { from: 0, to, offset: 0, count }, columns);
  return openColumnsResult(index, columns, count, level);
}
