import { tryDayNumber } from '@overdue/core';
import type { CompiledScenario } from './compiled-scenario';
import type { DoneRecord } from './done-record';
import type { OpenItem } from './read-snapshot';
import type { Track } from './walk-track';

/**
 * The tracks of a unit: one per due day with per-invoice ladders (or invoice grouping), else one for the
 * whole unit anchored on its oldest item, or on an earlier anchor kept from `done` (keep-position).
 */
export function buildTracks(
  unit: string,
  items: readonly OpenItem[],
  compiled: CompiledScenario,
  today: number,
  done: DoneRecord | undefined,
  customerPrefix: string,
): Track[] {
  let oldest = Number.POSITIVE_INFINITY;
  for (const item of items) if (item.dueDay < oldest) oldest = item.dueDay;
  const overdueAnchor = oldest < today ? oldest : Number.NaN;
  // Nothing overdue yet: the oldest item falls overdue the day after its due date.
  const overdueFrom = Number.isNaN(overdueAnchor) ? oldest + 1 : Number.NaN;
  if (compiled.reanchor === 2 || compiled.grouping === 2) {
    const laterOverdueAnchor = Number.isNaN(overdueAnchor) ? oldest : Number.NaN;
    if (items.length === 1) {
      return [{ unit, anchor: oldest, overdueAnchor, overdueFrom, laterOverdueAnchor, whole: true, items }];
    }
    const tracks: Track[] = [];
    const days: number[] = [];
    for (const item of items) if (!days.includes(item.dueDay)) days.push(item.dueDay);
    days.sort((a, b) => a - b);
    for (const day of days) {
      tracks.push({
        unit,
        anchor: day,
        overdueAnchor,
        overdueFrom,
        laterOverdueAnchor,
        whole: true,
        items: items.filter((item) => item.dueDay === day),
      });
    }
    return tracks;
  }
  let anchor = oldest;
  if (compiled.reanchor === 1 && done !== undefined) {
    const kept = keptAnchor(done, `${customerPrefix}${unit}/`, oldest, compiled);
    if (kept < anchor) anchor = kept;
  }
  const overdue = !Number.isNaN(overdueAnchor);
  return [
    {
      unit,
      anchor,
      overdueAnchor: overdue ? anchor : Number.NaN,
      overdueFrom,
      laterOverdueAnchor: overdue ? Number.NaN : anchor,
      whole: false,
      items,
    },
  ];
}

/**
 * keep-position: the earliest anchor of a ladder step done on this unit while its current oldest item was
 * already due (so the episode is unbroken), or Infinity.
 */
export function keptAnchor(
  done: DoneRecord,
  unitPrefix: string,
  currentAnchor: number,
  compiled: CompiledScenario,
): number {
  let kept = Number.POSITIVE_INFINITY;
  for (let k = 0; k < done.keys.length; k++) {
    const key = done.keys[k] as string;
    if (!key.startsWith(unitPrefix)) continue;
    const anchor = tryDayNumber(key.slice(unitPrefix.length, unitPrefix.length + 10));
    if (!(anchor < currentAnchor) || !(anchor < kept)) continue;
    const stepId = key.slice(unitPrefix.length + 11, key.indexOf('#', unitPrefix.length + 11));
    if (!compiled.ladder.some((step) => step.id === stepId && step.anchor !== 2)) continue;
    if ((done.days[k] as number) >= currentAnchor) kept = anchor;
  }
  return kept;
}

/** Tracks of the promise-broken branch: the unit's chased items grouped by the day their promise broke. */
export function branchTracks(unit: string, items: readonly OpenItem[], today: number): Track[] {
  const tracks: Track[] = [];
  for (const item of items) {
    if (Number.isNaN(item.brokenDay)) continue;
    const existing = tracks.find((track) => track.anchor === item.brokenDay);
    if (existing !== undefined) (existing.items as OpenItem[]).push(item);
    else
      tracks.push({
        unit,
        anchor: item.brokenDay,
        overdueAnchor: item.brokenDay <= today ? item.brokenDay : Number.NaN,
        overdueFrom: item.brokenDay <= today ? Number.NaN : item.brokenDay,
        laterOverdueAnchor: item.brokenDay <= today ? Number.NaN : item.brokenDay,
        whole: true,
        items: [item],
      });
  }
  return tracks;
}
