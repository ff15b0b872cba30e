import type { Channel, CivilDate, Contact, Customer } from '@overdue/core';
import {
  assertKnownFields,
  dayNumberToCivilDate,
  describeReceived,
  InvalidArgumentError,
  moneyToDecimalString,
  tryDayNumber,
} from '@overdue/core';
import type { CustomerHold, CustomerSnapshot, ScenarioReason } from '../evaluate/evaluation-types';

const DAY_MS = 86_400_000;

/** One invoice, or one installment, still owed. */
export interface OpenItem {
  readonly invoiceId: string;
  /** 1-based installment number, or undefined. */
  readonly installment: number | undefined;
  /** `i1` or `i1#2`. */
  readonly itemId: string;
  readonly dueDay: number;
  readonly dueDate: CivilDate;
  readonly currency: string;
  minor: number;
  /** Why it is not chased now, or undefined. */
  hold: ScenarioReason | undefined;
  /** The first day the hold may end (Infinity when only new data ends it). */
  holdEnd: number;
  /** The day a promise covering it broke, or NaN. */
  brokenDay: number;
  /** A note when only part of it is chased (a disputed amount), else undefined. */
  partial: ScenarioReason | undefined;
}

/** An opt-out or opt-in event. */
interface OptEvent {
  readonly contactId: string | undefined;
  readonly channel: Channel;
  readonly time: number;
  readonly out: boolean;
}

/** What the evaluator reads from a snapshot, checked. */
export interface SnapshotFacts {
  readonly customer: Customer;
  readonly items: OpenItem[];
  /** Unapplied cash plus open credits, per currency (parallel arrays). */
  readonly creditCurrencies: string[];
  readonly creditMinor: number[];
  /** Days of message-sent events inside the contact-cap window. */
  readonly sentDays: number[];
  readonly optEvents: OptEvent[];
  readonly done: Readonly<Record<string, CivilDate>> | undefined;
  readonly segment: string | undefined;
  readonly score: number | undefined;
  /** Customer-wide pause reason, when paused. */
  readonly customerHold: ScenarioReason | undefined;
  readonly customerHoldEnd: number;
}

function fail(message: string, path: string): never {
  throw new InvalidArgumentError(message, path);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function checkId(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length === 0)
    fail(`expected a non-empty identifier, got ${describeReceived(value)}`, path);
  return value;
}

function checkDay(value: unknown, path: string): number {
  const day = tryDayNumber(value);
  if (Number.isNaN(day)) fail(`expected YYYY-MM-DD, got ${describeReceived(value)}`, path);
  return day;
}

function checkMoney(value: unknown, currency: string, path: string, allowZero: boolean): number {
  if (!isObject(value)) fail(`expected parsed money { currency, minor }, got ${describeReceived(value)}`, path);
  const minor = value.minor;
  if (typeof minor !== 'number' || !Number.isSafeInteger(minor) || minor < 0 || (!allowZero && minor === 0)) {
    fail(
      `expected ${allowZero ? 'zero or more' : 'more than zero'} integer minor units, got ${describeReceived(minor)}`,
      `${path}.minor`,
    );
  }
  if (value.currency !== currency)
    fail(`expected currency "${currency}", got ${describeReceived(value.currency)}`, `${path}.currency`);
  return minor;
}

const CHANNELS = ['email', 'sms', 'voice', 'whatsapp'] as const;

function checkOptional(value: unknown, type: 'string' | 'boolean', path: string): void {
  if (value !== undefined && typeof value !== type) fail(`expected a ${type}, got ${describeReceived(value)}`, path);
}

function checkArray(value: unknown, path: string): readonly unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(`expected an array, got ${describeReceived(value)}`, path);
  return value;
}

/** Checks a document's object shape, id, customer and currency; returns its id. */
function checkOwned(document: unknown, customerId: string, where: string): string {
  if (!isObject(document)) fail(`expected an object, got ${describeReceived(document)}`, where);
  const id = checkId(document.id, `${where}.id`);
  if (document.customerId !== customerId) {
    const got = describeReceived(document.customerId);
    fail(`expected "${customerId}" (the snapshot's customer), got ${got}`, `${where}.customerId`);
  }
  if (typeof document.currency !== 'string') {
    fail(`expected a currency code, got ${describeReceived(document.currency)}`, `${where}.currency`);
  }
  return id;
}

