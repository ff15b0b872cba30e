import Decimal from 'decimal.js';
import type { RoundingMode } from '../money/money';

/** A decimal.js constructor isolated from any global configuration a host may apply. */
export const ExactDecimal = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -30,
  toExpPos: 40,
});

const modes: Record<RoundingMode, Decimal.Rounding> = {
  'half-even': Decimal.ROUND_HALF_EVEN,
  'half-up': Decimal.ROUND_HALF_UP,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
  floor: Decimal.ROUND_FLOOR,
  ceil: Decimal.ROUND_CEIL,
};

/** The decimal.js rounding constant of a {@link RoundingMode}. */
export function decimalRounding(mode: RoundingMode): Decimal.Rounding {
  return modes[mode];
}
