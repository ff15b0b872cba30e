import type { CivilDate } from '@overdue/core';
import { allocateMoney, assertKnownFields, InvalidArgumentError, parseCivilDate, tryDayNumber } from '@overdue/core';
import { compilePaymentModel } from '../_lib/compiled-model';
import { DayLabels } from '../_lib/day-labels';
import { normalQuantile } from '../_lib/normal-quantile';
import { predictRows } from '../_lib/predict-rows';
import type { TargetRow } from '../_lib/read-target';
import { readTarget } from '../_lib/read-target';
import { bandOf, SettleDistribution, type SettleShape, settleShapes } from '../_lib/settle-distribution';
import type { PaymentHistory } from '../history/prepare-history';
import { historyIndexOf } from '../history/prepare-history';
import type { PaymentModel } from '../model/payment-model';
import type { PaymentPredictionInput } from '../model/payment-prediction-input';

/**
 * An open invoice to forecast: a {@link PaymentPredictionInput} with the amount still open.
 *
 * @category Forecast
 * @example
 * ```ts
 * const item: ForecastInvoiceInput = {
 *   invoiceId: 'INV-9', customerId: 'C1', currency: 'EUR', issueDate: '2026-03-01', dueDate: '2026-03-31',
 *   totalMinor: 120000, openMinor: 50000,
 * };
 * ```
 */
export interface ForecastInvoiceInput extends PaymentPredictionInput {
  /** What is still open, in integer minor units, from 1 to `totalMinor`. Optional; default `totalMinor`. */
  openMinor?: number;
}

/**
 * Options of {@link forecastCollections}.
 *
 * @category Forecast
 * @example
 * ```ts
 * const options: ForecastCollectionsOptions = { asOf: '2026-03-31', horizonWeeks: 8 };
 * ```
 */
export interface ForecastCollectionsOptions {
  /** The forecast starts the day after this one; invoices are taken as open at its end. Required. */
  asOf: CivilDate;
  /** Number of weeks, 1 to 104. Default 13. */
  horizonWeeks?: number;
  /** Probability the interval of a week is meant to cover, more than 0 and less than 1. Default 0.8. */
  intervalLevel?: number;
}

// Every field of the options: `satisfies` stops the list from missing one or naming another.
const OPTION_FIELDS = Object.keys({
  asOf: true,
  horizonWeeks: true,
  intervalLevel: true,
} satisfies Record<keyof ForecastCollectionsOptions, true>);

/**
 * Expected cash in one week, in one currency.
 *
 * @category Forecast
 * @example
 * ```ts
 * const week: ForecastWeek = { from: '2026-04-01', to: '2026-04-07', expectedMinor: 120000, lowMinor: 80000, highMinor: 160000 };
 * ```
 */
export interface ForecastWeek {
  /** First day of the week (the day after `asOf` for the first week). */
  from: CivilDate;
  /** Last day of the week. */
  to: CivilDate;
  /** Expected cash in, integer minor units. */
  expectedMinor: number;
  /** Lower end of the interval, integer minor units, zero or more. */
  lowMinor: number;
  /** Upper end of the interval, integer minor units. */
  highMinor: number;
}

/**
 * The forecast of one currency.
 *
 * @category Forecast
 * @example
 * ```ts
 * const [eur] = forecastCollections(open, model, ledger, { asOf: '2026-03-31' });
 * eur.weeks[0].expectedMinor;
 * // depends on the data, for example 1250000
 * ```
 */
export interface CurrencyForecast {
  /** ISO 4217 code of every amount in it. */
  currency: string;
  /** Everything open at `asOf`, integer minor units. */
  openMinor: number;
  /** One entry per week of the horizon. */
  weeks: ForecastWeek[];
  /** Expected after the horizon; with the weeks it adds up exactly to `openMinor`. */
  laterMinor: number;
}

/**
 * Forecasts the cash each week will bring in from the open invoices, per currency. Each invoice's payment
 * date follows the model's distribution of days to settle (estimate plus out-of-sample errors), conditioned
 * on the invoice still being open at `asOf`; its open amount is spread over the weeks by those
 * probabilities. Expected amounts are rounded so that the weeks and `laterMinor` add up exactly to what is
 * open. The interval of a week is the expectation plus or minus z standard deviations (normal
 * approximation), where a customer's invoices are taken to be paid together (fully correlated) and
 * customers independently; it is cut at zero.
 *
 * @param openInvoices - The open invoices (`openBalancesAsOf(...).items` fit as they are).
 * @param model - A trained {@link PaymentModel}.
 * @param history - The payment history, raw or prepared.
 * @param options - `asOf`, `horizonWeeks`, `intervalLevel`.
 * @returns One forecast per currency, in order of first appearance.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming a bad invoice field or option, or
 * an option field it does not know (a misspelt key such as `options.horizonWeek`).
 * @category Forecast
 * @example
 * ```ts
 * const open = openBalancesAsOf(ledger, { asOf: '2026-03-31' }).items;
 * const [usd] = forecastCollections(open, model, ledger, { asOf: '2026-03-31', horizonWeeks: 4 });
 * usd.weeks.map((week) => week.expectedMinor);
 * // depends on the data, for example [812000, 655000, 402000, 301000]
 * ```
 */
