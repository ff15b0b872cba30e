import type { CivilDate, Invoice, Money } from '@overdue/core';
import { assertKnownFields, describeReceived, InvalidArgumentError, OverdueError, tryDayNumber } from '@overdue/core';
import type { MessageCharge, MessageContext, MessageInvoice } from '../../messages/message-types';
import type { CustomerSnapshot, DunningAction, MessageDelivery } from '../../scenario/evaluate/evaluation-types';
import type { MessageContextOfOptions } from '../message-context-of';

/** A message action. */
export type MessageAction = Extract<DunningAction, { kind: 'message' }>;

/** What both public functions read from their options (the public interface is `MessageContextOfOptions`). */
export interface ContextOptions {
  readonly sender: MessageContext['sender'];
  readonly today?: CivilDate;
  readonly paymentUrl?: string | ((action: MessageAction) => string | undefined);
  readonly charges?: readonly MessageCharge[];
}

/** A context and where each of its parts came from, to name the input path when rendering rejects it. */
export interface DerivedContext {
  readonly action: MessageAction;
  readonly context: MessageContext;
  /** `options.today` or `action.scheduledDate`. */
  readonly todayPath: string;
  /** Index in `snapshot.invoices` of each item's invoice. */
  readonly invoiceIndex: readonly number[];
  /** Where the payment URL came from, or undefined. */
  readonly paymentUrlPath: string | undefined;
  /** Where the promise came from, or undefined. */
  readonly promisePath: string | undefined;
  /** Where the installment came from, or undefined. */
  readonly installmentPath: string | undefined;
}

/**
 * The fields of `MessageContextOfOptions` (`composeMessages` has its own list), and of its sender;
 * `satisfies` keeps the lists in step with the types.
 */
export const CONTEXT_OPTION_FIELDS = Object.keys({
  sender: true,
  today: true,
  paymentUrl: true,
  charges: true,
} satisfies Record<keyof MessageContextOfOptions, true>);
const SENDER_FIELDS = Object.keys({ name: true, replyTo: true, phone: true } satisfies Record<
  keyof MessageContext['sender'],
  true
>);

