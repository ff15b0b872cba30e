import type { Money } from '@overdue/core';
import { formatMoney } from '@overdue/core';
import type { DunningAction, ScenarioEvaluation } from '@overdue/dunning';

/** One action of today's plan, in words. */
export interface PlannedAction {
  customerId: string;
  /** The customer's name, or its id. */
  name: string;
  /** The scenario step. */
  step: string;
  /** What happens: `email, friendly, "overdue"`, `task: call (collector)`, `fee EUR 40.00`… */
  what: string;
  /** What it covers: how many invoices, and the balance per currency. */
  covers: string;
  /** Why, from the evaluator's reasons. */
  why: string;
  /** The idempotency key the host records before acting. */
  key: string;
}

/** Today's dunning plan: every action, and how many steps were held back, by kind. */
export interface DunningPlan {
  actions: PlannedAction[];
  /** Action counts by kind (`message`, `task`, `fee`…), largest first. */
  actionCounts: [string, number][];
  /** Steps due but not acted on, by kind (`held`, `suppressed`, `contact-cap`…), with one reason each. */
  skipped: { kind: string; count: number; example: string }[];
  /** Customers evaluated. */
  customers: number;
}

const money = (amounts: readonly Money[], locale: string) =>
  amounts.map((amount) => formatMoney(amount, locale)).join(' + ');

/** What an action does, in a few words. */
export function describeAction(action: DunningAction, locale: string): string {
  switch (action.kind) {
    case 'message': {
      const channels = action.deliveries.map((delivery) => delivery.channel).join(action.auto ? ' or ' : ' then ');
      return `${action.auto ? `best of ${channels}` : channels}, ${action.tone}, "${action.template}"`;
    }
    case 'task':
      return `task: ${action.task} (${action.ownerRole})`;
    case 'fee':
      return `fee ${formatMoney(action.amount, locale)}`;
    case 'interest':
      return `statutory interest (${action.regime})`;
    case 'credit-hold':
      return 'credit hold';
    case 'agency':
      return `hand over to ${action.agency ?? 'an agency'}`;
    case 'event':
      return `event "${action.name}"`;
  }
}

/**
 * Turns a day's evaluations into a plan a credit controller can read: who gets what, on which channel, and
 * why; what was held back, and why.
 */
export function dunningPlan(
  evaluations: readonly ScenarioEvaluation[],
  options: { names: ReadonlyMap<string, string>; locale: string },
): DunningPlan {
  const actions: PlannedAction[] = [];
  const counts = new Map<string, number>();
  const skipped = new Map<string, { count: number; example: string }>();
  for (const evaluation of evaluations) {
    for (const action of evaluation.actions) {
      counts.set(action.kind, (counts.get(action.kind) ?? 0) + 1);
      const invoices = new Set(action.items.map((item) => item.invoiceId)).size;
      actions.push({
        customerId: action.customerId,
        name: options.names.get(action.customerId) ?? action.customerId,
        step: action.stepId,
        what: describeAction(action, options.locale),
        covers: `${invoices} invoice${invoices === 1 ? '' : 's'}, ${money(action.balances, options.locale)}`,
        why: action.reasons.map((reason) => reason.message).join(' '),
        key: action.key,
      });
    }
    for (const skip of evaluation.skipped) {
      const entry = skipped.get(skip.kind);
      const name = options.names.get(evaluation.customerId) ?? evaluation.customerId;
      if (entry === undefined)
        skipped.set(skip.kind, { count: 1, example: `${name}: ${skip.reasons.map((r) => r.message).join(' ')}` });
      else entry.count++;
    }
  }
  return {
    actions,
    actionCounts: [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    skipped: [...skipped]
      .map(([kind, entry]) => ({ kind, ...entry }))
      .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)),
    customers: evaluations.length,
  };
}
