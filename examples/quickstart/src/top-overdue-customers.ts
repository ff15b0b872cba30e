import type { ExchangeRates } from '@overdue/core';
import { convertMoney } from '@overdue/core';
import type { AgingReport, AgingRow } from '@overdue/receivables';

/** An aging row with the customer's name and how much of it is past due. */
export interface OverdueCustomer extends AgingRow {
  /** The customer's name, or its id when the ledger has no name for it. */
  name: string;
  /** Everything outside the `current` bucket, minor units of `currency`. */
  overdueMinor: number;
}

/** Options of {@link topOverdueCustomers}. */
export interface TopOverdueCustomersOptions {
  /** Customer names by id. */
  names: ReadonlyMap<string, string>;
  /** How many rows to keep. Default: 15. */
  limit?: number;
  /** Rates used only to rank customers in different currencies against each other. Default: none (rank by minor units). */
  rates?: ExchangeRates;
}

/** The open amount past due in a row: everything but the `current` bucket. */
export function overdueMinorOf(
  report: AgingReport,
  row: { bucketsMinor: readonly number[]; totalMinor: number },
): number {
  const current = report.buckets.findIndex((bucket) => bucket.key === 'current');
  return current === -1 ? row.totalMinor : row.totalMinor - (row.bucketsMinor[current] ?? 0);
}

/**
 * The customers with the most money past due, largest first (ties by customer id), with their names.
 * Customers in different currencies are ranked by their overdue amount converted with `rates`.
 *
 * @example
 * ```ts
 * topOverdueCustomers(report, { names: new Map([['C1', 'Acme']]), limit: 5 })[0]?.name;
 * //=> 'Acme'
 * ```
 */
export function topOverdueCustomers(report: AgingReport, options: TopOverdueCustomersOptions): OverdueCustomer[] {
  const { rates } = options;
  const rankOf = (customer: OverdueCustomer) =>
    rates === undefined
      ? customer.overdueMinor
      : convertMoney({ currency: customer.currency, minor: customer.overdueMinor }, rates.base, rates).minor;
  return report.rows
    .map((row) => ({
      ...row,
      name: options.names.get(row.customerId) ?? row.customerId,
      overdueMinor: overdueMinorOf(report, row),
    }))
    .filter((customer) => customer.overdueMinor > 0)
    .map((customer) => ({ customer, rank: rankOf(customer) }))
    .sort((a, b) => b.rank - a.rank || (a.customer.customerId < b.customer.customerId ? -1 : 1))
    .slice(0, options.limit ?? 15)
    .map(({ customer }) => customer);
}