function fail(message: string, path: string): never {
  throw new InvalidArgumentError(message, path);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function checkName(value: unknown, path: string, optional: boolean): void {
  if (optional && value === undefined) return;
  if (typeof value !== 'string' || value.trim() === '')
    fail(`expected a non-empty string, got ${describeReceived(value)}`, path);
}

/** Checks that the action is a message action with the arrays this module reads. */
export function checkMessageAction(action: unknown): MessageAction {
  if (!isObject(action)) fail(`expected an action from evaluateScenario, got ${describeReceived(action)}`, 'action');
  if (action.kind !== 'message') {
    fail(
      `expected a message action (kind "message"), got ${describeReceived(action.kind)}; only message actions have messages to compose`,
      'action.kind',
    );
  }
  if (!Array.isArray(action.items))
    fail(`expected an array of chased items, got ${describeReceived(action.items)}`, 'action.items');
  if (!Array.isArray(action.deliveries)) {
    fail(`expected an array of deliveries, got ${describeReceived(action.deliveries)}`, 'action.deliveries');
  }
  return action as unknown as MessageAction;
}

/** The name of the first contact of a delivery, with the path it came from, or undefined. */
export function contactNameOf(
  snapshot: CustomerSnapshot,
  delivery: MessageDelivery | undefined,
): { name: string; path: string } | undefined {
  const contactId = delivery?.contactIds[0];
  if (contactId === undefined) return undefined;
  const contacts = snapshot.customer.contacts;
  if (!Array.isArray(contacts)) return undefined;
  for (let index = 0; index < contacts.length; index++) {
    const contact = contacts[index];
    if (contact?.id !== contactId) continue;
    const name = contact.name;
    return typeof name === 'string' && name.trim() !== ''
      ? { name, path: `snapshot.customer.contacts[${index}].name` }
      : undefined;
  }
  return undefined;
}

function findPromise(
  action: MessageAction,
  snapshot: CustomerSnapshot,
  today: CivilDate,
): { promise: NonNullable<MessageContext['promise']>; path: string } {
  const events: unknown = snapshot.events ?? [];
  if (!Array.isArray(events)) fail(`expected an array of events, got ${describeReceived(events)}`, 'snapshot.events');
  const itemIds = new Set<string>();
  for (const item of action.items) itemIds.add(item.invoiceId);
  let best: Record<string, unknown> | undefined;
  let bestIndex = -1;
  let bestTime = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < events.length; index++) {
    const event: unknown = events[index];
    if (!isObject(event) || event.type !== 'promise-made') continue;
    const at = event.at;
    if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
      fail(
        `expected a valid Date (parse events with collectionsEventSchema), got ${describeReceived(at)}`,
        `snapshot.events[${index}].at`,
      );
    }
    if (at.toISOString().slice(0, 10) > today) continue;
    const ids = event.invoiceIds;
    if (ids !== undefined && !Array.isArray(ids)) {
      fail(`expected an array of invoice ids, got ${describeReceived(ids)}`, `snapshot.events[${index}].invoiceIds`);
    }
    if (ids !== undefined && !ids.some((id) => itemIds.has(id as string))) continue;
    const time = at.getTime();
    if (time >= bestTime) {
      best = event;
      bestIndex = index;
      bestTime = time;
    }
  }
  if (best === undefined) {
    fail(
      `template "promise-broken" needs a promise-made event on or before ${today} covering invoice ${[...itemIds].join(', ')}; none was found (record the promise, or use another template)`,
      'snapshot.events',
    );
  }
  const where = `snapshot.events[${bestIndex}]`;
  const date = best.promisedDate;
  if (Number.isNaN(tryDayNumber(date)))
    fail(`expected YYYY-MM-DD, got ${describeReceived(date)}`, `${where}.promisedDate`);
  if (isObject(best.amount)) {
    // Only the money: the event is a ledger record, and its amount may carry more fields than a context takes.
    const { currency, minor } = best.amount as unknown as Money;
    return { promise: { date: date as string, amount: { currency, minor } }, path: where };
  }
  // No amount promised: the balance of the items the promise covers.
  const ids = best.invoiceIds as readonly string[] | undefined;
  let currency: string | undefined;
  let minor = 0;
  for (const item of action.items) {
    if (ids !== undefined && !ids.includes(item.invoiceId)) continue;
    if (currency === undefined) currency = item.amount.currency;
    else if (currency !== item.amount.currency) {
      fail(
        `the promise has no amount and covers a balance in ${currency} and ${item.amount.currency}; record the promised amount and currency on the event`,
        `${where}.amount`,
      );
    }
    minor += item.amount.minor;
  }
  const amount: Money = { currency: currency as string, minor };
  return { promise: { date: date as string, amount }, path: where };
}

function findInstallment(
  action: MessageAction,
  snapshot: CustomerSnapshot,
  invoiceIndex: readonly number[],
): { installment: NonNullable<MessageContext['installment']>; path: string } {
  for (let index = 0; index < action.items.length; index++) {
    const item = action.items[index];
    if (item?.installment === undefined) continue;
    const invoiceAt = invoiceIndex[index] as number;
    const schedule = (snapshot.invoices[invoiceAt] as Invoice).installments;
    if (!Array.isArray(schedule) || schedule.length < item.installment) {
      fail(
        `expected a payment schedule with at least ${item.installment} installments (action.items[${index}] chases installment ${item.installment}), got ${describeReceived(schedule)}`,
        `snapshot.invoices[${invoiceAt}].installments`,
      );
    }
    return {
      installment: { number: item.installment, of: schedule.length, dueDate: item.dueDate, amount: item.amount },
      path: `action.items[${index}]`,
    };
  }
  return fail(
    'template "payment-plan-installment" needs an installment among the chased items, got none (use it for invoices with a payment schedule)',
    'action.items',
  );
}

