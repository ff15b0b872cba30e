import { OverdueError } from './overdue-error';

/**
 * Thrown by webhook verifiers when a signature is missing, malformed, stale or wrong. Nothing in the body
 * has been parsed when it is thrown.
 *
 * @category Errors
 * @example
 * ```ts
 * new WebhookSignatureError('stripe-signature header is missing').code;
 * //=> 'webhook-signature'
 * ```
 */
export class WebhookSignatureError extends OverdueError {
  constructor(message: string) {
    super({ code: 'webhook-signature', message });
    this.name = 'WebhookSignatureError';
  }
}
