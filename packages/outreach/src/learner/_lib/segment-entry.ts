import type { OutreachFactorCounts, OutreachLearnerState } from '../learner-state';

/** The segment's counts in a state, or undefined when it has none (own keys only: `__proto__` is a name like any other). */
export function segmentOf(segments: OutreachLearnerState['segments'], name: string): OutreachFactorCounts | undefined {
  return Object.hasOwn(segments, name) ? segments[name] : undefined;
}

/** Sets a segment's counts as an own entry: defineProperty, not assignment, so "__proto__" stays a segment. */
export function setSegment(
  segments: Record<string, OutreachFactorCounts>,
  name: string,
  counts: OutreachFactorCounts,
): void {
  Object.defineProperty(segments, name, { value: counts, enumerable: true, writable: true, configurable: true });
}