/** Whether a contact passes every check of `readSnapshot`, without building any text. */
function isValidContact(contact: unknown): boolean {
  if (!isObject(contact)) return false;
  if (typeof contact.id !== 'string' || contact.id.length === 0) return false;
  if (contact.email !== undefined && typeof contact.email !== 'string') return false;
  if (contact.phone !== undefined && typeof contact.phone !== 'string') return false;
  if (contact.role !== undefined && typeof contact.role !== 'string') return false;
  const consent = contact.consent;
  if (consent === undefined) return true;
  if (!isObject(consent)) return false;
  for (const channel of CHANNELS) {
    const value = consent[channel];
    if (value !== undefined && typeof value !== 'boolean') return false;
  }
  return true;
}

/**
 * Whether an invoice's id, customer, currency and amount due pass the checks of `readSnapshot`, without
 * building any text (its due date is checked by the caller).
 */
function isValidInvoice(invoice: unknown, customerId: string): invoice is Record<string, unknown> {
  if (!isObject(invoice)) return false;
  if (typeof invoice.id !== 'string' || invoice.id.length === 0) return false;
  if (invoice.customerId !== customerId || typeof invoice.currency !== 'string') return false;
  const due = invoice.amountDue;
  if (!isObject(due) || due.currency !== invoice.currency) return false;
  const minor = due.minor;
  return typeof minor === 'number' && Number.isSafeInteger(minor) && minor >= 0;
}

/** Adds an amount to parallel currency arrays. */
function addCredit(currencies: string[], amounts: number[], currency: string, minor: number): void {
  const index = currencies.indexOf(currency);
  if (index < 0) {
    currencies.push(currency);
    amounts.push(minor);
  } else amounts[index] = (amounts[index] as number) + minor;
}

function readAllocated(
  documents: readonly unknown[],
  customerId: string,
  amountKey: 'amount' | 'total',
  path: string,
  currencies: string[],
  amounts: number[],
  ids: Set<string> | undefined,
): void {
  for (let index = 0; index < documents.length; index++) {
    const document = documents[index] as Record<string, unknown>;
    const where = `${path}[${index}]`;
    const id = checkOwned(document, customerId, where);
    const currency = document.currency as string;
    let open = checkMoney(document[amountKey], currency, `${where}.${amountKey}`, false);
    const allocations = checkArray(document.allocations, `${where}.allocations`);
    for (let a = 0; a < allocations.length; a++) {
      const allocation = allocations[a];
      if (!isObject(allocation))
        fail(`expected an object, got ${describeReceived(allocation)}`, `${where}.allocations[${a}]`);
      open -= checkMoney(allocation.amount, currency, `${where}.allocations[${a}].amount`, false);
    }
    if (open < 0) fail('allocations add up to more than the amount', `${where}.allocations`);
    if (open > 0) addCredit(currencies, amounts, currency, open);
    ids?.add(id);
  }
}

function dayOfInstant(value: unknown, path: string): number {
  if (!(value instanceof Date))
    fail(`expected a Date (parse events with collectionsEventSchema), got ${describeReceived(value)}`, path);
  const time = value.getTime();
  if (Number.isNaN(time)) fail('expected a valid Date, got an invalid Date', path);
  return Math.floor(time / DAY_MS);
}

function itemsOf(invoiceIds: unknown, path: string): readonly string[] | undefined {
  if (invoiceIds === undefined) return undefined;
  if (!Array.isArray(invoiceIds)) fail(`expected an array of invoice ids, got ${describeReceived(invoiceIds)}`, path);
  return invoiceIds as string[];
}

function holdItem(item: OpenItem, reason: ScenarioReason, end: number): void {
  if (item.hold === undefined || end > item.holdEnd) {
    item.hold = reason;
    item.holdEnd = end;
  }
}

function dateOf(day: number): CivilDate {
  return dayNumberToCivilDate(day);
}

// The fields of a snapshot, of its payer and of a hold; `satisfies` keeps the lists in step with the types.
const SNAPSHOT_FIELDS = Object.keys({
  customer: true,
  invoices: true,
  payments: true,
  creditNotes: true,
  events: true,
  payer: true,
  holds: true,
  excluded: true,
  done: true,
} satisfies Record<keyof CustomerSnapshot, true>);
const PAYER_FIELDS = Object.keys({ segment: true, score: true } satisfies Record<
  keyof NonNullable<CustomerSnapshot['payer']>,
  true
>);
const HOLD_FIELDS = Object.keys({ invoiceId: true, until: true, reason: true } satisfies Record<
  keyof CustomerHold,
  true
>);