/**
 * The message context of a message action: everything but `customer.contactName`, which depends on the
 * delivery. Checks what it reads, and that the options (whose fields are `knownOptions`) and the sender
 * have no unknown field; the renderer checks the rest (the charges are copied as they are).
 */
export function deriveContext(
  action: MessageAction,
  snapshot: CustomerSnapshot,
  options: ContextOptions,
  knownOptions: readonly string[],
): DerivedContext {
  if (!isObject(snapshot)) fail(`expected a customer snapshot, got ${describeReceived(snapshot)}`, 'snapshot');
  const customer = snapshot.customer;
  if (!isObject(customer)) fail(`expected a customer, got ${describeReceived(customer)}`, 'snapshot.customer');
  if (!Array.isArray(snapshot.invoices)) {
    fail(`expected an array of invoices, got ${describeReceived(snapshot.invoices)}`, 'snapshot.invoices');
  }
  if (!isObject(options)) fail(`expected { sender }, got ${describeReceived(options)}`, 'options');
  assertKnownFields(options, knownOptions, 'options');
  const sender = options.sender;
  if (!isObject(sender)) fail(`expected { name, replyTo?, phone? }, got ${describeReceived(sender)}`, 'options.sender');
  assertKnownFields(sender, SENDER_FIELDS, 'options.sender');
  checkName(sender.name, 'options.sender.name', false);
  checkName(sender.replyTo, 'options.sender.replyTo', true);
  checkName(sender.phone, 'options.sender.phone', true);

  const todayPath = options.today === undefined ? 'action.scheduledDate' : 'options.today';
  const today = options.today ?? action.scheduledDate;
  if (Number.isNaN(tryDayNumber(today))) fail(`expected YYYY-MM-DD, got ${describeReceived(today)}`, todayPath);

  // Join the items to the snapshot's invoices in one pass.
  const items = action.items;
  const wanted = new Map<string, number>();
  for (let index = 0; index < items.length; index++) {
    const item: unknown = items[index];
    if (!isObject(item) || typeof item.invoiceId !== 'string') {
      fail(`expected a chased item { invoiceId, ... }, got ${describeReceived(item)}`, `action.items[${index}]`);
    }
    if (!isObject(item.amount)) {
      fail(`expected money { currency, minor }, got ${describeReceived(item.amount)}`, `action.items[${index}].amount`);
    }
    wanted.set(item.invoiceId, -1);
  }
  const invoices = snapshot.invoices;
  let missing = wanted.size;
  for (let index = 0; index < invoices.length && missing > 0; index++) {
    const id = invoices[index]?.id;
    if (id !== undefined && wanted.get(id) === -1) {
      wanted.set(id, index);
      missing--;
    }
  }
  const invoiceIndex: number[] = [];
  const messageInvoices: MessageInvoice[] = [];
  let sharedUrl: string | undefined;
  let sharedUrlIndex = -1;
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as MessageAction['items'][number];
    const at = wanted.get(item.invoiceId) as number;
    if (at < 0) {
      fail(
        `no invoice with id "${item.invoiceId}" in snapshot.invoices; compose with the snapshot the action was evaluated from`,
        `action.items[${index}].invoiceId`,
      );
    }
    const invoice = invoices[at] as Invoice;
    invoiceIndex.push(at);
    messageInvoices.push({
      number: invoice.number,
      issueDate: invoice.issueDate,
      dueDate: item.dueDate,
      amountDue: { currency: item.amount.currency, minor: item.amount.minor },
    });
    if (index === 0) {
      sharedUrl = invoice.paymentUrl;
      sharedUrlIndex = at;
    } else if (sharedUrl !== invoice.paymentUrl) sharedUrl = undefined;
  }

  const context: MessageContext = {
    today,
    sender: { ...(sender as MessageContext['sender']) },
    customer: { name: customer.name },
    invoices: messageInvoices,
  };
  if (options.charges !== undefined) {
    if (!Array.isArray(options.charges)) {
      fail(`expected an array of { label, amount }, got ${describeReceived(options.charges)}`, 'options.charges');
    }
    context.charges = options.charges.slice();
  }

  let paymentUrlPath: string | undefined;
  const urlOption = options.paymentUrl;
  let url: string | undefined;
  if (typeof urlOption === 'function') {
    url = urlOption(action);
    if (url !== undefined) paymentUrlPath = 'options.paymentUrl';
  } else if (urlOption !== undefined) {
    url = urlOption;
    paymentUrlPath = 'options.paymentUrl';
  }
  if (url === undefined && sharedUrl !== undefined) {
    url = sharedUrl;
    paymentUrlPath = `snapshot.invoices[${sharedUrlIndex}].paymentUrl`;
  }
  if (url !== undefined) context.paymentUrl = url;

  let promisePath: string | undefined;
  let installmentPath: string | undefined;
  if (action.template === 'promise-broken') {
    const found = findPromise(action, snapshot, today);
    context.promise = found.promise;
    promisePath = found.path;
  } else if (action.template === 'payment-plan-installment') {
    const found = findInstallment(action, snapshot, invoiceIndex);
    context.installment = found.installment;
    installmentPath = found.path;
  }
  return { action, context, todayPath, invoiceIndex, paymentUrlPath, promisePath, installmentPath };
}

