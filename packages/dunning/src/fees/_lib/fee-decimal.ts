import Decimal from 'decimal.js';

/** A decimal.js constructor for fee and interest arithmetic, isolated from any global configuration. */
export const FeeDecimal = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -40,
  toExpPos: 40,
});

/** A value of {@link FeeDecimal}. */
export type FeeDecimalValue = InstanceType<typeof FeeDecimal>;
