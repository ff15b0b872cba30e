import type Decimal from 'decimal.js';
import { decimalRounding, ExactDecimal } from '../_lib/decimal';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import type { RoundingMode } from './money';

const MODES: readonly RoundingMode[] = ['half-even', 'half-up', 'down', 'up', 'floor', 'ceil'];

/**
 * Whether a value is one of the {@link RoundingMode} names, for checking an option a host passes.
 *
 * @category Money
 * @example
 * ```ts
 * isRoundingMode('half-up');
 * //=> true
 * isRoundingMode('HALF_UP');
 * //=> false
 * ```
 */
export function isRoundingMode(value: unknown): value is RoundingMode {
  return typeof value === 'string' && (MODES as readonly string[]).includes(value);
}

/**
 * Rounds an exact number of minor units (the result of a division or a rate, as a decimal.js value or a
 * decimal string) to a whole number of minor units with a named rounding mode.
 *
 * @param value - Minor units, possibly fractional: a decimal.js value, a decimal string or a number.
 * @param mode - How to round; default `half-even`.
 * @returns An integer number of minor units (never `-0`).
 * @throws {@link InvalidArgumentError} when `mode` is not a rounding mode or the result is not a safe integer.
 * @category Money
 * @example
 * ```ts
 * roundMinor('1234.5', 'half-up');
 * //=> 1235
 * roundMinor('1234.5');
 * //=> 1234
 * ```
 */
export function roundMinor(value: Decimal.Value, mode: RoundingMode = 'half-even'): number {
  if (!isRoundingMode(mode)) throw new InvalidArgumentError(`expected a rounding mode, got ${String(mode)}`, 'mode');
  const rounded = new ExactDecimal(value).toDecimalPlaces(0, decimalRounding(mode)).toNumber() + 0;
  if (!Number.isSafeInteger(rounded))
    throw new InvalidArgumentError(`expected a result within safe integers, got ${String(rounded)}`, 'value');
  return rounded;
}
