import { describeReceived } from '@overdue/core';

/** A received value for an error message: numbers as themselves (`got 1.5`), anything else as core describes it. */
export function received(value: unknown): string {
  return typeof value === 'number' ? String(value) : describeReceived(value);
}

/** `"email", "sms"`: a list of options for an error message. */
export function listOf(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}
