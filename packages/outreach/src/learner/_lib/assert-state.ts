import { InvalidArgumentError } from '@overdue/core';
import type { OutreachLearnerState } from '../learner-state';
import { isPlainObject } from './normalize-settings';

/**
 * A cheap check that a value looks like a learner state (the full check is parseOutreachLearnerState,
 * for states loaded from storage); it keeps a wrong argument from surfacing as a TypeError.
 */
export function assertState(state: OutreachLearnerState): void {
  if (
    !isPlainObject(state) ||
    state.version !== 1 ||
    !isPlainObject(state.settings) ||
    !Array.isArray(state.settings.channels) ||
    !isPlainObject(state.population) ||
    !isPlainObject(state.segments)
  ) {
    throw new InvalidArgumentError(
      'expected a version 1 learner state from createOutreachLearner or parseOutreachLearnerState',
      'state',
    );
  }
}
