import type { CivilDate, CollectionsEvent } from '@overdue/core';
import {
  assertKnownFields,
  dayNumberToCivilDate,
  describeReceived,
  InvalidArgumentError,
  tryDayNumber,
} from '@overdue/core';
import { evaluateScenario } from '../evaluate/evaluate-scenario';
import type { CustomerSnapshot, DunningAction, SkippedStep } from '../evaluate/evaluation-types';
import type { Scenario } from '../scenario-schema';

const DAY_MS = 86_400_000;
/** The longest preview, in days (about ten years). */
const MAX_DAYS = 3660;

/**
 * Options of {@link previewScenario}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const options: PreviewScenarioOptions = { from: '2026-03-01', to: '2026-05-31' };
 * ```
 */
export interface PreviewScenarioOptions {
  /** The first day simulated, civil date `YYYY-MM-DD`. Required. */
  from: CivilDate;
  /** The last day simulated, inclusive, at most 3,660 days after `from`. Required. */
  to: CivilDate;
}

/**
 * One simulated day on which something was done or skipped.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const day: PreviewDay = { date: '2026-03-04', actions: [], skipped: [] };
 * ```
 */
export interface PreviewDay {
  /** The day. */
  date: CivilDate;
  /** The actions {@link evaluateScenario} returned that day, all then treated as done. */
  actions: readonly DunningAction[];
  /** The occurrences skipped that day, and why. */
  skipped: readonly SkippedStep[];
}

/**
 * The result of {@link previewScenario}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const preview: ScenarioPreview = previewScenario(scenario, snapshot, { from: '2026-03-01', to: '2026-04-30' });
 * preview.days.length;
 * //=> 4
 * ```
 */
export interface ScenarioPreview {
  /** The customer. */
  customerId: string;
  /** The days with at least one action or skipped occurrence, in order. */
  days: readonly PreviewDay[];
  /** Every action key done by the end, with its day: the `done` record the simulation built. */
  done: Readonly<Record<string, CivilDate>>;
}

/** The fields of {@link PreviewScenarioOptions}; `satisfies` keeps the list in step with the type. */
const OPTION_FIELDS = Object.keys({ from: true, to: true } satisfies Record<keyof PreviewScenarioOptions, true>);

function readDay(value: unknown, path: string): number {
  const day = tryDayNumber(value);
  if (Number.isNaN(day)) throw new InvalidArgumentError(`expected YYYY-MM-DD, got ${describeReceived(value)}`, path);
  return day;
}

/**
 * Shows what a scenario would do to a customer if nobody paid: it evaluates the scenario day by day from
 * `from` to `to` with {@link evaluateScenario}, and feeds every action back as done (its key in `done`,
 * and a `message-sent` event per channel of each message, so the contact cap counts it). Preview and
 * evaluation therefore never disagree. Invoices, payments and holds stay as they are in the snapshot;
 * fees and interest are listed but not added to the balance.
 *
 * @param scenario - A scenario returned by {@link parseScenario}.
 * @param snapshot - The customer as it is now.
 * @param options - The days to simulate.
 * @returns The timeline of actions and skipped occurrences.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} for a bad scenario, snapshot or range
 * (`options.to`), or a field the options or the snapshot do not have (`options.untill: unknown field;
 * expected one of from, to`), as {@link evaluateScenario} names them.
 * @category Scenarios
 * @example
 * ```ts
 * const preview = previewScenario(parseScenario(STANDARD_SCENARIO), snapshot, { from: '2026-03-01', to: '2026-05-31' });
 * preview.days.map((day) => [day.date, day.actions.map((action) => action.stepId)]);
 * //=> [['2026-03-04', ['overdue-1']], ['2026-03-11', ['overdue-2']], ...]
 * ```
 */
export function previewScenario(
  scenario: Scenario,
  snapshot: CustomerSnapshot,
  options: PreviewScenarioOptions,
): ScenarioPreview {
  assertKnownFields(options, OPTION_FIELDS, 'options');
  const from = readDay((options as PreviewScenarioOptions | undefined)?.from, 'options.from');
  const to = readDay(options.to, 'options.to');
  if (to < from)
    throw new InvalidArgumentError(`expected a day not before ${options.from}, got "${options.to}"`, 'options.to');
  if (to - from > MAX_DAYS)
    throw new InvalidArgumentError(`expected at most ${MAX_DAYS} days after ${options.from}`, 'options.to');
  const done: Record<string, CivilDate> = { ...(snapshot.done ?? {}) };
  const events: CollectionsEvent[] = [...(snapshot.events ?? [])];
  const state: CustomerSnapshot = { ...snapshot, done, events };
  const days: PreviewDay[] = [];
  for (let day = from; day <= to; day++) {
    const date = dayNumberToCivilDate(day);
    const result = evaluateScenario(scenario, state, { now: date });
    if (result.actions.length === 0 && result.skipped.length === 0) continue;
    days.push({ date, actions: result.actions, skipped: result.skipped });
    for (const action of result.actions) {
      done[action.key] = date;
      if (action.kind !== 'message') continue;
      const deliveries = action.auto ? action.deliveries.slice(0, 1) : action.deliveries;
      for (const delivery of deliveries) {
        events.push({
          type: 'message-sent',
          at: new Date(day * DAY_MS + DAY_MS / 2),
          customerId: result.customerId,
          invoiceIds: action.items.map((item) => item.invoiceId),
          channel: delivery.channel,
          contactId: delivery.contactIds[0] as string,
          templateId: action.template,
          tone: action.tone,
        });
      }
    }
  }
  return { customerId: snapshot.customer.id, days, done };
}
