import type { z } from 'zod';
import { OverdueError } from '../errors/overdue-error';
import type { Money, MoneyInput } from '../money/money';
import { parseMoney } from '../money/parse-money';

/** Options of {@link toMoneyField}. */
interface MoneyFieldOptions {
  /** Reject negative amounts. */
  nonNegative?: boolean;
  /** Reject zero and negative amounts. */
  positive?: boolean;
}

/**
 * Converts an amount field inside a zod transform, reporting problems at the field's path. Returns
 * `undefined` after adding an issue.
 */
export function toMoneyField(
  amount: MoneyInput,
  currency: string,
  path: (string | number)[],
  context: z.core.$RefinementCtx,
  options: MoneyFieldOptions = {},
): Money | undefined {
  let money: Money;
  try {
    money = parseMoney(amount, currency);
  } catch (error) {
    const message = OverdueError.isInstance(error) ? error.message.replace(/^[^:]*: /, '') : String(error);
    context.addIssue({ code: 'custom', message, path, input: amount });
    return undefined;
  }
  if (options.positive === true && money.minor <= 0) {
    context.addIssue({
      code: 'custom',
      message: `expected a positive amount, got "${String(amount)}"`,
      path,
      input: amount,
    });
    return undefined;
  }
  if (options.nonNegative === true && money.minor < 0) {
    context.addIssue({
      code: 'custom',
      message: `expected zero or more, got "${String(amount)}"`,
      path,
      input: amount,
    });
    return undefined;
  }
  return money;
}
