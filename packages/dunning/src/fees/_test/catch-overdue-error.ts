import { OverdueError } from '@overdue/core';

/** Runs a function that must throw an Overdue error, and returns it (anything else fails the test). */
export function catchOverdueError(run: () => unknown): OverdueError {
  try {
    run();
  } catch (error) {
    if (OverdueError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected an OverdueError, nothing was thrown');
}

/** The path of the Overdue error a function throws. */
export function errorPathOf(run: () => unknown): string | undefined {
  return catchOverdueError(run).path;
}
