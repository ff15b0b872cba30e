import type { Channel, Money } from '@overdue/core';
import { channelSchema, currencySchema, describeReceived } from '@overdue/core';
import { z } from 'zod';

const integer = (min: number, max = 100_000) =>
  z.custom<number>((value) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max, {
    error: (issue) =>
      Number.isInteger(issue.input)
        ? `expected an integer from ${min} to ${max}, got ${describeReceived(issue.input)}`
        : `expected an integer, got ${describeReceived(issue.input)}`,
  });

const finite = z.custom<number>((value) => typeof value === 'number' && Number.isFinite(value), {
  error: (issue) => `expected a finite number, got ${describeReceived(issue.input)}`,
});

const text = z.string().min(1, { error: 'expected a non-empty string' });

const range = (value: z.ZodType<number>) =>
  z
    .object({
      /** The smallest value allowed, inclusive. Optional; default no lower bound. */
      min: value.optional(),
      /** The largest value allowed, inclusive. Optional; default no upper bound. */
      max: value.optional(),
    })
    .strict()
    .refine((bounds) => bounds.min === undefined || bounds.max === undefined || bounds.min <= bounds.max, {
      error: 'expected min not greater than max',
    });

const moneyAmount = z.union([z.string(), z.number()], {
  error: (issue) => `expected an amount such as "100.00", got ${describeReceived(issue.input)}`,
});

const conditionsSchema = z
  .object({
    /**
     * Minimum chased balance per currency, in major units (`{ "EUR": "50.00" }`). The step applies when some
     * chased currency reaches its own minimum; a currency not listed has none. Optional.
     */
    minBalance: z.record(currencySchema, moneyAmount).optional(),
    /** Days the oldest chased item is overdue (negative before its due date), inclusive. Optional. */
    daysOverdue: range(integer(-100_000)).optional(),
    /** Number of invoices chased, inclusive. Optional. */
    invoiceCount: range(integer(0)).optional(),
    /** Payer segments (from `@overdue/scoring`) the step applies to. Optional. */
    segments: z.array(text).min(1).optional(),
    /** Payer score range, inclusive. Optional. */
    score: range(finite).optional(),
    /** Customer tags. Optional. */
    tags: z
      .object({
        /** Tags the customer must all have. Optional. */
        all: z.array(text).optional(),
        /** Tags of which the customer must have at least one. Optional. */
        any: z.array(text).min(1).optional(),
        /** Tags the customer must not have. Optional. */
        none: z.array(text).optional(),
      })
      .strict()
      .optional(),
    /** Customer locales (`de` matches `de-AT`). Optional. */
    locales: z.array(text).min(1).optional(),
    /** Customer countries, ISO 3166-1 alpha-2. Optional. */
    countries: z
      .array(z.string().regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 country code such as "FR"' }))
      .min(1)
      .optional(),
  })
  .strict();

const tones = ['friendly', 'neutral', 'firm', 'final'] as const;
const scalarRecord = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

const feeRuleSchema = z.discriminatedUnion('kind', [
  z
    .object({
      /** `fixed`: a fixed amount. */
      kind: z.literal('fixed'),
      /** The fee in major units, such as `"40.00"`. Required. */
      amount: moneyAmount,
      /** Its currency; the fee applies only to balances in it. Required. */
      currency: currencySchema,
    })
    .strict(),
  z
    .object({
      /** `percent`: a percentage of the balance. */
      kind: z.literal('percent'),
      /** The percentage, above 0 and at most 100. Required. */
      percent: finite.refine((value) => value > 0 && value <= 100, {
        error: 'expected a percentage above 0, at most 100',
      }),
      /** The smallest fee in major units of `currency`. Optional. */
      min: moneyAmount.optional(),
      /** The largest fee in major units of `currency`. Optional. */
      max: moneyAmount.optional(),
      /** The currency of `min` and `max`; required with them. */
      currency: currencySchema.optional(),
    })
    .strict(),
]);

const actionSchema = z.discriminatedUnion('kind', [
  z
    .object({
      /** `message`: send a message. */
      kind: z.literal('message'),
      /** Channels in order, or `"auto"` to let an outreach learner choose. Required. */
      channels: z.union([z.literal('auto'), z.array(channelSchema).min(1)]),
      /** `all` (default): every usable channel in order; `first-available`: the first usable one only. */
      mode: z.enum(['all', 'first-available']).optional(),
      /** `friendly`, `neutral`, `firm` or `final`. Required. */
      tone: z.enum(tones),
      /** The message template id, such as `overdue`. Required. */
      template: text,
      /** Only contacts with one of these roles. Optional; default every contact. */
      contactRoles: z.array(text).min(1).optional(),
    })
    .strict(),
  z
    .object({
      /** `task`: create a task for a person. */
      kind: z.literal('task'),
      /** `call`, `review`, `visit` or `other`. Required. */
      task: z.enum(['call', 'review', 'visit', 'other']),
      /** The role of the owner, such as `collector`. Required. */
      ownerRole: text,
      /** A note for the owner. Optional. */
      note: z.string().optional(),
    })
    .strict(),
  z
    .object({
      /** `fee`: charge a fee. */
      kind: z.literal('fee'),
      /** The fee rule. Required. */
      rule: feeRuleSchema,
    })
    .strict(),
  z
    .object({
      /** `interest`: charge statutory interest. */
      kind: z.literal('interest'),
      /** `eu-directive`, `uk-late-payment`, `fr-indemnity` or `fixed-rate` (see `statutoryInterest`). Required. */
      regime: z.enum(['eu-directive', 'uk-late-payment', 'fr-indemnity', 'fixed-rate']),
      /** Options of the computation, passed on unchanged. Optional. */
      options: scalarRecord.optional(),
    })
    .strict(),
  z
    .object({
      /** `credit-hold`: put the account on credit hold. */
      kind: z.literal('credit-hold'),
    })
    .strict(),
  z
    .object({
      /** `agency`: hand the debt over to a collection agency. */
      kind: z.literal('agency'),
      /** The agency. Optional. */
      agency: text.optional(),
    })
    .strict(),
  z
    .object({
      /** `event`: emit a custom event. */
      kind: z.literal('event'),
      /** The event name. Required. */
      name: text,
      /** Extra data: strings, numbers and booleans. Optional. */
      data: scalarRecord.optional(),
    })
    .strict(),
]);

const stepSchema = z
  .object({
    /** Unique id: 1-64 letters, digits, `.`, `_` or `-`. Part of every key. Required. */
    id: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, { error: 'expected 1-64 letters, digits, ".", "_" or "-"' }),
    /** `ladder` (default) or `promise-broken` (runs when a promise to pay is broken). */
    trigger: z.enum(['ladder', 'promise-broken']).optional(),
    /** What `offsetDays` counts from: `due-date`, `oldest-overdue`, `previous-step` or `promise-broken`. Required. */
    anchor: z.enum(['due-date', 'oldest-overdue', 'previous-step', 'promise-broken']),
    /** Days after the anchor; negative before it (not with `previous-step`). Required. */
    offsetDays: integer(-3650, 3650),
    /** Repeat the step. Optional. */
    repeat: z
      .object({
        /** Days between occurrences, 1 or more. Required. */
        everyDays: integer(1, 3650),
        /** Occurrences after the first, 1 or more. Required. */
        times: integer(1, 1000),
      })
      .strict()
      .optional(),
    /** Conditions that must all hold. Optional. */
    when: conditionsSchema.optional(),
    /** What to do, in order; at least one. Required. */
    actions: z.array(actionSchema).min(1, { error: 'expected at least one action' }),
    /** The ladder ends once this step is done (see `afterTerminal`). Optional; default `false`. */
    terminal: z.boolean().optional(),
    /** A note for people reading the scenario. Optional. */
    description: z.string().optional(),
  })
  .strict();

