const marker = Symbol.for('overdue.error');

/**
 * The stable machine-readable codes of every error Overdue throws.
 *
 * @category Errors
 * @example
 * ```ts
 * const code: OverdueErrorCode = 'invalid-argument';
 * ```
 */
export type OverdueErrorCode =
  | 'invalid-argument'
  | 'currency-mismatch'
  | 'amount-overflow'
  | 'webhook-signature'
  | 'api-call'
  | 'rate-limited';

/**
 * Options accepted by the {@link OverdueError} constructor.
 *
 * @category Errors
 * @example
 * ```ts
 * const options: OverdueErrorOptions = {
 *   code: 'invalid-argument', message: 'expected YYYY-MM-DD, got "31/12/2025"', path: 'invoices[3].dueDate',
 * };
 * new OverdueError(options).message;
 * //=> 'invoices[3].dueDate: expected YYYY-MM-DD, got "31/12/2025"'
 * ```
 */
export interface OverdueErrorOptions {
  /** The stable code of the error. */
  code: OverdueErrorCode;
  /** A message that says what went wrong and what to do next. */
  message: string;
  /** Where in the input the problem is, such as `invoices[3].dueDate`. Default: none. */
  path?: string | undefined;
  /** The underlying error, when there is one. */
  cause?: unknown;
}

/**
 * The base class of every error Overdue throws. Check with {@link OverdueError.isInstance}, which works
 * even when two copies of the package are loaded.
 *
 * @category Errors
 * @example
 * ```ts
 * try {
 *   parseCivilDate('31/12/2025', 'invoices[3].dueDate');
 * } catch (error) {
 *   OverdueError.isInstance(error) && error.code;
 *   //=> 'invalid-argument'
 * }
 * ```
 */
export class OverdueError extends Error {
  private readonly [marker] = true;
  /** The stable machine-readable code. */
  readonly code: OverdueErrorCode;
  /** Where in the input the problem is (`invoices[3].dueDate`), when known. */
  readonly path: string | undefined;

  constructor({ code, message, path, cause }: OverdueErrorOptions) {
    super(path === undefined ? message : `${path}: ${message}`, cause === undefined ? undefined : { cause });
    this.name = 'OverdueError';
    this.code = code;
    this.path = path;
  }

  /**
   * Tells whether a value is an Overdue error, across package copies.
   *
   * @param error - Any value, usually from a `catch` clause.
   * @returns `true` when the value is an {@link OverdueError}.
   * @example
   * ```ts
   * OverdueError.isInstance(new Error('x'));
   * //=> false
   * ```
   */
  static isInstance(error: unknown): error is OverdueError {
    return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
