import { OverdueError } from '@overdue/core';

/** Runs `run` and returns the OverdueError it throws; fails when it throws something else or nothing. */
export function catchOverdueError(run: () => unknown): OverdueError {
  try {
    run();
  } catch (error) {
    if (OverdueError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected an OverdueError, nothing was thrown');
}
