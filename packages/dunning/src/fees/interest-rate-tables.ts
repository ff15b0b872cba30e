import type { CivilDate } from '@overdue/core';

/**
 * One row of a reference-rate table: the annual rate in percent in force from `from` (inclusive) until the
 * next row's `from`. The last row stays in force after its date. Rows must be in strictly increasing date
 * order.
 *
 * @category Fees and interest
 * @example
 * ```ts
 * const entry: InterestRateEntry = { from: '2025-06-11', ratePercent: '2.15' };
 * ```
 */
export interface InterestRateEntry {
  /** The first day the rate is in force, civil date `YYYY-MM-DD`. */
  readonly from: CivilDate;
  /** The annual rate in percent, zero or more: a decimal string (`'2.15'`) or a finite number (`2.15`). */
  readonly ratePercent: string | number;
}

/**
 * The European Central Bank's rate on its main refinancing operations (the "reference rate" of Directive
 * 2011/7/EU for the euro area, and of the French Code de commerce, article L441-10), each row from the day
 * the new rate applied (the settlement of the first operation after the Governing Council's decision),
 * 16 March 2016 to the end of 2025.
 *
 * Source: ECB, "Key ECB interest rates" (https://www.ecb.europa.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/html/index.en.html).
 * The rows were written from that history and checked against press reports up to the Governing Council
 * meeting of 18 December 2025, which left the rate at 2.15%. Decisions after that date are NOT in the
 * table: check the ECB page and pass your own table in `options.rates` (a copy of this one with more rows)
 * when the rate has changed. Member states outside the euro area use their own central bank's rate: pass
 * that table instead.
 *
 * @category Fees and interest
 * @example
 * ```ts
 * ECB_MAIN_REFINANCING_RATES.at(-1);
 * //=> { from: '2025-06-11', ratePercent: '2.15' }
 * ```
 */
export const ECB_MAIN_REFINANCING_RATES: readonly InterestRateEntry[] = Object.freeze([
  { from: '2016-03-16', ratePercent: '0.00' },
  { from: '2022-07-27', ratePercent: '0.50' },
  { from: '2022-09-14', ratePercent: '1.25' },
  { from: '2022-11-02', ratePercent: '2.00' },
  { from: '2022-12-21', ratePercent: '2.50' },
  { from: '2023-02-08', ratePercent: '3.00' },
  { from: '2023-03-22', ratePercent: '3.50' },
  { from: '2023-05-10', ratePercent: '3.75' },
  { from: '2023-06-21', ratePercent: '4.00' },
  { from: '2023-08-02', ratePercent: '4.25' },
  { from: '2023-09-20', ratePercent: '4.50' },
  { from: '2024-06-12', ratePercent: '4.25' },
  { from: '2024-09-18', ratePercent: '3.65' },
  { from: '2024-10-23', ratePercent: '3.40' },
  { from: '2024-12-18', ratePercent: '3.15' },
  { from: '2025-02-05', ratePercent: '2.90' },
  { from: '2025-03-12', ratePercent: '2.65' },
  { from: '2025-04-23', ratePercent: '2.40' },
  { from: '2025-06-11', ratePercent: '2.15' },
]);

/**
 * The Bank of England's Bank Rate (the "official dealing rate" of the Late Payment of Commercial Debts
 * (Rate of Interest) (No. 3) Order 2002), each row from the day of the Monetary Policy Committee's
 * announcement, 2 August 2018 to the end of 2025.
 *
 * Source: Bank of England, "Official Bank Rate history" (https://www.bankofengland.co.uk/boeapps/database/Bank-Rate.asp).
 * The rows were written from that history and checked against press reports up to the cut to 3.75% on
 * 18 December 2025. Decisions after that date are NOT in the table: check the Bank of England page and
 * pass your own table in `options.rates` when the rate has changed.
 *
 * @category Fees and interest
 * @example
 * ```ts
 * BANK_OF_ENGLAND_BASE_RATES.at(-1);
 * //=> { from: '2025-12-18', ratePercent: '3.75' }
 * ```
 */
export const BANK_OF_ENGLAND_BASE_RATES: readonly InterestRateEntry[] = Object.freeze([
  { from: '2018-08-02', ratePercent: '0.75' },
  { from: '2020-03-11', ratePercent: '0.25' },
  { from: '2020-03-19', ratePercent: '0.10' },
  { from: '2021-12-16', ratePercent: '0.25' },
  { from: '2022-02-03', ratePercent: '0.50' },
  { from: '2022-03-17', ratePercent: '0.75' },
  { from: '2022-05-05', ratePercent: '1.00' },
  { from: '2022-06-16', ratePercent: '1.25' },
  { from: '2022-08-04', ratePercent: '1.75' },
  { from: '2022-09-22', ratePercent: '2.25' },
  { from: '2022-11-03', ratePercent: '3.00' },
  { from: '2022-12-15', ratePercent: '3.50' },
  { from: '2023-02-02', ratePercent: '4.00' },
  { from: '2023-03-23', ratePercent: '4.25' },
  { from: '2023-05-11', ratePercent: '4.50' },
  { from: '2023-06-22', ratePercent: '5.00' },
  { from: '2023-08-03', ratePercent: '5.25' },
  { from: '2024-08-01', ratePercent: '5.00' },
  { from: '2024-11-07', ratePercent: '4.75' },
  { from: '2025-02-06', ratePercent: '4.50' },
  { from: '2025-05-08', ratePercent: '4.25' },
  { from: '2025-08-07', ratePercent: '4.00' },
  { from: '2025-12-18', ratePercent: '3.75' },
]);

/**
 * The last day on which the default tables were checked: rows for later rate decisions are missing, and
 * {@link statutoryInterest} says so in its `sources` when a rate it uses was fixed after this day.
 *
 * @category Fees and interest
 * @example
 * ```ts
 * DEFAULT_RATES_CHECKED_THROUGH;
 * //=> '2025-12-31'
 * ```
 */
export const DEFAULT_RATES_CHECKED_THROUGH: CivilDate = '2025-12-31';
