import type { OutreachFactorCounts, OutreachLearnerSettings } from '../learner-state';

/** Zero counts for every channel, slot and tone of the settings. */
export function emptyCounts(settings: OutreachLearnerSettings): OutreachFactorCounts {
  const zeros = <T extends string>(values: readonly T[]) => {
    const record: Partial<Record<T, { successes: number; failures: number }>> = {};
    for (const value of values) record[value] = { successes: 0, failures: 0 };
    return record;
  };
  return { updates: 0, channels: zeros(settings.channels), slots: zeros(settings.slots), tones: zeros(settings.tones) };
}
