import { describe, expect, it } from 'vitest';
import { ApiCallError } from './api-call-error';
import { OverdueError } from './overdue-error';

const url = 'https://api.example.test/v1/invoices';

describe('ApiCallError', () => {
  it('keeps the url, status, response body, Retry-After and cause', () => {
    const cause = new Error('upstream');
    const error = new ApiCallError({
      message: 'Xero said no',
      url,
      statusCode: 503,
      responseBody: '{"error":"down"}',
      retryAfterSeconds: 30,
      cause,
    });
    expect(error).toMatchObject({
      url,
      statusCode: 503,
      responseBody: '{"error":"down"}',
      retryAfterSeconds: 30,
      message: 'Xero said no',
    });
    expect(error.cause).toBe(cause);
    expect(error.name).toBe('ApiCallError');
    expect(error.path).toBeUndefined();
    expect(OverdueError.isInstance(error)).toBe(true);
  });

  it('uses the rate-limited code for 429 and api-call for everything else', () => {
    expect(new ApiCallError({ message: 'x', url, statusCode: 429 }).code).toBe('rate-limited');
    expect(new ApiCallError({ message: 'x', url, statusCode: 500 }).code).toBe('api-call');
    expect(new ApiCallError({ message: 'x', url }).code).toBe('api-call');
  });

  // STYLE.md (vercel/ai APICallError): retryable for 408, 409, 429 and 5xx, and for network failures
  // where no response arrived.
  it.each([
    [undefined, true], // no response: network failure, DNS, reset
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [407, false],
    [408, true], // Request Timeout
    [409, true], // Conflict (concurrent modification)
    [410, false],
    [422, false],
    [428, false],
    [429, true], // Too Many Requests
    [431, false],
    [499, false],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [599, true],
  ])('with status %s is retryable: %s', (statusCode, expected) => {
    expect(new ApiCallError({ message: 'x', url, statusCode }).isRetryable).toBe(expected);
  });
});
