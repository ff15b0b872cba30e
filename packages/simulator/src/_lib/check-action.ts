import type { Money } from '@overdue/core';
import { assertKnownFields, describeReceived, InvalidArgumentError, isCivilDate, isCurrencyCode } from '@overdue/core';
import type { PlanOffer, PolicyAction } from '../policies/policy-types';
import { CHANNEL_ORDER } from './archetype-order';

// `satisfies` keeps the lists of fields in step with the types.
type MessageAction = Extract<PolicyAction, { kind: 'message' }>;
type PlanAction = Extract<PolicyAction, { kind: 'payment-plan' }>;
const MESSAGE_FIELDS = Object.keys({
  kind: true,
  customerIndex: true,
  channel: true,
  at: true,
  tone: true,
  invoiceIds: true,
  messageId: true,
  plans: true,
} satisfies Record<keyof MessageAction, true>);
const PLAN_ACTION_FIELDS = Object.keys({
  kind: true,
  customerIndex: true,
  invoiceId: true,
  installments: true,
} satisfies Record<keyof PlanAction, true>);
const OFFER_FIELDS = Object.keys({ invoiceId: true, installments: true } satisfies Record<keyof PlanOffer, true>);
const INSTALLMENT_FIELDS = Object.keys({ dueDate: true, amount: true } satisfies Record<
  keyof PlanOffer['installments'][number],
  true
>);
const MONEY_FIELDS = Object.keys({ currency: true, minor: true } satisfies Record<keyof Money, true>);
const CHANNELS: readonly unknown[] = CHANNEL_ORDER;
const TONES: readonly unknown[] = ['friendly', 'neutral', 'firm', 'final'];

/** What an action is checked against: the portfolio's size and who owns each invoice. */
export interface ActionScope {
  /** The number of customers. */
  readonly customers: number;
  /** The index of the customer an invoice id belongs to, or undefined for an id never issued. */
  readonly ownerOf: (invoiceId: string) => number | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(message: string, path: string): never {
  throw new InvalidArgumentError(message, path);
}

function checkInvoiceOf(id: unknown, customer: number, scope: ActionScope, path: string): void {
  if (typeof id !== 'string') fail(`expected an invoice id, got ${describeReceived(id)}`, path);
  const owner = scope.ownerOf(id);
  if (owner === undefined) fail(`no invoice ${JSON.stringify(id)} was issued`, path);
  if (owner !== customer) fail(`invoice ${JSON.stringify(id)} is not customer ${customer}'s`, path);
}

function checkOffer(offer: unknown, customer: number, scope: ActionScope, path: string, fields: string[]): void {
  if (!isRecord(offer)) fail(`expected a plan offer { invoiceId, installments }, got ${describeReceived(offer)}`, path);
  assertKnownFields(offer, fields, path);
  checkInvoiceOf(offer.invoiceId, customer, scope, `${path}.invoiceId`);
  const installments = offer.installments;
  if (!Array.isArray(installments) || installments.length === 0)
    fail(`expected at least one installment, got ${describeReceived(installments)}`, `${path}.installments`);
  for (let index = 0; index < installments.length; index++) {
    const part: unknown = installments[index];
    const where = `${path}.installments[${index}]`;
    if (!isRecord(part)) fail(`expected { dueDate, amount }, got ${describeReceived(part)}`, where);
    assertKnownFields(part, INSTALLMENT_FIELDS, where);
    if (!isCivilDate(part.dueDate))
      fail(`expected a date YYYY-MM-DD, got ${describeReceived(part.dueDate)}`, `${where}.dueDate`);
    const amount = part.amount;
    if (!isRecord(amount))
      fail(`expected money { currency, minor }, got ${describeReceived(amount)}`, `${where}.amount`);
    assertKnownFields(amount, MONEY_FIELDS, `${where}.amount`);
    if (!isCurrencyCode(amount.currency))
      fail(`expected a currency code, got ${describeReceived(amount.currency)}`, `${where}.amount.currency`);
    if (!Number.isSafeInteger(amount.minor) || (amount.minor as number) <= 0)
      fail(
        `expected a whole number of minor units above 0, got ${describeReceived(amount.minor)}`,
        `${where}.amount.minor`,
      );
  }
}

/**
 * Checks the shape of one action a policy returned, at `path` (`actions[3]`), so that a policy's mistake
 * (a misspelt channel, an invalid date, an invoice of another customer) fails naming the field instead of
 * being counted as a refusal or ignored. What the rules of the day decide (no consent, an instant already
 * past, an invoice paid meanwhile, installments that no longer add up) is not checked here: the engine
 * refuses or ignores those, as a real channel or payer would.
 */
export function checkAction(action: unknown, scope: ActionScope, path: string): asserts action is PolicyAction {
  if (!isRecord(action)) fail(`expected an action { kind, customerIndex, ... }, got ${describeReceived(action)}`, path);
  const customer = action.customerIndex;
  if (typeof customer !== 'number' || !Number.isInteger(customer) || customer < 0 || customer >= scope.customers)
    fail(
      `expected a customer index from 0 to ${scope.customers - 1}, got ${describeReceived(customer)}`,
      `${path}.customerIndex`,
    );
  if (action.kind === 'payment-plan') {
    checkOffer(action, customer, scope, path, PLAN_ACTION_FIELDS);
    return;
  }
  if (action.kind !== 'message')
    fail(`expected one of "message", "payment-plan", got ${describeReceived(action.kind)}`, `${path}.kind`);
  assertKnownFields(action, MESSAGE_FIELDS, path);
  if (!CHANNELS.includes(action.channel))
    fail(
      `expected one of ${CHANNEL_ORDER.map((c) => `"${c}"`).join(', ')}, got ${describeReceived(action.channel)}`,
      `${path}.channel`,
    );
  if (!TONES.includes(action.tone))
    fail(
      `expected one of "friendly", "neutral", "firm", "final", got ${describeReceived(action.tone)}`,
      `${path}.tone`,
    );
  if (!(action.at instanceof Date) || Number.isNaN(action.at.getTime()))
    fail(`expected a valid Date, got ${describeReceived(action.at)}`, `${path}.at`);
  const ids = action.invoiceIds;
  if (!Array.isArray(ids)) fail(`expected an array of invoice ids, got ${describeReceived(ids)}`, `${path}.invoiceIds`);
  for (let index = 0; index < ids.length; index++)
    checkInvoiceOf(ids[index], customer, scope, `${path}.invoiceIds[${index}]`);
  if (action.messageId !== undefined && (typeof action.messageId !== 'string' || action.messageId === ''))
    fail(`expected a non-empty string, got ${describeReceived(action.messageId)}`, `${path}.messageId`);
  const plans = action.plans;
  if (plans === undefined) return;
  if (!Array.isArray(plans)) fail(`expected an array of plan offers, got ${describeReceived(plans)}`, `${path}.plans`);
  for (let index = 0; index < plans.length; index++)
    checkOffer(plans[index], customer, scope, `${path}.plans[${index}]`, OFFER_FIELDS);
}
