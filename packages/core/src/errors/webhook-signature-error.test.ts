import { describe, expect, it } from 'vitest';
import { OverdueError } from './overdue-error';
import { WebhookSignatureError } from './webhook-signature-error';

describe('WebhookSignatureError', () => {
  it('carries the webhook-signature code and the message as given, with no path', () => {
    const error = new WebhookSignatureError('stripe-signature header is missing');
    expect(error.code).toBe('webhook-signature');
    expect(error.name).toBe('WebhookSignatureError');
    expect(error.message).toBe('stripe-signature header is missing');
    expect(error.path).toBeUndefined();
    expect(OverdueError.isInstance(error)).toBe(true);
  });
});
