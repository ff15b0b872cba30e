import { OverdueError } from './overdue-error';

/**
 * Thrown when an amount or a sum would exceed `Number.MAX_SAFE_INTEGER` minor units, where it could no
 * longer be held exactly.
 *
 * @category Errors
 * @example
 * ```ts
 * new AmountOverflowError('sum of EUR amounts', 'invoices').code;
 * //=> 'amount-overflow'
 * ```
 */
export class AmountOverflowError extends OverdueError {
  constructor(what: string, path?: string) {
    super({
      code: 'amount-overflow',
      message: `${what} exceeds ${Number.MAX_SAFE_INTEGER} minor units and cannot be represented exactly`,
      path,
    });
    this.name = 'AmountOverflowError';
  }
}
