import { expect } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';

/** Runs `run` and returns the InvalidArgumentError it throws; fails when it throws anything else or nothing. */
export function thrown(run: () => unknown): InvalidArgumentError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    return error as InvalidArgumentError;
  }
  throw new Error('expected a throw');
}