/**
 * The zod schema of a scenario as hosts write it (plain JSON). {@link parseScenario} validates with it and
 * checks the rules that span fields (unique step ids, anchors that have a previous step).
 *
 * @category Scenarios
 * @example
 * ```ts
 * scenarioInputSchema.safeParse({ version: 1, id: 'x', revision: 1, steps: [] }).success;
 * //=> false
 * ```
 */
export const scenarioInputSchema = z
  .object({
    /** Always `1`. Required. */
    version: z.literal(1, { error: (issue) => `expected 1, got ${describeReceived(issue.input)}` }),
    /** The scenario id: 1-64 letters, digits, `.`, `_` or `-`. Part of every key. Required. */
    id: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, { error: 'expected 1-64 letters, digits, ".", "_" or "-"' }),
    /** The revision, a positive integer; part of every key, so a new revision starts fresh keys. Required. */
    revision: integer(1, 1_000_000),
    /** A display name. Optional. */
    name: z.string().optional(),
    /** `customer`, `customer-currency` (default) or `invoice`: what one message covers. */
    grouping: z.enum(['customer', 'customer-currency', 'invoice']).optional(),
    /** `restart`, `keep-position` (default) or `per-invoice`: the ladder when its oldest item is paid. */
    reanchor: z.enum(['restart', 'keep-position', 'per-invoice']).optional(),
    /** `stop-unit` (default) or `stop-customer`: what a done terminal step stops. */
    afterTerminal: z.enum(['stop-unit', 'stop-customer']).optional(),
    /** Days after the promised date before a promise counts as broken. Optional; default 3. */
    promiseGraceDays: integer(0, 365).optional(),
    /** Days a `payment-received` event not yet in the ledger suppresses chasing. Optional; default 3. */
    paymentInFlightDays: integer(0, 365).optional(),
    /** At most `maxMessages` messages per customer in any `windowDays` days. Optional; default no cap. */
    contactCap: z
      .object({
        /** Messages allowed in the window, 1 or more. Required. */
        maxMessages: integer(1, 1000),
        /** The rolling window, in days. Required. */
        windowDays: integer(1, 365),
      })
      .strict()
      .optional(),
    /** Channels used only with explicit `true` consent (from the contact or an opted-in event). Default `[]`. */
    requireConsent: z.array(channelSchema).optional(),
    /** The steps, in ladder order; at least one. Required. */
    steps: z.array(stepSchema).min(1, { error: 'expected at least one step' }),
  })
  .strict();

