import { assertKnownFields, InvalidArgumentError } from '@overdue/core';
import { received } from '../_lib/received';
import { isPlainObject, normalizeSettings } from './_lib/normalize-settings';
import { setSegment } from './_lib/segment-entry';
import type {
  OutreachArmCounts,
  OutreachFactorCounts,
  OutreachLearnerSettings,
  OutreachLearnerState,
} from './learner-state';

function parseRecord(value: unknown, own: readonly string[], path: string): Record<string, OutreachArmCounts> {
  if (!isPlainObject(value))
    throw new InvalidArgumentError(`expected an object of counts, got ${received(value)}`, path);
  for (const key of Object.keys(value)) {
    if (!own.includes(key)) throw new InvalidArgumentError('not an option of this learner', `${path}.${key}`);
  }
  const record: Record<string, OutreachArmCounts> = {};
  for (const key of own) {
    const counts: unknown = value[key];
    const where = `${path}.${key}`;
    if (!isPlainObject(counts)) {
      throw new InvalidArgumentError(`expected { successes, failures }, got ${received(counts)}`, where);
    }
    for (const field of ['successes', 'failures'] as const) {
      const figure = counts[field];
      if (typeof figure !== 'number' || !Number.isFinite(figure) || figure < 0) {
        throw new InvalidArgumentError(`expected a number of at least 0, got ${received(figure)}`, `${where}.${field}`);
      }
    }
    record[key] = { successes: counts.successes as number, failures: counts.failures as number };
  }
  return record;
}

function parseCounts(value: unknown, settings: OutreachLearnerSettings, path: string): OutreachFactorCounts {
  if (!isPlainObject(value)) {
    throw new InvalidArgumentError(`expected { updates, channels, slots, tones }, got ${received(value)}`, path);
  }
  const updates = value.updates;
  if (typeof updates !== 'number' || !Number.isInteger(updates) || updates < 0) {
    throw new InvalidArgumentError(
      `expected a whole number of at least 0, got ${received(updates)}`,
      `${path}.updates`,
    );
  }
  return {
    updates,
    channels: parseRecord(value.channels, settings.channels, `${path}.channels`),
    slots: parseRecord(value.slots, settings.slots, `${path}.slots`),
    tones: parseRecord(value.tones, settings.tones, `${path}.tones`),
  };
}

/**
 * Checks a stored learner state (for example from `JSON.parse`) and returns it ready for
 * {@link chooseOutreach} and {@link recordOutreachOutcome}.
 *
 * @param json - The stored state.
 * @returns The state, as a fresh object.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} when it is not a version 1 learner state; the message names the path,
 * such as `segments.slow.channels.sms.failures: expected a number of at least 0, got -1`.
 * @category Learner
 * @example
 * ```ts
 * const stored = JSON.stringify(createOutreachLearner());
 * parseOutreachLearnerState(JSON.parse(stored)).version;
 * //=> 1
 * ```
 */
export function parseOutreachLearnerState(json: unknown): OutreachLearnerState {
  if (!isPlainObject(json)) throw new InvalidArgumentError(`expected a learner state object, got ${received(json)}`);
  if (json.version !== 1) throw new InvalidArgumentError(`expected 1, got ${received(json.version)}`, 'version');
  assertKnownFields(json, ['version', 'settings', 'population', 'segments'], '');
  if (!isPlainObject(json.settings)) {
    throw new InvalidArgumentError(`expected an object, got ${received(json.settings)}`, 'settings');
  }
  const settings = normalizeSettings(json.settings, 'settings');
  const population = parseCounts(json.population, settings, 'population');
  if (!isPlainObject(json.segments)) {
    throw new InvalidArgumentError(
      `expected an object of counts per segment, got ${received(json.segments)}`,
      'segments',
    );
  }
  const segments: Record<string, OutreachFactorCounts> = {};
  for (const [name, counts] of Object.entries(json.segments)) {
    if (name === '') throw new InvalidArgumentError('a segment name must not be empty', 'segments');
    setSegment(segments, name, parseCounts(counts, settings, `segments.${name}`));
  }
  return { version: 1, settings, population, segments };
}
