import { civilDateToDayNumber, dayNumberToCivilDate } from '@overdue/core';
import type { FeeDecimalValue } from './fee-decimal';
import { FeeDecimal } from './fee-decimal';
import type { RateTable } from './rate-table';
import { rateInForce } from './rate-table';

/** A payment that reduces the balance, as a day number and minor units. */
export interface BalancePayment {
  readonly day: number;
  readonly minor: number;
}

/** How the annual rate of a day is found. */
export type RateSource =
  | { readonly kind: 'fixed'; readonly annual: FeeDecimalValue }
  | {
      readonly kind: 'reference';
      readonly table: RateTable;
      readonly margin: FeeDecimalValue;
      /** `half-year`: read on the first day of the half-year minus `lagDays`; `daily`: as changes occur. */
      readonly fixing: 'half-year' | 'daily';
      readonly lagDays: number;
    };

/** One stretch of late days with one balance and one rate, before rounding. */
export interface RawPeriod {
  readonly fromDay: number;
  readonly toDay: number;
  readonly balanceMinor: number;
  readonly annual: FeeDecimalValue;
  /** The reference rate and the day it was read, or `undefined` for a fixed rate. */
  readonly reference: { readonly rate: FeeDecimalValue; readonly readOn: string } | undefined;
  /** Exact interest in minor units. */
  readonly exact: FeeDecimalValue;
}

/**
 * Splits the late days `[startDay, endDay]` at every change of balance (the day after a payment) and of
 * rate (every half-year start, where the rate is read again, or rate-table rows with daily fixing), drops
 * stretches with nothing owed, and computes each stretch's exact simple interest.
 */
export function interestPeriods(
  principalMinor: number,
  payments: readonly BalancePayment[],
  startDay: number,
  endDay: number,
  source: RateSource,
  basis: number,
): RawPeriod[] {
  if (endDay < startDay) return [];
  const cuts = new Set<number>([startDay]);
  const cut = (day: number) => {
    if (day > startDay && day <= endDay) cuts.add(day);
  };
  for (const payment of payments) cut(payment.day + 1);
  if (source.kind === 'reference' && source.fixing === 'daily') {
    for (const day of source.table.days) cut(day);
  } else if (source.kind === 'reference') {
    const firstYear = Number(dayNumberToCivilDate(startDay).slice(0, 4));
    const lastYear = Number(dayNumberToCivilDate(endDay).slice(0, 4));
    for (let year = firstYear; year <= lastYear; year++) {
      const text = String(year).padStart(4, '0');
      cut(civilDateToDayNumber(`${text}-01-01`));
      cut(civilDateToDayNumber(`${text}-07-01`));
    }
  }
  const starts = [...cuts].sort((a, b) => a - b);
  const periods: RawPeriod[] = [];
  for (const [index, fromDay] of starts.entries()) {
    const toDay = (starts[index + 1] ?? endDay + 1) - 1;
    let balanceMinor = principalMinor;
    for (const payment of payments) if (payment.day + 1 <= fromDay) balanceMinor -= payment.minor;
    balanceMinor = Math.max(0, balanceMinor);
    if (balanceMinor === 0) continue;
    const { annual, reference } = rateOn(fromDay, source);
    periods.push(withInterest({ fromDay, toDay, balanceMinor, annual, reference }, basis));
  }
  return periods;
}

function rateOn(day: number, source: RateSource): Pick<RawPeriod, 'annual' | 'reference'> {
  if (source.kind === 'fixed') return { annual: source.annual, reference: undefined };
  let readDay = day;
  if (source.fixing === 'half-year') {
    const date = dayNumberToCivilDate(day);
    const halfYear = `${date.slice(0, 4)}-${Number(date.slice(5, 7)) <= 6 ? '01' : '07'}-01`;
    readDay = civilDateToDayNumber(halfYear) - source.lagDays;
  }
  const readOn = dayNumberToCivilDate(readDay);
  const { rate } = rateInForce(source.table, readDay, readOn);
  return { annual: rate.plus(source.margin), reference: { rate, readOn } };
}

function withInterest(period: Omit<RawPeriod, 'exact'>, basis: number): RawPeriod {
  const days = period.toDay - period.fromDay + 1;
  const exact = new FeeDecimal(period.balanceMinor)
    .times(period.annual)
    .times(days)
    .dividedBy(100 * basis);
  return { ...period, exact };
}