/**
 * A scenario as hosts write it: plain JSON, `version: 1`. Every field is described in the dunning
 * scenarios guide.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const input: ScenarioInput = {
 *   version: 1, id: 'mini', revision: 1,
 *   steps: [{ id: 'r1', anchor: 'due-date', offsetDays: 3,
 *     actions: [{ kind: 'message', channels: ['email'], tone: 'friendly', template: 'overdue' }] }],
 * };
 * ```
 */
export type ScenarioInput = z.input<typeof scenarioInputSchema>;

/**
 * A tone of voice: `friendly`, `neutral`, `firm` or `final`.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const tone: ScenarioTone = 'firm';
 * ```
 */
export type ScenarioTone = 'friendly' | 'neutral' | 'firm' | 'final';

/**
 * A fee rule of a scenario, with money parsed to minor units. Same shape as the fees module's rule.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const rule: ScenarioFeeRule = { kind: 'fixed', amount: { currency: 'EUR', minor: 4000 } };
 * ```
 */
export type ScenarioFeeRule =
  | {
      /** A fixed amount. */
      kind: 'fixed';
      /** The fee. */
      amount: Money;
    }
  | {
      /** A percentage of the balance. */
      kind: 'percent';
      /** The percentage, above 0 and at most 100. */
      percent: number;
      /** The smallest fee, when given. */
      min?: Money;
      /** The largest fee, when given. */
      max?: Money;
    };

/**
 * What a step does, after parsing.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const action: ScenarioAction = { kind: 'task', task: 'call', ownerRole: 'collector' };
 * ```
 */
export type ScenarioAction =
  | {
      /** Send a message. */
      kind: 'message';
      /** Channels in order, or `auto` to let an outreach learner choose among the usable ones. */
      channels: readonly Channel[] | 'auto';
      /** `all`: send on every usable channel in order; `first-available`: only on the first usable one. */
      mode: 'all' | 'first-available';
      /** The tone. */
      tone: ScenarioTone;
      /** The message template id, such as `overdue`. */
      template: string;
      /** Only contacts whose role is one of these; absent means every contact. */
      contactRoles?: readonly string[];
    }
  | {
      /** Create a task for a person. */
      kind: 'task';
      /** What to do: `call`, `review`, `visit` or `other`. */
      task: 'call' | 'review' | 'visit' | 'other';
      /** The role of the owner, such as `collector`. */
      ownerRole: string;
      /** A note for the owner, when given. */
      note?: string;
    }
  | {
      /** Charge a fee. */
      kind: 'fee';
      /** The fee rule. */
      rule: ScenarioFeeRule;
    }
  | {
      /** Charge statutory interest. */
      kind: 'interest';
      /** The interest regime, passed on to `statutoryInterest`. */
      regime: 'eu-directive' | 'uk-late-payment' | 'fr-indemnity' | 'fixed-rate';
      /** Options for the interest computation, passed on unchanged. */
      options?: Readonly<Record<string, string | number | boolean>>;
    }
  | {
      /** Put the account on credit hold. */
      kind: 'credit-hold';
    }
  | {
      /** Hand the debt over to a collection agency. */
      kind: 'agency';
      /** The agency, when given. */
      agency?: string;
    }
  | {
      /** Emit a custom event for the host. */
      kind: 'event';
      /** The event name. */
      name: string;
      /** Extra data, when given. */
      data?: Readonly<Record<string, string | number | boolean>>;
    };

/**
 * An inclusive range; a missing bound is open.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const range: ScenarioRange = { min: 30 };
 * ```
 */
export interface ScenarioRange {
  /** The smallest value allowed, or none. */
  min?: number;
  /** The largest value allowed, or none. */
  max?: number;
}

/**
 * A condition on customer tags.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const tags: ScenarioTagCondition = { none: ['key-account'] };
 * ```
 */
