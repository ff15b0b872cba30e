import { civilDateToDayNumber, parseInput } from '@overdue/core';
import type { ScenarioInput } from '@overdue/dunning';
import { parseScenario } from '@overdue/dunning';
import { z } from 'zod';
import { instantAtLocalHour } from '../_lib/local-hour';
import { increasingDaysSchema, toneOfStep } from '../_lib/reminder-steps';
import { ScenarioDriver } from '../_lib/scenario-driver';
import type { CollectionPolicy, MessageTone, PolicyAction } from './policy-types';

/**
 * Options of {@link createFixedLadderPolicy}.
 *
 * @category Policies
 * @example
 * ```ts
 * const options: FixedLadderPolicyOptions = { daysPastDue: [1, 7, 14, 30], sendHour: 9 };
 * ```
 */
export interface FixedLadderPolicyOptions {
  /** Days past the due date of each reminder, increasing integers from 0 to 365. Optional; default `[1, 7, 14, 30]`. */
  daysPastDue?: readonly number[];
  /** Local hour (0-23) in `sellerTimeZone` when the nightly job sends. Optional; default 9. */
  sendHour?: number;
  /** The seller's IANA time zone. Optional; default `Europe/London`. */
  sellerTimeZone?: string;
}

const optionsSchema = z.strictObject({
  daysPastDue: increasingDaysSchema(0).optional(),
  sendHour: z.number().int().min(0).max(23).optional(),
  sellerTimeZone: z.string().min(1).optional(),
});

/**
 * The fixed ladder most ERPNext and Odoo users set up: one email per invoice at fixed days past due
 * (default 1, 7, 14 and 30), tones from friendly to final, all sent by the same morning job. It runs
 * through {@link @overdue/dunning!evaluateScenario | evaluateScenario} like a host would, so disputed
 * invoices are not chased (the evaluator holds them), but it ignores replies, segments and timing.
 *
 * @param options - Reminder days, send hour, seller time zone.
 * @returns The policy, named `fixed-ladder`.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the bad option, such as `options.daysPastDue`.
 * @category Policies
 * @example
 * ```ts
 * createFixedLadderPolicy().name;
 * //=> 'fixed-ladder'
 * ```
 */
export function createFixedLadderPolicy(options: FixedLadderPolicyOptions = {}): CollectionPolicy {
  const parsed = parseInput(optionsSchema, options, 'options');
  const days = parsed.daysPastDue ?? [1, 7, 14, 30];
  const sendHour = parsed.sendHour ?? 9;
  const zone = parsed.sellerTimeZone ?? 'Europe/London';
  const input: ScenarioInput = {
    version: 1,
    id: 'fixed-ladder',
    revision: 1,
    name: 'Fixed ladder',
    grouping: 'invoice',
    steps: days.map((offset, index) => ({
      id: `overdue-${offset}`,
      anchor: 'due-date' as const,
      offsetDays: offset,
      actions: [
        {
          kind: 'message' as const,
          channels: ['email' as const],
          tone: toneOfStep(index),
          template: 'overdue',
        },
      ],
    })),
  };
  const scenario = parseScenario(input);
  return {
    name: 'fixed-ladder',
    start(start) {
      const ids = start.customers.map((customer) => customer.id);
      const driver = new ScenarioDriver(scenario, ids, days[0] as number);
      driver.prime(start.history, start.startDate);
      return {
        decide(day) {
          const actions: PolicyAction[] = [];
          const at = instantAtLocalHour(zone, civilDateToDayNumber(day.date), sendHour);
          driver.run(day, (view, action) => {
            if (view.customer.contacts.every((contact) => contact.consent.email === false)) return false;
            actions.push({
              kind: 'message',
              customerIndex: view.index,
              channel: 'email',
              at,
              tone: action.tone as MessageTone,
              invoiceIds: action.items.map((item) => item.invoiceId),
            });
            return true;
          });
          return actions;
        },
      };
    },
  };
}