/**
 * Checks a snapshot by hand (cheap, no zod) and derives the open items, credits, holds and suppressions.
 * Throws an InvalidArgumentError naming the path (`snapshot.invoices[3].dueDate`).
 */
export function readSnapshot(
  snapshot: CustomerSnapshot,
  today: number,
  promiseGrace: number,
  inFlightDays: number,
  capWindow: number,
): SnapshotFacts | undefined {
  if (!isObject(snapshot)) fail(`expected an object, got ${describeReceived(snapshot)}`, 'snapshot');
  // The snapshot is filled by hand: a misspelt field (`hold`, `payers`) must not be ignored. The records in
  // it (customer, invoices, payments, credit notes, events) come from a ledger and may carry more fields.
  assertKnownFields(snapshot, SNAPSHOT_FIELDS, 'snapshot');
  const customer = snapshot.customer;
  if (!isObject(customer)) fail(`expected an object, got ${describeReceived(customer)}`, 'snapshot.customer');
  const customerId = checkId(customer.id, 'snapshot.customer.id');
  const contacts = checkArray(customer.contacts, 'snapshot.customer.contacts') as readonly Contact[];
  for (let index = 0; index < contacts.length; index++) {
    const contact = contacts[index];
    // The usual case is checked without building any path text; a failure is re-checked below to name it.
    if (isValidContact(contact)) continue;
    if (!isObject(contact))
      fail(`expected an object, got ${describeReceived(contact)}`, `snapshot.customer.contacts[${index}]`);
    const where = `snapshot.customer.contacts[${index}]`;
    checkId(contact.id, `${where}.id`);
    checkOptional(contact.email, 'string', `${where}.email`);
    checkOptional(contact.phone, 'string', `${where}.phone`);
    checkOptional(contact.role, 'string', `${where}.role`);
    const consent = contact.consent;
    if (consent !== undefined) {
      if (!isObject(consent)) fail(`expected an object, got ${describeReceived(consent)}`, `${where}.consent`);
      for (const channel of CHANNELS) checkOptional(consent[channel], 'boolean', `${where}.consent.${channel}`);
    }
  }
  checkOptional(customer.locale, 'string', 'snapshot.customer.locale');
  checkOptional(customer.country, 'string', 'snapshot.customer.country');
  const tags = customer.tags;
  if (tags !== undefined) {
    if (!Array.isArray(tags))
      fail(`expected an array of strings, got ${describeReceived(tags)}`, 'snapshot.customer.tags');
    for (let index = 0; index < tags.length; index++) {
      checkOptional(tags[index], 'string', `snapshot.customer.tags[${index}]`);
    }
  }
  if (snapshot.excluded !== undefined && typeof snapshot.excluded !== 'boolean') {
    fail(`expected a boolean, got ${describeReceived(snapshot.excluded)}`, 'snapshot.excluded');
  }
  if (snapshot.excluded === true) return undefined;

  const items: OpenItem[] = [];
  const invoices = checkArray(snapshot.invoices, 'snapshot.invoices');
  for (let index = 0; index < invoices.length; index++) {
    const invoice = invoices[index] as Record<string, unknown>;
    let dueDay = isValidInvoice(invoice, customerId) ? tryDayNumber(invoice.dueDate) : Number.NaN;
    if (Number.isNaN(dueDay)) {
      // Only now build the path text, to name the bad field.
      const where = `snapshot.invoices[${index}]`;
      checkOwned(invoice, customerId, where);
      dueDay = checkDay(invoice.dueDate, `${where}.dueDate`);
      checkMoney(invoice.amountDue, invoice.currency as string, `${where}.amountDue`, true);
    }
    const invoiceId = invoice.id as string;
    const currency = invoice.currency as string;
    const due = (invoice.amountDue as { minor: number }).minor;
    if (due === 0 || invoice.status !== 'open') continue;
    const installments = invoice.installments;
    if (installments === undefined) {
      items.push({
        invoiceId,
        installment: undefined,
        itemId: invoiceId,
        dueDay,
        dueDate: invoice.dueDate as string,
        currency,
        minor: due,
        hold: undefined,
        holdEnd: Number.NEGATIVE_INFINITY,
        brokenDay: Number.NaN,
        partial: undefined,
      });
      if (invoice.disputed === true) {
        holdItem(
          items[items.length - 1] as OpenItem,
          { code: 'dispute-open', invoiceId, message: `Invoice ${invoiceId} is disputed.` },
          Number.POSITIVE_INFINITY,
        );
      }
      continue;
    }
    const where = `snapshot.invoices[${index}]`;
    if (!Array.isArray(installments))
      fail(`expected an array, got ${describeReceived(installments)}`, `${where}.installments`);
    const total = checkMoney(invoice.total, currency, `${where}.total`, true);
    // Paid so far settles the installments in order.
    let paid = total - due;
    for (let k = 0; k < installments.length; k++) {
      const installment = installments[k] as unknown;
      const at = `${where}.installments[${k}]`;
      if (!isObject(installment)) fail(`expected an object, got ${describeReceived(installment)}`, at);
      const day = checkDay(installment.dueDate, `${at}.dueDate`);
      const amount = checkMoney(installment.amount, currency, `${at}.amount`, false);
      const settled = Math.min(amount, Math.max(paid, 0));
      paid -= settled;
      if (amount - settled <= 0) continue;
      const item: OpenItem = {
        invoiceId,
        installment: k + 1,
        itemId: `${invoiceId}#${k + 1}`,
        dueDay: day,
        dueDate: installment.dueDate as string,
        currency,
        minor: amount - settled,
        hold: undefined,
        holdEnd: Number.NEGATIVE_INFINITY,
        brokenDay: Number.NaN,
        partial: undefined,
      };
      if (invoice.disputed === true) {
        holdItem(
          item,
          { code: 'dispute-open', invoiceId, message: `Invoice ${invoiceId} is disputed.` },
          Number.POSITIVE_INFINITY,
        );
      }
      items.push(item);
    }
  }

  const creditCurrencies: string[] = [];
  const creditMinor: number[] = [];
  const payments = checkArray(snapshot.payments, 'snapshot.payments');
  let paymentIds: Set<string> | undefined;
  if (payments.length > 0) {
    paymentIds = new Set();
    readAllocated(payments, customerId, 'amount', 'snapshot.payments', creditCurrencies, creditMinor, paymentIds);
  }
  const notes = checkArray(snapshot.creditNotes, 'snapshot.creditNotes');
  if (notes.length > 0)
    readAllocated(notes, customerId, 'total', 'snapshot.creditNotes', creditCurrencies, creditMinor, undefined);

  // Holds set by people.
  let customerHold: ScenarioReason | undefined;
  let customerHoldEnd = Number.NEGATIVE_INFINITY;
  const holds = checkArray(snapshot.holds, 'snapshot.holds');
  for (let index = 0; index < holds.length; index++) {
    const hold = holds[index];
    const where = `snapshot.holds[${index}]`;
    if (!isObject(hold)) fail(`expected an object, got ${describeReceived(hold)}`, where);
    // A misspelt invoiceId would pause the whole customer, a misspelt until would pause for good.
    assertKnownFields(hold, HOLD_FIELDS, where);
    const end = hold.until === undefined ? Number.POSITIVE_INFINITY : checkDay(hold.until, `${where}.until`);
    if (end <= today) continue;
    const why = typeof hold.reason === 'string' ? ` (${hold.reason})` : '';
    const untilText = end === Number.POSITIVE_INFINITY ? '' : ` until ${hold.until as string}`;
    const untilField = end === Number.POSITIVE_INFINITY ? {} : { until: hold.until as string };
    if (hold.invoiceId === undefined) {
      if (end > customerHoldEnd) {
        customerHold = { code: 'customer-paused', ...untilField, message: `The customer is paused${untilText}${why}.` };
        customerHoldEnd = end;
      }
      continue;
    }
    const invoiceId = checkId(hold.invoiceId, `${where}.invoiceId`);
    for (const item of items) {
      if (item.invoiceId === invoiceId) {
        holdItem(
          item,
          {
            code: 'invoice-paused',
            invoiceId,
            ...untilField,
            message: `Invoice ${invoiceId} is paused${untilText}${why}.`,
          },
          end,
        );
      }
    }
  }

  // Events: contact cap, opt-outs, payments in flight, promises, disputes.
  const sentDays: number[] = [];
  const optEvents: OptEvent[] = [];
  const events = checkArray(snapshot.events, 'snapshot.events');
  // Latest dispute and promise per invoice (and customer-wide under '*'), by time.
  let disputes: Map<string, { time: number; open: boolean; amount: number; currency: unknown }> | undefined;
  let promises: Map<string, { time: number; day: number; brokenAt: number }> | undefined;
  let explicitBroken: { time: number; day: number; ids: readonly string[] | undefined }[] | undefined;
  for (let index = 0; index < events.length; index++) {
    const event = events[index];
    const where = `snapshot.events[${index}]`;
    if (!isObject(event)) fail(`expected an object, got ${describeReceived(event)}`, where);
    if (event.customerId !== customerId) {
      fail(
        `expected "${customerId}" (the snapshot's customer), got ${describeReceived(event.customerId)}`,
        `${where}.customerId`,
      );
    }
    const day = dayOfInstant(event.at, `${where}.at`);
    const time = (event.at as Date).getTime();
    switch (event.type) {
      case 'message-sent':
        if (capWindow > 0 && day <= today && day > today - capWindow) sentDays.push(day);
        break;
      case 'opted-out':
      case 'opted-in':
        optEvents.push({
          contactId: typeof event.contactId === 'string' ? event.contactId : undefined,
          channel: event.channel as Channel,
          time,
          out: event.type === 'opted-out',
        });
        break;
      case 'payment-received': {
        if (day > today || day < today - inFlightDays) break;
        if (typeof event.paymentId === 'string' && paymentIds?.has(event.paymentId) === true) break;
        const ids = itemsOf(event.invoiceIds, `${where}.invoiceIds`);
        const currency = isObject(event.amount) ? event.amount.currency : undefined;
        const end = day + inFlightDays + 1;
        for (const item of items) {
          if (ids !== undefined ? ids.includes(item.invoiceId) : currency === undefined || currency === item.currency) {
            holdItem(
              item,
              {
                code: 'payment-in-flight',
                invoiceId: item.invoiceId,
                until: dateOf(end),
                message: `A payment received on ${dateOf(day)} is not yet in the ledger.`,
              },
              end,
            );
          }
        }
        break;
      }
      case 'promise-made': {
        const promised = checkDay(event.promisedDate, `${where}.promisedDate`);
        const ids = itemsOf(event.invoiceIds, `${where}.invoiceIds`);
        promises ??= new Map();
        for (const id of ids ?? ['*']) {
          const previous = promises.get(id);
          if (previous === undefined || previous.time <= time) {
            promises.set(id, { time, day: promised, brokenAt: Number.POSITIVE_INFINITY });
          }
        }
        break;
      }
      case 'promise-broken':
        explicitBroken ??= [];
        explicitBroken.push({ time, day, ids: itemsOf(event.invoiceIds, `${where}.invoiceIds`) });
        break;
      case 'dispute-opened':
      case 'dispute-resolved': {
        const ids = itemsOf(event.invoiceIds, `${where}.invoiceIds`);
        disputes ??= new Map();
        // An amount disputes part of an invoice only when the event names exactly one invoice.
        const amount = ids?.length === 1 && isObject(event.amount) ? event.amount : undefined;
        for (const id of ids ?? ['*']) {
          const previous = disputes.get(id);
          if (previous === undefined || previous.time <= time) {
            disputes.set(id, {
              time,
              open: event.type === 'dispute-opened',
              amount:
                amount === undefined
                  ? Number.POSITIVE_INFINITY
                  : checkMoney(amount, String(amount.currency), `${where}.amount`, false),
              currency: amount?.currency,
            });
          }
        }
        break;
      }
      default:
        break;
    }
  }

  if (disputes !== undefined) {
    const all = disputes.get('*');
    for (const item of items) {
      const own = disputes.get(item.invoiceId);
      const latest = own === undefined ? all : all === undefined || own.time >= all.time ? own : all;
      if (latest?.open === true && latest === own && latest.amount !== Number.POSITIVE_INFINITY) {
        if (latest.currency === item.currency) disputeAmount(items, item.invoiceId, latest);
        continue;
      }
      if (latest?.open === true) {
        holdItem(
          item,
          { code: 'dispute-open', invoiceId: item.invoiceId, message: `Invoice ${item.invoiceId} is disputed.` },
          Number.POSITIVE_INFINITY,
        );
      }
    }
  }
  if (promises !== undefined) {
    if (explicitBroken !== undefined) {
      for (const broken of explicitBroken) {
        for (const [id, promise] of promises) {
          if (broken.time >= promise.time && (broken.ids === undefined || id === '*' || broken.ids.includes(id))) {
            promise.brokenAt = Math.min(promise.brokenAt, broken.day);
          }
        }
      }
    }
    const all = promises.get('*');
    for (const item of items) {
      const own = promises.get(item.invoiceId);
      const promise = own === undefined ? all : all === undefined || own.time >= all.time ? own : all;
      if (promise === undefined) continue;
      const brokenDay = Math.min(promise.day + promiseGrace + 1, promise.brokenAt);
      if (today < brokenDay) {
        holdItem(
          item,
          {
            code: 'promise-pending',
            invoiceId: item.invoiceId,
            until: dateOf(brokenDay),
            message: `The customer promised to pay invoice ${item.invoiceId} by ${dateOf(promise.day)}.`,
          },
          brokenDay,
        );
      } else item.brokenDay = brokenDay;
    }
  }

  const done = snapshot.done;
  if (done !== undefined && !isObject(done))
    fail(`expected an object mapping keys to dates, got ${describeReceived(done)}`, 'snapshot.done');
  const payer = snapshot.payer;
  let segment: string | undefined;
  let score: number | undefined;
  if (payer !== undefined) {
    if (!isObject(payer)) fail(`expected an object, got ${describeReceived(payer)}`, 'snapshot.payer');
    assertKnownFields(payer, PAYER_FIELDS, 'snapshot.payer');
    if (payer.segment !== undefined && typeof payer.segment !== 'string') {
      fail(`expected a string, got ${describeReceived(payer.segment)}`, 'snapshot.payer.segment');
    }
    if (payer.score !== undefined && (typeof payer.score !== 'number' || !Number.isFinite(payer.score))) {
      fail(`expected a finite number, got ${describeReceived(payer.score)}`, 'snapshot.payer.score');
    }
    segment = payer.segment;
    score = payer.score;
  }
  return {
    customer: customer as Customer,
    items,
    creditCurrencies,
    creditMinor,
    sentDays,
    optEvents,
    done,
    segment,
    score,
    customerHold,
    customerHoldEnd,
  };
}

