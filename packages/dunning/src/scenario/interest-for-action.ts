import type { CivilDate } from '@overdue/core';
import { assertKnownFields, describeReceived, InvalidArgumentError, parseCivilDate } from '@overdue/core';
import type { ComputedInterest } from './_lib/interest-of';
import { interestOf } from './_lib/interest-of';
import type { CustomerSnapshot, DunningAction, InterestItem } from './evaluate/evaluation-types';

/**
 * What an `interest` action of {@link evaluateScenario} charges: the amount, item by item, and why.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const charge: InterestCharge = interestForAction(action, snapshot);
 * charge.amount;
 * // depends on the data, for example { currency: 'EUR', minor: 6110 }
 * ```
 */
export interface InterestCharge {
  /** Interest plus fixed compensation over the items, in the action's currency. */
  amount: ComputedInterest['amount'];
  /** The amount item by item. */
  breakdown: InterestItem[];
  /** How it was computed, in words. */
  explanation: string;
}

/** The fields of the options of {@link interestForAction}; `satisfies` keeps the list in step with its parameter type. */
const OPTION_FIELDS = Object.keys({ until: true } satisfies Record<
  keyof NonNullable<Parameters<typeof interestForAction>[2]>,
  true
>);

/**
 * The statutory interest and compensation an `interest` action charges, up to the day it was scheduled (or
 * `options.until`): `statutoryInterest` on each chased item of the action's currency. An invoice's
 * principal is what was owed on its due date (what is due now plus what the snapshot's payments and credit
 * notes allocated to it after that day), with those allocations as dated payments, so interest runs on the
 * whole debt until each part was paid; an installment's principal is its unpaid amount. A regime's fixed
 * compensation is in its own currency (EUR 40, GBP 40-100): on a debt in another currency it is left out
 * unless the scenario gives `compensationAmount`, and the explanation says so. Charge the result once,
 * under the action's `key`.
 *
 * @param action - An `interest` action from {@link evaluateScenario}.
 * @param snapshot - The snapshot it was evaluated on (its payments and credit notes date the reductions).
 * @param options - `until`: the last day interest runs, default the action's `scheduledDate`.
 * @returns The amount, the breakdown per item and an explanation.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} for another kind of action, or
 * naming a bad payment date or interest option, or a field the options do not have (`options.untill:
 * unknown field; did you mean "until"?`).
 * @category Scenarios
 * @example
 * ```ts
 * const result = evaluateScenario(parseScenario(STANDARD_SCENARIO), snapshot, { now: '2026-03-02' });
 * for (const action of result.actions) {
 *   if (action.kind === 'interest') charge(action.key, interestForAction(action, snapshot).amount);
 * }
 * ```
 */
export function interestForAction(
  action: DunningAction,
  snapshot: CustomerSnapshot,
  options: { until?: CivilDate } = {},
): InterestCharge {
  if (action?.kind !== 'interest') {
    throw new InvalidArgumentError(`expected an interest action, got ${String(action?.kind)}`, 'action.kind');
  }
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError(`expected { until? }, got ${describeReceived(options)}`, 'options');
  }
  // A misspelt `untill` would otherwise charge interest up to the wrong day.
  assertKnownFields(options, OPTION_FIELDS, 'options');
  const until = options.until === undefined ? action.scheduledDate : parseCivilDate(options.until, 'options.until');
  return interestOf(action.regime, action.options, action.items, snapshot, until, action.balance.currency);
}
