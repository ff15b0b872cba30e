import { OverdueError } from './overdue-error';

/**
 * Thrown when amounts in two currencies would be added or compared without exchange rates.
 *
 * @category Errors
 * @example
 * ```ts
 * new CurrencyMismatchError('EUR', 'USD').message;
 * //=> 'cannot combine EUR and USD without exchange rates; pass `rates` to convert to one currency'
 * ```
 */
export class CurrencyMismatchError extends OverdueError {
  /** The currency already in use. */
  readonly expected: string;
  /** The other currency. */
  readonly received: string;

  constructor(expected: string, received: string, path?: string) {
    super({
      code: 'currency-mismatch',
      message: `cannot combine ${expected} and ${received} without exchange rates; pass \`rates\` to convert to one currency`,
      path,
    });
    this.name = 'CurrencyMismatchError';
    this.expected = expected;
    this.received = received;
  }
}
