import type {
  Channel,
  CivilDate,
  CollectionsEvent,
  CreditNote,
  Customer,
  Invoice,
  Money,
  Payment,
} from '@overdue/core';
import type { ScenarioFeeRule, ScenarioTone } from '../scenario-schema';

/**
 * A pause set by a person: on the whole customer (no `invoiceId`) or on one invoice, until a day or for
 * good.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const hold: CustomerHold = { invoiceId: 'i1', until: '2026-03-01', reason: 'awaiting PO' };
 * ```
 */
export interface CustomerHold {
  /** The invoice paused; absent pauses the whole customer. */
  invoiceId?: string;
  /** The first day chasing may resume, civil date `YYYY-MM-DD`; absent pauses until the hold is removed. */
  until?: CivilDate;
  /** Why, in words; repeated in the reasons. Optional. */
  reason?: string;
}

/**
 * Everything the evaluator knows about one customer. Amounts are parsed by core's schemas into exact money in minor units;
 * the snapshot is checked by hand on every call, cheaply, and bad fields throw naming their path.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const snapshot: CustomerSnapshot = {
 *   customer: { id: 'C1', name: 'Acme', contacts: [{ id: 'c1', email: 'ap@acme.test', consent: {} }] },
 *   invoices: [invoice],
 * };
 * ```
 */
export interface CustomerSnapshot {
  /** The customer, with its contacts (consent per channel), locale, country and tags. */
  customer: Customer;
  /** Its invoices; those with nothing due, or not `open`, are ignored. */
  invoices: readonly Invoice[];
  /** Its payments; what their allocations do not cover is unapplied cash. Default `[]`. */
  payments?: readonly Payment[];
  /** Its credit notes; what their allocations do not cover is open credit. Default `[]`. */
  creditNotes?: readonly CreditNote[];
  /** Its collections history: messages sent, opt-outs, promises, disputes, payments. Default `[]`. */
  events?: readonly CollectionsEvent[];
  /** Its payer segment and score, from `@overdue/scoring`. Optional; conditions on them fail without it. */
  payer?: {
    /** The segment, such as `chronic-late`. Optional. */
    segment?: string;
    /** The score. Optional. */
    score?: number;
  };
  /** Pauses set by people. Default `[]`. */
  holds?: readonly CustomerHold[];
  /** `true` excludes the customer from dunning entirely. Default `false`. */
  excluded?: boolean;
  /**
   * Actions already executed: each action's idempotency key mapped to the civil date it was executed.
   * This is the only record of what was done; the evaluator never emits a key found here. Default `{}`.
   */
  done?: Readonly<Record<string, CivilDate>>;
}

/**
 * Options of {@link evaluateScenario}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const options: EvaluateScenarioOptions = { now: new Date('2026-03-02T08:00:00Z') };
 * ```
 */
export interface EvaluateScenarioOptions {
  /**
   * The evaluation time: a `Date` (its UTC calendar day is used) or a civil date `YYYY-MM-DD`. Required.
   * Only its day matters: every evaluation on the same day gives the same result.
   */
  now: Date | CivilDate;
}

/**
 * A machine-readable reason with a short human sentence.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const reason: ScenarioReason = { code: 'dispute-open', invoiceId: 'i1', message: 'Invoice i1 is disputed.' };
 * ```
 */
export interface ScenarioReason {
  /** The stable code, such as `step-due`, `dispute-open` or `contact-cap`. */
  code: string;
  /** A short sentence for people. */
  message: string;
  /** The step concerned, when there is one. */
  stepId?: string;
  /** The invoice concerned, when there is one. */
  invoiceId?: string;
  /** The contact concerned, when there is one. */
  contactId?: string;
  /** The channel concerned, when there is one. */
  channel?: Channel;
  /** The currency concerned, when there is one. */
  currency?: string;
  /** The day a hold or suppression ends, when known. */
  until?: CivilDate;
}