/**
 * Takes a disputed amount off an invoice's items, latest due first: items left with nothing are paused,
 * the others are chased for the rest. Runs once per invoice (it marks the dispute as applied).
 */
function disputeAmount(items: readonly OpenItem[], invoiceId: string, dispute: { amount: number }): void {
  let remaining = dispute.amount;
  if (remaining <= 0) return;
  const disputed = dispute.amount;
  dispute.amount = 0;
  for (let index = items.length - 1; index >= 0 && remaining > 0; index--) {
    const item = items[index] as OpenItem;
    if (item.invoiceId !== invoiceId) continue;
    const taken = Math.min(item.minor, remaining);
    remaining -= taken;
    if (taken === item.minor) {
      holdItem(
        item,
        { code: 'dispute-open', invoiceId, message: `Invoice ${invoiceId} is disputed.` },
        Number.POSITIVE_INFINITY,
      );
    } else {
      item.minor -= taken;
      item.partial = {
        code: 'dispute-partial',
        invoiceId,
        message: `${item.currency} ${moneyToDecimalString({ currency: item.currency, minor: disputed })} of invoice ${invoiceId} is disputed and not chased.`,
      };
    }
  }
}

/** The civil date of a day number that came from a valid date. */
export { dateOf };

/**
 * Whether a contact may receive on a channel: it has the address, has not refused (consent `false` or a
 * later opted-out event), and has given consent when the scenario requires it.
 */
export function contactAllows(
  contact: Contact,
  channel: Channel,
  optEvents: readonly OptEvent[],
  requireConsent: ReadonlySet<Channel>,
): boolean {
  if (channel === 'email' ? contact.email === undefined : contact.phone === undefined) return false;
  let consent: boolean | undefined = contact.consent?.[channel];
  let latest = Number.NEGATIVE_INFINITY;
  for (const event of optEvents) {
    if (event.channel !== channel || event.time < latest || (event.time === latest && !event.out)) continue;
    if (event.contactId !== undefined && event.contactId !== contact.id) continue;
    latest = event.time;
    consent = !event.out;
  }
  return requireConsent.has(channel) ? consent === true : consent !== false;
}
