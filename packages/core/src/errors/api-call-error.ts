import { OverdueError } from './overdue-error';

/**
 * Options accepted by the {@link ApiCallError} constructor.
 *
 * @category Errors
 * @example
 * ```ts
 * const options: ApiCallErrorOptions = {
 *   message: 'the ledger API is unavailable', url: 'https://api.example.test/invoices',
 *   statusCode: 503, retryAfterSeconds: 30,
 * };
 * new ApiCallError(options).isRetryable;
 * //=> true
 * ```
 */
export interface ApiCallErrorOptions {
  /** What failed, in words. */
  message: string;
  /** The URL that was called. */
  url: string;
  /** The HTTP status, when a response arrived. */
  statusCode?: number | undefined;
  /** The response body as text, when a response arrived. */
  responseBody?: string | undefined;
  /** Seconds to wait before retrying, from a `Retry-After` header. */
  retryAfterSeconds?: number | undefined;
  /** The underlying error. */
  cause?: unknown;
}

/**
 * Thrown when a vendor API call fails. `isRetryable` is true for 408, 409, 429 and 5xx responses and for
 * network failures with no response.
 *
 * @category Errors
 * @example
 * ```ts
 * new ApiCallError({ message: 'rate limited', url: 'https://api.example.test', statusCode: 429 }).isRetryable;
 * //=> true
 * ```
 */
export class ApiCallError extends OverdueError {
  /** The URL that was called. */
  readonly url: string;
  /** The HTTP status, when a response arrived. */
  readonly statusCode: number | undefined;
  /** The response body as text, when a response arrived. */
  readonly responseBody: string | undefined;
  /** Seconds to wait before retrying, from a `Retry-After` header. */
  readonly retryAfterSeconds: number | undefined;

  constructor({ message, url, statusCode, responseBody, retryAfterSeconds, cause }: ApiCallErrorOptions) {
    super({ code: statusCode === 429 ? 'rate-limited' : 'api-call', message, cause });
    this.name = 'ApiCallError';
    this.url = url;
    this.statusCode = statusCode;
    this.responseBody = responseBody;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Whether the same call may succeed if repeated later. */
  get isRetryable(): boolean {
    const status = this.statusCode;
    return status === undefined || status === 408 || status === 409 || status === 429 || status >= 500;
  }
}
