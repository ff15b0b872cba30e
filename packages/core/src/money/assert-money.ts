import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { describeReceived } from '../validation/parse-input';
import { isCurrencyCode } from './currency';
import type { Money } from './money';

/**
 * Checks that a value is a {@link Money}: a known ISO 4217 code and a safe integer number of minor units.
 * Every function that takes `Money` calls it, so a `minor` of `0.5` or `NaN` is reported, never summed.
 *
 * @param value - The value to check.
 * @param path - Where it came from, used in the error. Default: `money`.
 * @returns The same value, typed.
 * @throws {@link InvalidArgumentError} naming `path.currency` or `path.minor`.
 * @category Money
 * @example
 * ```ts
 * assertMoney({ currency: 'EUR', minor: 1050 });
 * //=> { currency: 'EUR', minor: 1050 }
 * assertMoney({ currency: 'EUR', minor: 10.5 }, 'fee');
 * // throws: fee.minor: expected integer minor units, got number 10.5
 * ```
 */
export function assertMoney(value: unknown, path = 'money'): Money {
  if (typeof value !== 'object' || value === null) {
    throw new InvalidArgumentError(`expected { currency, minor }, got ${describeReceived(value)}`, path);
  }
  const { currency, minor } = value as { currency?: unknown; minor?: unknown };
  if (!isCurrencyCode(currency)) {
    throw new InvalidArgumentError(
      `expected an ISO 4217 currency code such as "EUR", got ${describeReceived(currency)}`,
      `${path}.currency`,
    );
  }
  if (typeof minor !== 'number' || !Number.isSafeInteger(minor)) {
    throw new InvalidArgumentError(`expected integer minor units, got ${describeReceived(minor)}`, `${path}.minor`);
  }
  return value as Money;
}
