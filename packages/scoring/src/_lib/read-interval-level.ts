import { InvalidArgumentError } from '@overdue/core';

/** `options.intervalLevel`, default 0.8, checked to lie strictly between 0 and 1. */
export function readIntervalLevel(level: unknown): number {
  const value = level ?? 0.8;
  if (typeof value !== 'number' || !(value > 0 && value < 1))
    throw new InvalidArgumentError(`expected a number between 0 and 1, got ${String(value)}`, 'options.intervalLevel');
  return value;
}
