import type { CivilDate } from '@overdue/core';
import { assertKnownFields, InvalidArgumentError, parseCivilDate, tryDayNumber } from '@overdue/core';
import { CustomerState, FEATURE_COUNT, type Priors } from '../_lib/customer-state';
import type { HistoryIndex } from '../_lib/history-index';
import { exampleRows, priorsOf } from '../_lib/training-rows';
import type { PaymentHistory } from '../history/prepare-history';
import { historyIndexOf } from '../history/prepare-history';
import type { PaymentFeatureName } from './feature-catalog';
import { PAYMENT_FEATURES } from './feature-catalog';

/**
 * Options of {@link payerFeatures}.
 *
 * @category Features
 * @example
 * ```ts
 * const options: PayerFeaturesOptions = { asOf: '2026-03-31', customerIds: ['C1'] };
 * ```
 */
export interface PayerFeaturesOptions {
  /** Features use what was known at the end of this day. Required. */
  asOf: CivilDate;
  /** The customers wanted. Default: every customer with an invoice issued on or before `asOf`. */
  customerIds?: readonly string[];
}

// Every field of the options: `satisfies` stops the list from missing one or naming another.
const OPTION_FIELDS = Object.keys({ asOf: true, customerIds: true } satisfies Record<keyof PayerFeaturesOptions, true>);

/**
 * The payer-level features of one customer as of a day.
 *
 * @category Features
 * @example
 * ```ts
 * const [payer] = payerFeatures(ledger, { asOf: '2026-03-31' });
 * payer.features['late-share'];
 * // depends on the data, for example 0.42
 * ```
 */
export interface PayerFeatures {
  /** The customer. */
  customerId: string;
  /** Every payer-scope feature of {@link PAYMENT_FEATURES} by name. */
  features: Partial<Record<PaymentFeatureName, number>>;
}

/**
 * Computes the payer features of {@link PAYMENT_FEATURES} for each customer from what was known at the end
 * of `asOf`: a payment, invoice or event dated later never changes them. Shares and means are shrunk
 * towards the portfolio's figures over invoices settled by `asOf`.
 *
 * @param history - The payment history, raw or prepared.
 * @param options - `asOf` and optionally the customers wanted.
 * @returns One entry per customer, in the order of `customerIds` or of first appearance in the ledger.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} for a bad `asOf` or customer id, or an
 * option field it does not know (a misspelt key such as `options.customerId`).
 * @category Features
 * @example
 * ```ts
 * payerFeatures(ledger, { asOf: '2026-03-31', customerIds: ['C1'] })[0].features['open-overdue-invoices'];
 * // depends on the data, for example 2
 * ```
 */
export function payerFeatures(history: PaymentHistory, options: PayerFeaturesOptions): PayerFeatures[] {
  // No options at all is reported as the missing asOf.
  if (options !== undefined) assertKnownFields(options, OPTION_FIELDS, 'options');
  const index = historyIndexOf(history);
  const asOf = tryDayNumber(parseCivilDate(options?.asOf, 'options.asOf'));
  const priors = portfolioPriors(index, asOf);
  const values = new Float64Array(FEATURE_COUNT);
  const result: PayerFeatures[] = [];
  forEachPayer(index, priors, asOf, options.customerIds, (customerId, state) => {
    writePayerRow(state, values);
    const features: Partial<Record<PaymentFeatureName, number>> = {};
    for (let f = 0; f < FEATURE_COUNT; f++) {
      const feature = PAYMENT_FEATURES[f] as { name: PaymentFeatureName; scope: string };
      if (feature.scope === 'payer') features[feature.name] = values[f] as number;
    }
    result.push({ customerId, features });
  });
  return result;
}

/** Portfolio averages over the invoices settled by `asOf`. */
export function portfolioPriors(index: HistoryIndex, asOf: number): Priors {
  const rows = exampleRows(index, { fromDay: -Infinity, toDay: Infinity }).filter(
    (row) => (index.settlements.settledDay[row] as number) <= asOf,
  );
  return priorsOf(index, rows);
}

/** Calls `visit` with each wanted customer's state advanced to `asOf`. */
export function forEachPayer(
  index: HistoryIndex,
  priors: Priors,
  asOf: number,
  customerIds: readonly string[] | undefined,
  visit: (customerId: string, state: CustomerState) => void,
): void {
  const state = new CustomerState(index, priors);
  if (customerIds !== undefined) {
    if (!Array.isArray(customerIds))
      throw new InvalidArgumentError(`expected an array of ids, got ${typeof customerIds}`, 'options.customerIds');
    for (const [k, id] of customerIds.entries()) {
      if (typeof id !== 'string' || id === '')
        throw new InvalidArgumentError(
          `expected a non-empty id, got ${JSON.stringify(id)}`,
          `options.customerIds[${k}]`,
        );
      state.reset(index.customerOf.get(id) ?? -1);
      state.advanceTo(asOf);
      visit(id, state);
    }
    return;
  }
  const { issueStart, issueOrder } = index;
  for (let c = 0; c < index.customers.length; c++) {
    const first = issueOrder[issueStart[c] as number] as number;
    if ((index.settlements.issueDay[first] as number) > asOf) continue;
    state.reset(c);
    state.advanceTo(asOf);
    visit(index.customers[c] as string, state);
  }
}

/** Writes a feature row for a notional invoice issued the day after `asOf` (only payer features matter). */
export function writePayerRow(state: CustomerState, out: Float64Array): void {
  state.write(
    { openPosition: -1, amountMinor: 0, minorScale: 1, issueDay: state.asOf + 1, dueDay: state.asOf + 31, delivery: 0 },
    out,
    0,
  );
}
