import type { CivilDate } from '@overdue/core';
import type { LedgerWarning } from '../open-balances/ledger-warning';
import type { AgingBasis, AgingBucket } from './aging-buckets';

/**
 * One customer's open receivables in one currency, by aging bucket. All amounts are integer minor units of
 * `currency`; `bucketsMinor` lines up with the report's `buckets` and always sums exactly to `totalMinor`.
 *
 * @category Aging
 * @example
 * ```ts
 * const row: AgingRow = {
 *   customerId: 'C1', currency: 'EUR', bucketsMinor: [5000, 2000, 0, 0, 0, 0],
 *   totalMinor: 7000, overdueMinor: 2000, unappliedMinor: 1000, netMinor: 6000, itemCount: 2,
 * };
 * ```
 */
export interface AgingRow {
  /** The customer. */
  customerId: string;
  /** The customer's name, when the ledger lists the customer (ledger input only). */
  customerName?: string;
  /** ISO 4217 code of every amount in the row. */
  currency: string;
  /** Open amount per bucket. */
  bucketsMinor: number[];
  /** Open invoices in all buckets. */
  totalMinor: number;
  /** The past-due part of `totalMinor` (every bucket but `current`); `null` on the issue-date basis. */
  overdueMinor: number | null;
  /** Cash and credits received but not applied, shown beside the buckets, never netted into them. */
  unappliedMinor: number;
  /** `totalMinor - unappliedMinor`: what the customer owes net. */
  netMinor: number;
  /** How many open items the row holds. */
  itemCount: number;
}

/**
 * The totals of an aging report for one currency (or, as `reporting`, converted to one currency).
 *
 * @category Aging
 * @example
 * ```ts
 * const total: AgingTotal = {
 *   currency: 'EUR', bucketsMinor: [5000, 2000, 0, 0, 0, 0], totalMinor: 7000, overdueMinor: 2000,
 *   unappliedMinor: 0, netMinor: 7000, itemCount: 2, customerCount: 1,
 * };
 * ```
 */
export interface AgingTotal {
  /** ISO 4217 code. */
  currency: string;
  /** Open amount per bucket, minor units. */
  bucketsMinor: number[];
  /** Sum of the buckets. */
  totalMinor: number;
  /** The past-due part of `totalMinor`; `null` on the issue-date basis. */
  overdueMinor: number | null;
  /** Unapplied cash and credits. */
  unappliedMinor: number;
  /** `totalMinor - unappliedMinor`. */
  netMinor: number;
  /** Open items counted. */
  itemCount: number;
  /** Rows (customer and currency pairs) counted; in `reporting`, a customer with two currencies counts twice. */
  customerCount: number;
}

/**
 * An aged receivables report.
 *
 * @category Aging
 * @example
 * ```ts
 * const report: AgingReport = ageReceivables([], { asOf: '2026-02-28' });
 * report.buckets.map((bucket) => bucket.key);
 * //=> ['current', '1-30', '31-60', '61-90', '91-120', '121+']
 * ```
 */
export interface AgingReport {
  /** The day whose end the report describes. */
  asOf: CivilDate;
  /** Whether ages count from the due date or the issue date. */
  basis: AgingBasis;
  /** The columns, in order. */
  buckets: AgingBucket[];
  /** One row per customer and currency, in order of first appearance (empty with `includeRows: false`). */
  rows: AgingRow[];
  /** One total per currency, in order of first appearance. */
  totals: AgingTotal[];
  /** All currencies converted with `rates` into one, when rates were given. */
  reporting?: AgingTotal;
  /** Invoices or open items issued after `asOf`, which are not receivables yet and were left out. */
  notYetIssuedCount: number;
  /** How an incomplete ledger was interpreted (ledger input only). */
  warnings: LedgerWarning[];
}