export function forecastCollections(
  openInvoices: readonly ForecastInvoiceInput[],
  model: PaymentModel,
  history: PaymentHistory,
  options: ForecastCollectionsOptions,
): CurrencyForecast[] {
  assertKnownFields(options, OPTION_FIELDS, 'options');
  const compiled = compilePaymentModel(model);
  if (!Array.isArray(openInvoices))
    throw new InvalidArgumentError(`expected an array, got ${typeof openInvoices}`, 'openInvoices');
  const asOf = tryDayNumber(parseCivilDate(options?.asOf, 'options.asOf'));
  const weeks = options.horizonWeeks ?? 13;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 104)
    throw new InvalidArgumentError(`expected an integer from 1 to 104, got ${String(weeks)}`, 'options.horizonWeeks');
  const level = options.intervalLevel ?? 0.8;
  if (typeof level !== 'number' || !(level > 0 && level < 1))
    throw new InvalidArgumentError(`expected a number between 0 and 1, got ${String(level)}`, 'options.intervalLevel');
  const z = normalQuantile((1 + level) / 2);
  const targets: TargetRow[] = [];
  const open: number[] = [];
  for (let k = 0; k < openInvoices.length; k++) {
    const target = readTarget(openInvoices[k], k, 'openInvoices');
    const openMinor = (openInvoices[k] as ForecastInvoiceInput).openMinor ?? target.totalMinor;
    if (!Number.isSafeInteger(openMinor) || openMinor < 1 || openMinor > target.totalMinor) {
      throw new InvalidArgumentError(
        `expected an integer number of minor units from 1 to totalMinor (${target.totalMinor}), got ${String(openMinor)}`,
        `openInvoices[${k}].openMinor`,
      );
    }
    if (target.issueDay > asOf)
      throw new InvalidArgumentError(`issued after asOf, so it cannot be open at asOf`, `openInvoices[${k}].issueDate`);
    targets.push(target);
    open.push(openMinor);
  }

  interface Accumulator {
    currency: string;
    openMinor: number;
    expected: Float64Array;
    variance: Float64Array;
    /** Per customer, the running sum of amount × standard deviation per week (fully correlated invoices). */
    spread: Map<string, Float64Array>;
  }
  const byCurrency = new Map<string, Accumulator>();
  const distribution = new SettleDistribution();
  const { residuals } = compiled.model;
  const shapes = settleShapes(residuals.quantiles);
  predictRows(historyIndexOf(history), compiled, targets, asOf, (chunk) => {
    for (let k = 0; k < chunk.count; k++) {
      const position = chunk.positions[k] as number;
      const target = targets[position] as TargetRow;
      const amount = open[position] as number;
      let bucket = byCurrency.get(target.currency);
      if (bucket === undefined) {
        bucket = {
          currency: target.currency,
          openMinor: 0,
          expected: new Float64Array(weeks + 1),
          variance: new Float64Array(weeks + 1),
          spread: new Map(),
        };
        byCurrency.set(target.currency, bucket);
      }
      bucket.openMinor += amount;
      let spread = bucket.spread.get(target.customerId);
      if (spread === undefined) {
        spread = new Float64Array(weeks);
        bucket.spread.set(target.customerId, spread);
      }
      const age = asOf - target.issueDay;
      distribution.set(
        chunk.days[k] as number,
        shapes[bandOf(residuals.bandEdges, chunk.probabilities[k] as number)] as SettleShape,
        age,
      );
      let before = 0;
      for (let w = 0; w < weeks; w++) {
        const by = distribution.cdf(age + 7 * (w + 1));
        const p = by - before;
        before = by;
        bucket.expected[w] = (bucket.expected[w] as number) + amount * p;
        spread[w] = (spread[w] as number) + amount * Math.sqrt(p * (1 - p));
      }
      bucket.expected[weeks] = (bucket.expected[weeks] as number) + amount * (1 - before);
    }
  });

  const labels = new DayLabels();
  const result: CurrencyForecast[] = [];
  for (const bucket of byCurrency.values()) {
    for (const spread of bucket.spread.values()) {
      for (let w = 0; w < weeks; w++) bucket.variance[w] = (bucket.variance[w] as number) + (spread[w] as number) ** 2;
    }
    // Whole minor units that add up exactly to what is open (largest remainder).
    const parts = allocateMoney(
      { currency: bucket.currency, minor: bucket.openMinor },
      Array.from(bucket.expected, (value) => Math.max(0, value)),
    );
    const forecastWeeks: ForecastWeek[] = [];
    for (let w = 0; w < weeks; w++) {
      const expectedMinor = (parts[w] as { minor: number }).minor;
      const sd = Math.sqrt(bucket.variance[w] as number);
      forecastWeeks.push({
        from: labels.of(asOf + 7 * w + 1),
        to: labels.of(asOf + 7 * (w + 1)),
        expectedMinor,
        lowMinor: Math.max(0, Math.floor(expectedMinor - z * sd)),
        highMinor: Math.min(bucket.openMinor, Math.ceil(expectedMinor + z * sd)),
      });
    }
    result.push({
      currency: bucket.currency,
      openMinor: bucket.openMinor,
      weeks: forecastWeeks,
      laterMinor: (parts[weeks] as { minor: number }).minor,
    });
  }
  return result;
}
