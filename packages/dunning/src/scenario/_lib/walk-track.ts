import type { CompiledStep } from './compiled-scenario';
import type { OpenItem } from './read-snapshot';

/** A set of items that run one ladder from one anchor. */
export interface Track {
  readonly unit: string;
  /** Day `due-date` steps count from. */
  readonly anchor: number;
  /** Day `oldest-overdue` steps count from, or NaN when nothing is overdue. */
  readonly overdueAnchor: number;
  /**
   * When nothing is overdue yet: the day the oldest item falls overdue, from which `oldest-overdue` steps
   * count from `laterOverdueAnchor`. NaN when something is overdue.
   */
  readonly overdueFrom: number;
  /** The `overdueAnchor` the track will have from `overdueFrom`, or NaN. */
  readonly laterOverdueAnchor: number;
  /** `true` when every item of the track is covered by every step (per-invoice and branch tracks). */
  readonly whole: boolean;
  readonly items: readonly OpenItem[];
}

/** A step occurrence reached by the walk. */
export interface Occurrence {
  readonly step: CompiledStep;
  readonly n: number;
  readonly day: number;
  readonly anchor: number;
  readonly track: Track;
  /** Items covered. */
  readonly items: readonly OpenItem[];
  /** Failed condition reasons, for a condition-false occurrence. */
  readonly failed: string | undefined;
  /** Day the failing condition may start to hold, or NaN. */
  readonly failedUntil: number;
}

/** What a walk found. */
export interface WalkResult {
  latest: Occurrence | undefined;
  /** The latest reached occurrence whose conditions were false, when later than `latest`. */
  falseLatest: Occurrence | undefined;
  /** The next day a step falls due, or NaN. */
  next: number;
  /** Whether a terminal step was done. */
  finished: boolean;
}

/** Context the walk needs from the evaluator. */
export interface WalkContext {
  readonly today: number;
  /** Day the occurrence was done, or NaN. */
  doneDay(step: CompiledStep, n: number, anchor: number, day: number, track: Track): number;
  /** Reason text when the step's conditions fail on these items, else undefined; sets `until`. */
  checkConditions(step: CompiledStep, items: readonly OpenItem[], result: { until: number }): string | undefined;
  readonly hasDone: boolean;
}

/** Items a step covers on a track: with a before-due occurrence, items due within as many days; else overdue ones. */
export function coveredItems(track: Track, day: number, anchor: number, today: number): readonly OpenItem[] {
  if (track.whole) return track.items;
  const horizon = day <= anchor ? today + (anchor - day) : today - 1;
  let count = 0;
  for (const item of track.items) if (item.dueDay <= horizon) count++;
  if (count === track.items.length) return track.items;
  const covered: OpenItem[] = [];
  for (const item of track.items) if (item.dueDay <= horizon) covered.push(item);
  return covered;
}

/**
 * Moves `result.next` to the first day an item not covered yet joins an occurrence: `lead` days from its due
 * date (1 for after-due occurrences, the day after it falls due; the occurrence's offset, zero or less, for
 * before-due ones). A balance minimum or an invoice count may hold then.
 */
function noteJoins(track: Track, covered: readonly OpenItem[], lead: number, today: number, result: WalkResult): void {
  if (covered.length === track.items.length) return;
  for (const item of track.items) {
    const joins = item.dueDay + lead;
    if (joins > today && (Number.isNaN(result.next) || joins < result.next)) result.next = joins;
  }
}

/**
 * Walks the steps of a track up to today: finds the latest occurrence reached whose conditions hold
 * (earlier ones it supersedes are not caught up), the next day a step falls due, and whether a terminal
 * step was done.
 */
