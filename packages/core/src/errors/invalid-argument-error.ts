import { OverdueError } from './overdue-error';

/**
 * Thrown when an input does not match its schema. The message names the path and the value received.
 *
 * @category Errors
 * @example
 * ```ts
 * new InvalidArgumentError('expected YYYY-MM-DD, got "31/12/2025"', 'invoices[3].dueDate').message;
 * //=> 'invoices[3].dueDate: expected YYYY-MM-DD, got "31/12/2025"'
 * ```
 */
export class InvalidArgumentError extends OverdueError {
  constructor(message: string, path?: string, cause?: unknown) {
    super({ code: 'invalid-argument', message, path, cause });
    this.name = 'InvalidArgumentError';
  }
}