/**
 * One invoice, or one installment of an invoice, chased by an action.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const item: ChasedItem = {
 *   invoiceId: 'i1', installment: undefined, dueDate: '2026-02-01', amount: { currency: 'EUR', minor: 12000 },
 * };
 * ```
 */
export interface ChasedItem {
  /** The invoice. */
  invoiceId: string;
  /** The installment number (1-based) when the invoice has a payment schedule, else `undefined`. */
  installment: number | undefined;
  /** Its due date. */
  dueDate: CivilDate;
  /** What is still owed on it. */
  amount: Money;
}

/**
 * Fields every action has.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const base: Pick<DunningActionBase, 'key' | 'stepId'> = { key: 'standard@1/C1/EUR/2026-02-01/r1#0/2026-02-04:0', stepId: 'r1' };
 * ```
 */
export interface DunningActionBase {
  /**
   * The idempotency key: `scenarioId@revision/customerId/unit/anchorDate/stepId#occurrence/date:action`.
   * It does not depend on the evaluation time; record it in `done` once executed.
   */
  key: string;
  /** The customer. */
  customerId: string;
  /** The step. */
  stepId: string;
  /** 0 for the first occurrence of the step, 1 for its first repeat, and so on. */
  occurrence: number;
  /** The day this occurrence was scheduled for (it may be earlier than today after a hold). */
  scheduledDate: CivilDate;
  /** The day the ladder counted from (part of the key). */
  anchorDate: CivilDate;
  /** The grouping unit: `all`, a currency code, or an invoice id (`i1`, or `i1#2` for an installment). */
  unit: string;
  /** The items chased, oldest first. */
  items: readonly ChasedItem[];
  /** The chased balance per currency, in currency order. */
  balances: readonly Money[];
  /** Why the action is due. */
  reasons: readonly ScenarioReason[];
}

/**
 * A delivery of a message: a channel and the contacts allowed to receive on it.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const delivery: MessageDelivery = { channel: 'email', contactIds: ['c1'] };
 * ```
 */
export interface MessageDelivery {
  /** The channel. */
  channel: Channel;
  /** The contacts reachable and allowed on it, in the customer's contact order. */
  contactIds: readonly string[];
}

/**
 * An action decided by {@link evaluateScenario}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const result = evaluateScenario(parseScenario(STANDARD_SCENARIO), snapshot, { now: '2026-03-02' });
 * result.actions[0]?.kind;
 * //=> 'message'
 * ```
 */
export type DunningAction =
  | (DunningActionBase & {
      /** Send a message. */
      kind: 'message';
      /** `true` when an outreach learner should choose one channel among `deliveries`. */
      auto: boolean;
      /** The channels to send on, in order, each with its allowed contacts; with `auto`, the choices. */
      deliveries: readonly MessageDelivery[];
      /** The tone. */
      tone: ScenarioTone;
      /** The template id. */
      template: string;
    })
  | (DunningActionBase & {
      /** Create a task. */
      kind: 'task';
      /** What to do. */
      task: 'call' | 'review' | 'visit' | 'other';
      /** The role of the owner. */
      ownerRole: string;
      /** A note for the owner, or `undefined`. */
      note: string | undefined;
    })
  | (DunningActionBase & {
      /** Charge a fee (one action per currency the rule applies to). */
      kind: 'fee';
      /** The fee rule. */
      rule: ScenarioFeeRule;
      /** The balance the fee applies to: the chased balance in one currency. */
      balance: Money;
      /** The fee, from `computeFee(rule, balance)`; charge it once, under `key`. */
      amount: Money;
      /** How the fee was computed, in one sentence. */
      explanation: string;
    })
  | (DunningActionBase & {
      /** Charge statutory interest (one action per currency). */
      kind: 'interest';
      /** The interest regime. */
      regime: 'eu-directive' | 'uk-late-payment' | 'fr-indemnity' | 'fixed-rate';
      /** Settings of the regime, as written in the scenario. */
      options: Readonly<Record<string, string | number | boolean>>;
      /**
       * The balance the interest applies to (one currency). The amount to charge, item by item, comes from
       * {@link interestForAction} when the action is executed (it runs `statutoryInterest` per item, which
       * costs far more than evaluating), and is charged once under `key`.
       */
      balance: Money;
    })
  | (DunningActionBase & {
      /** Put the account on credit hold. */
      kind: 'credit-hold';
    })
  | (DunningActionBase & {
      /** Hand over to a collection agency. */
      kind: 'agency';
      /** The agency, or `undefined`. */
      agency: string | undefined;
    })
  | (DunningActionBase & {
      /** Emit a custom event. */
      kind: 'event';
      /** The event name. */
      name: string;
      /** Extra data. */
      data: Readonly<Record<string, string | number | boolean>>;
    });