export function walkTrack(track: Track, steps: readonly CompiledStep[], context: WalkContext): WalkResult {
  const today = context.today;
  const result: WalkResult = { latest: undefined, falseLatest: undefined, next: Number.NaN, finished: false };
  // The latest reached step whose conditions hold, kept as numbers: its occurrence is built once, at the end.
  let latestStep = -1;
  let latestN = 0;
  let latestDay = 0;
  let latestAnchor = 0;
  let latestItems: readonly OpenItem[] = track.items;
  let previousDone = Number.NaN;
  let previousAnchor = Number.NaN;
  const until = { until: Number.NaN };
  // Items covered by after-due occurrences (the same for every step of a track), once worked out.
  let overdueItems: readonly OpenItem[] | undefined;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s] as CompiledStep;
    let base: number;
    let anchor: number;
    if (step.anchor === 0 || step.anchor === 3) {
      base = track.anchor;
      anchor = base;
    } else if (step.anchor === 1) {
      base = track.overdueAnchor;
      anchor = base;
    } else {
      base = previousDone;
      anchor = previousAnchor;
    }
    if (Number.isNaN(base)) {
      // Not reachable: nothing overdue, or the previous step not done (it may be done today, and this
      // step falls due `offset` days later). Later steps with their own anchors may still be reached.
      if (step.anchor === 2 && latestStep >= 0 && latestStep === s - 1) {
        const candidate = today + (step.offset > 0 ? step.offset : 1);
        if (Number.isNaN(result.next) || candidate < result.next) result.next = candidate;
      }
      // Nothing overdue yet: the step falls due once the oldest item is overdue, counted from the anchor then.
      if (step.anchor === 1 && !Number.isNaN(track.overdueFrom)) {
        const candidate = Math.max(track.laterOverdueAnchor + step.offset, track.overdueFrom);
        if (Number.isNaN(result.next) || candidate < result.next) result.next = candidate;
      }
      continue;
    }
    const first = base + step.offset;
    if (first > today) {
      if (Number.isNaN(result.next) || first < result.next) result.next = first;
      break;
    }
    let failed: string | undefined;
    const reachedCount =
      step.every === 0 ? 1 : Math.min(step.occurrences, Math.floor((today - first) / step.every) + 1);
    const n = reachedCount - 1;
    const day = first + n * step.every;
    // The coverage horizon counts from the track anchor, whatever the step's own anchor.
    let covered: readonly OpenItem[];
    if (track.whole || day > track.anchor) {
      if (overdueItems === undefined) {
        overdueItems = coveredItems(track, day, track.anchor, today);
        noteJoins(track, overdueItems, 1, today, result);
      }
      covered = overdueItems;
    } else {
      covered = coveredItems(track, day, track.anchor, today);
      noteJoins(track, covered, day - track.anchor, today, result);
    }
    if (covered.length === 0) failed = '';
    else {
      until.until = Number.NaN;
      failed = context.checkConditions(step, covered, until);
    }
    if (failed !== undefined) {
      if (failed !== '') {
        result.falseLatest = {
          step,
          n,
          day,
          anchor,
          track,
          items: covered,
          failed,
          failedUntil: until.until,
        };
        if (
          !Number.isNaN(until.until) &&
          until.until > today &&
          (Number.isNaN(result.next) || until.until < result.next)
        ) {
          result.next = until.until;
        }
      }
      // Transparent: the next previous-step step counts from the last step done.
    } else {
      latestStep = s;
      latestN = n;
      latestDay = day;
      latestAnchor = anchor;
      latestItems = covered;
      result.falseLatest = undefined;
      if (step.terminal && context.hasDone) {
        const doneOn = context.doneDay(step, 0, anchor, day, track);
        if (!Number.isNaN(doneOn)) {
          result.finished = true;
          return result;
        }
      }
      previousAnchor = anchor;
      previousDone = Number.NaN;
      if (context.hasDone && steps[s + 1]?.anchor === 2) {
        previousDone = context.doneDay(step, n, anchor, day, track);
      }
    }
    if (reachedCount < step.occurrences) {
      const following = first + reachedCount * step.every;
      if (Number.isNaN(result.next) || following < result.next) result.next = following;
      break;
    }
  }
  if (latestStep >= 0) {
    result.latest = {
      step: steps[latestStep] as CompiledStep,
      n: latestN,
      day: latestDay,
      anchor: latestAnchor,
      track,
      items: latestItems,
      failed: undefined,
      failedUntil: Number.NaN,
    };
  }
  return result;
}