/** Sets or clears `customer.contactName`, copying only the customer part. */
export function withContactName(context: MessageContext, contactName: string | undefined): MessageContext {
  if (contactName === undefined) return context;
  return { ...context, customer: { name: context.customer.name, contactName } };
}

/** The input path a context or render-option path came from, or the path itself. */
function inputPathOf(
  path: string,
  derived: DerivedContext,
  extra: Readonly<Record<string, string | undefined>>,
): string {
  const invoice = /^context\.invoices\[(\d+)\]\.(number|issueDate|dueDate|amountDue)(.*)$/.exec(path);
  if (invoice !== null) {
    const index = Number(invoice[1]);
    const field = invoice[2] as string;
    if (field === 'dueDate' || field === 'amountDue') {
      return `action.items[${index}].${field === 'dueDate' ? 'dueDate' : 'amount'}${invoice[3]}`;
    }
    return `snapshot.invoices[${derived.invoiceIndex[index]}].${field}${invoice[3]}`;
  }
  // [context or option path, input path, whether the rest of the path carries over]
  const sources: [string, string | undefined, boolean][] = [
    ['context.today', derived.todayPath, false],
    ['context.sender', 'options.sender', true],
    ['context.customer.name', 'snapshot.customer.name', false],
    ['context.customer.contactName', extra.contactName, false],
    ['context.charges', 'options.charges', true],
    ['context.paymentUrl', derived.paymentUrlPath, false],
    ['context.promise', derived.promisePath, false],
    ['context.installment', derived.installmentPath, false],
    ['templateId', 'action.template', false],
    ['options.tone', 'action.tone', false],
    ['options.channel', extra.channel, false],
    ['options.locale', extra.locale, false],
  ];
  for (const [prefix, source, keepRest] of sources) {
    if (source !== undefined && (path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`))) {
      return keepRest ? source + path.slice(prefix.length) : source;
    }
  }
  return path;
}

/**
 * Re-throws an `InvalidArgumentError` of the renderer with the path of the input the bad value came from
 * (`action.items[0].amount.minor` rather than `context.invoices[0].amountDue.minor`); other errors pass.
 */
export function rethrowWithInputPath(
  error: unknown,
  derived: DerivedContext,
  extra: Readonly<Record<string, string | undefined>>,
): never {
  if (!OverdueError.isInstance(error) || error.code !== 'invalid-argument' || error.path === undefined) throw error;
  const path = inputPathOf(error.path, derived, extra);
  if (path === error.path) throw error;
  const message = error.message.startsWith(`${error.path}: `)
    ? error.message.slice(error.path.length + 2)
    : error.message;
  throw new InvalidArgumentError(`${message} (in the message context, ${error.path})`, path, error);
}
