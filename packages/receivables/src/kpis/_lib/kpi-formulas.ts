import type { SalesConvention } from '../kpi-types';
import type { KpiNumber } from './kpi-decimal';
import { KpiDecimal } from './kpi-decimal';
import type { PeriodSums } from './kpi-ledger';

/**
 * The formulas of the KPI family, unrounded, over the sums of one period. Every public KPI function and
 * `kpiSeries` go through these, so a figure has one implementation. `null` means undefined (a zero
 * denominator), never NaN or Infinity.
 */

/** Standard (period-end) days: `amount / S × D`; DSO with AR_end, best possible DSO with Current_end. */
export function periodEndDays(amountMinor: number, sums: PeriodSums): KpiNumber | null {
  if (sums.salesMinor === 0) return null;
  return new KpiDecimal(amountMinor).dividedBy(sums.salesMinor).times(sums.days);
}

/** Average days delinquent: `DSO - best possible DSO`, or `null` when either is undefined. */
export function delinquentDays(dso: KpiNumber | null, best: KpiNumber | null): KpiNumber | null {
  return dso === null || best === null ? null : dso.minus(best);
}

/** The sales CEI uses: S for `period`, S / months for `monthly-average`. */
export function ceiSales(sums: PeriodSums, convention: SalesConvention, months: KpiNumber): KpiNumber {
  const sales = new KpiDecimal(sums.salesMinor);
  return convention === 'period' ? sales : sales.dividedBy(months);
}

/** The parts of the collection effectiveness index. */
export interface CeiParts {
  /** `AR_begin + S' - AR_end`. */
  collected: KpiNumber;
  /** `AR_begin + S' - Current_end`. */
  collectible: KpiNumber;
  /** `collected / collectible × 100`, or `null` when `collectible` is not above zero. */
  value: KpiNumber | null;
}

/** CEI = `(AR_begin + S' - AR_end) / (AR_begin + S' - Current_end) × 100`. */
export function collectionEffectiveness(sums: PeriodSums, sales: KpiNumber): CeiParts {
  const available = sales.plus(sums.beginningReceivablesMinor);
  const collected = available.minus(sums.receivablesMinor);
  const collectible = available.minus(sums.currentMinor);
  return {
    collected,
    collectible,
    value: collectible.greaterThan(0) ? collected.dividedBy(collectible).times(100) : null,
  };
}

/** `Current_end / AR_end × 100`. */
export function percentCurrentOf(sums: PeriodSums): KpiNumber | null {
  if (sums.receivablesMinor === 0) return null;
  return new KpiDecimal(sums.currentMinor).dividedBy(sums.receivablesMinor).times(100);
}

/** Mean of `paid - issue` over invoices fully paid in the period. */
export function meanDaysToPay(sums: PeriodSums): KpiNumber | null {
  if (sums.paidCount === 0) return null;
  return new KpiDecimal(sums.paidDays).dividedBy(sums.paidCount);
}

/** `Σ(total × (paid - issue)) / Σ total` over invoices fully paid in the period. */
export function weightedDaysToPay(sums: PeriodSums): KpiNumber | null {
  if (sums.paidTotalMinor === 0) return null;
  return sums.paidTotalDays.dividedBy(sums.paidTotalMinor);
}

/** Paid basis: `Σ(total × max(0, paid - due)) / Σ total` over invoices fully paid in the period. */
export function paidDaysLate(sums: PeriodSums): KpiNumber | null {
  if (sums.paidTotalMinor === 0) return null;
  return sums.paidTotalLateDays.dividedBy(sums.paidTotalMinor);
}

/** Open basis: `Σ(open × max(0, to - due)) / Σ open` at the end of the period. */
export function openDaysLate(sums: PeriodSums): KpiNumber | null {
  if (sums.receivablesMinor === 0) return null;
  return sums.openDaysLate.dividedBy(sums.receivablesMinor);
}