export interface ScenarioTagCondition {
  /** Tags the customer must all have. */
  all?: readonly string[];
  /** Tags of which the customer must have at least one. */
  any?: readonly string[];
  /** Tags the customer must not have. */
  none?: readonly string[];
}

/**
 * How a step repeats.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const repeat: ScenarioRepeat = { everyDays: 7, times: 3 }; // 4 occurrences in all
 * ```
 */
export interface ScenarioRepeat {
  /** Days between occurrences. */
  everyDays: number;
  /** Occurrences after the first. */
  times: number;
}

/**
 * The contact cap of a scenario.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const cap: ContactCap = { maxMessages: 3, windowDays: 7 };
 * ```
 */
export interface ContactCap {
  /** Messages allowed per customer in the window. */
  maxMessages: number;
  /** The rolling window, in days, ending on the evaluation day. */
  windowDays: number;
}

/**
 * Step conditions after parsing; every one given must hold (AND).
 *
 * @category Scenarios
 * @example
 * ```ts
 * const when: ScenarioConditions = { daysOverdue: { min: 30 }, segments: ['chronic-late'] };
 * ```
 */
export interface ScenarioConditions {
  /** Minimum chased balance per currency, in minor units; a currency not listed has no minimum. */
  minBalance?: Readonly<Record<string, Money>>;
  /** Days the unit's oldest chased item is overdue (negative before its due date), inclusive range. */
  daysOverdue?: ScenarioRange;
  /** Number of invoices chased in the unit, inclusive range. */
  invoiceCount?: ScenarioRange;
  /** The payer segment must be one of these (no payer: false). */
  segments?: readonly string[];
  /** The payer score must be in this inclusive range (no payer: false). */
  score?: ScenarioRange;
  /** Customer tags: all of `all`, at least one of `any`, none of `none`. */
  tags?: ScenarioTagCondition;
  /** Customer locale: equal to one of these, or starting with it followed by `-` (`de` matches `de-AT`). */
  locales?: readonly string[];
  /** Customer country (ISO 3166-1 alpha-2): one of these. */
  countries?: readonly string[];
}

/**
 * A step after parsing, with its position and its defaults filled in.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const step: ScenarioStep = {
 *   id: 'r1', index: 0, trigger: 'ladder', anchor: 'due-date', offsetDays: 3, repeat: undefined,
 *   when: undefined, actions: [{ kind: 'credit-hold' }], terminal: false,
 * };
 * ```
 */
export interface ScenarioStep {
  /** Its id, unique in the scenario. */
  id: string;
  /** Its position in `steps`. */
  index: number;
  /** `ladder` steps run from the anchors; `promise-broken` steps run when a promise to pay is broken. */
  trigger: 'ladder' | 'promise-broken';
  /** What `offsetDays` counts from. */
  anchor: 'due-date' | 'oldest-overdue' | 'previous-step' | 'promise-broken';
  /** Days after the anchor (negative: before it). */
  offsetDays: number;
  /** Repeats after the first occurrence, or `undefined`. */
  repeat: ScenarioRepeat | undefined;
  /** Conditions that must all hold, or `undefined`. */
  when: ScenarioConditions | undefined;
  /** The actions, in order. */
  actions: readonly ScenarioAction[];
  /** Whether the ladder ends once this step is done. */
  terminal: boolean;
}

/**
 * A validated, frozen scenario returned by {@link parseScenario}; pass it to {@link evaluateScenario}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const scenario: Scenario = parseScenario(STANDARD_SCENARIO);
 * scenario.grouping;
 * //=> 'customer-currency'
 * ```
 */
export interface Scenario {
  /** Always 1. */
  version: 1;
  /** The scenario id, part of every idempotency key. */
  id: string;
  /** The revision, part of every idempotency key. */
  revision: number;
  /** A display name, or `undefined`. */
  name: string | undefined;
  /** How items become one message: per `customer`, per `customer-currency` or per `invoice`. */
  grouping: 'customer' | 'customer-currency' | 'invoice';
  /** What the ladder does when its oldest item is paid while others remain. */
  reanchor: 'restart' | 'keep-position' | 'per-invoice';
  /** After a terminal step: `stop-unit` stops that unit's ladder; `stop-customer` stops the whole customer. */
  afterTerminal: 'stop-unit' | 'stop-customer';
  /** Days after the promised date before a promise counts as broken. */
  promiseGraceDays: number;
  /** Days a `payment-received` event not yet in the ledger suppresses reminders. */
  paymentInFlightDays: number;
  /** At most `maxMessages` messages per customer in any `windowDays` days, or `undefined`. */
  contactCap: ContactCap | undefined;
  /** Channels that need explicit `true` consent. */
  requireConsent: readonly Channel[];
  /** The steps, in order (ladder and promise-broken branch). */
  steps: readonly ScenarioStep[];
}