/**
 * The statutory interest and compensation of one chased item, as an `interest` action lists them.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const line: InterestItem = {
 *   invoiceId: 'i1', installment: undefined,
 *   interest: { currency: 'EUR', minor: 2110 }, compensation: { currency: 'EUR', minor: 4000 },
 *   explanation: 'Interest on EUR 1,000.00 from 2026-01-01 to 2026-03-02 ...',
 * };
 * ```
 */
export interface InterestItem {
  /** The invoice. */
  invoiceId: string;
  /** The installment number, or `undefined` for a whole invoice. */
  installment: number | undefined;
  /** Interest accrued up to the evaluation day. */
  interest: Money;
  /** Fixed compensation (EUR 40, GBP 40-100), zero when none applies. */
  compensation: Money;
  /** How it was computed, from `statutoryInterest`. */
  explanation: string;
}

/**
 * A step occurrence that was due but not acted on, and why.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const skipped: SkippedStep = {
 *   stepId: 'r2', unit: 'EUR', scheduledDate: '2026-03-01', key: 'standard@1/C1/EUR/2026-02-01/r2#0/2026-03-01',
 *   kind: 'held', reasons: [{ code: 'dispute-open', invoiceId: 'i1', message: 'Invoice i1 is disputed.' }],
 * };
 * ```
 */
export interface SkippedStep {
  /** The step, or `undefined` when the whole customer is skipped. */
  stepId: string | undefined;
  /** The grouping unit, or `undefined` when the whole customer is skipped. */
  unit: string | undefined;
  /** The day the occurrence was scheduled for, or `undefined`. */
  scheduledDate: CivilDate | undefined;
  /** The occurrence key (the action keys without `:action`), or `undefined`. */
  key: string | undefined;
  /**
   * `excluded`, `held`, `suppressed`, `condition-false`, `contact-cap`, `no-contact` (no allowed contact on
   * any channel) or `after-terminal`.
   */
  kind: 'excluded' | 'held' | 'suppressed' | 'condition-false' | 'contact-cap' | 'no-contact' | 'after-terminal';
  /** The reasons. */
  reasons: readonly ScenarioReason[];
}

/**
 * The result of {@link evaluateScenario}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const result: ScenarioEvaluation = evaluateScenario(scenario, snapshot, { now: '2026-03-02' });
 * result.nextEvaluationDate;
 * //=> '2026-03-09'
 * ```
 */
export interface ScenarioEvaluation {
  /** The customer. */
  customerId: string;
  /** The evaluation day. */
  date: CivilDate;
  /** The actions due now, in a stable order; no two share a key. */
  actions: readonly DunningAction[];
  /** Occurrences due but not acted on, and why. */
  skipped: readonly SkippedStep[];
  /**
   * The next day something may change with no new data (a step falls due, a hold or a promise ends), or
   * `undefined` when only new data (payments, events, invoices) can change the outcome.
   */
  nextEvaluationDate: CivilDate | undefined;
}
