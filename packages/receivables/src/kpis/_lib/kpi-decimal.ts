import Decimal from 'decimal.js';

/**
 * The decimal.js constructor every KPI ratio goes through: 50 significant digits, half-even rounding, and
 * isolated from any global configuration a host may apply to decimal.js.
 */
export const KpiDecimal = Decimal.clone({
  precision: 50,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -30,
  toExpPos: 40,
});

/** A decimal of the {@link KpiDecimal} constructor. */
export type KpiNumber = InstanceType<typeof KpiDecimal>;

/** Rounds a KPI half-even to `decimals` places and returns it as a number (`-0` becomes `0`). */
export function roundKpi(value: KpiNumber, decimals: number): number {
  return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_EVEN).toNumber() + 0;
}
