import type { Channel, CollectionsEvent, Contact, Customer, Invoice, Money, Random } from '@overdue/core';
import { createRandom, dayNumberToCivilDate, InvalidArgumentError, OverdueError } from '@overdue/core';
import type { CollectionPolicy, PlanOffer, PolicyAction, PolicyCustomer, PolicyDay } from '../policies/policy-types';
import type { PayerArchetype } from '../portfolio/archetypes';
import { CHANNEL_DELIVERY_RATES, PAYER_ARCHETYPES } from '../portfolio/archetypes';
import type { Portfolio } from '../portfolio/portfolio-types';
import type { CurrencyKpis, CurrencyTotals, SimulationResult, SimulationSample } from '../simulate/simulation-types';
import { ARCHETYPE_ORDER, CHANNEL_ORDER, SLOT_HOURS, SLOT_ORDER } from './archetype-order';
import type { ActionScope } from './check-action';
import { checkAction } from './check-action';
import { logNormal } from './draws';
import { GrowableFloat64, GrowableInt32, GrowableUint8 } from './growable';
import { instantAtLocalHour, localHourOf } from './local-hour';

/** Resolved options of a run. */
export interface EngineOptions {
  portfolio: Portfolio;
  policy: CollectionPolicy;
  days: number;
  seed: number | string;
  startDay: number;
  warmUpDays: number;
  sampleEveryDays: number;
  kpiWindowDays: number;
}

const FLAG_FORGOTTEN = 1;
const FLAG_CONSTRAINED = 2;
const FLAG_DISPUTED = 4;
const FLAG_DISPUTE_OPEN = 8;
const FLAG_PLAN = 16;
const FLAG_ASKED_TIME = 32;
const FLAG_LATE = 64;

const EVENT_PAY = 0;
const EVENT_DISPUTE_OPEN = 1;
const EVENT_DISPUTE_RESOLVE = 2;
const EVENT_INSTALLMENT = 3;

const EVENT_WINDOW_DAYS = 60;
const MS_PER_DAY = 86_400_000;
const TONE_INDEX = { friendly: 0, neutral: 1, firm: 2, final: 3 } as const;
const NEEDS_TIME_TEXT = 'We are short of cash this month. Could we pay this in instalments?';

interface Plan {
  dueDays: number[];
  amounts: number[];
  paidParts: number;
}

/** Runs one simulation. Inputs are already validated. */
export function runEngine(options: EngineOptions): SimulationResult {
  const { portfolio, policy, days, warmUpDays, sampleEveryDays, kpiWindowDays } = options;
  const seedText = `${typeof options.seed}:${String(options.seed)}`;
  const issueRandom = createRandom(`issue:${seedText}`);
  const reactRandom = createRandom(`react:${seedText}`);
  const policyRandom = createRandom(`policy:${seedText}`);
  const n = portfolio.customers.length;
  const totalDays = warmUpDays + days;
  const firstDay = options.startDay - warmUpDays;

  // Currencies in first-seen order.
  const currencies: string[] = [];
  const customerCurrency = new Uint8Array(n);
  for (let c = 0; c < n; c++) {
    const currency = (portfolio.customers[c] as Customer).currency ?? 'GBP';
    let index = currencies.indexOf(currency);
    if (index < 0) {
      index = currencies.length;
      currencies.push(currency);
    }
    customerCurrency[c] = index;
  }
  const currencyCount = currencies.length;

  // Flat hidden traits.
  const archetypeOf = new Uint8Array(n);
  const response = new Float64Array(n * 4);
  const activeSlot = new Uint8Array(n);
  const lateMedian = new Float64Array(n);
  const firmOptOut = new Float64Array(n);
  const firmChurn = new Float64Array(n);
  const terms = new Int32Array(n);
  const early = new Int32Array(n);
  const every = new Int32Array(n);
  const amountMedian = new Float64Array(n);
  const nextIssue = new Int32Array(n);
  const churnedAt = new Int32Array(n).fill(-1);
  const consentMask = new Uint8Array(n);
  const tzIndex = new Uint16Array(n);
  const timeZones: string[] = [];
  const publicCustomers: Customer[] = portfolio.customers.slice();
  for (let c = 0; c < n; c++) {
    const traits = portfolio.traits[c];
    if (traits === undefined) throw new Error('portfolio.traits is shorter than portfolio.customers');
    archetypeOf[c] = ARCHETYPE_ORDER.indexOf(traits.archetype);
    for (let k = 0; k < 4; k++) response[c * 4 + k] = traits.channelResponse[CHANNEL_ORDER[k] as Channel];
    activeSlot[c] = SLOT_ORDER.indexOf(traits.activeSlot);
    lateMedian[c] = traits.lateMedianDays;
    firmOptOut[c] = traits.firmOptOut;
    firmChurn[c] = traits.firmChurn;
    terms[c] = traits.termsDays;
    early[c] = traits.earlyDays ?? PAYER_ARCHETYPES[traits.archetype].earlyDays;
    every[c] = traits.invoiceEveryDays;
    amountMedian[c] = traits.medianAmountMinor;
    nextIssue[c] = Math.floor(issueRandom.next() * traits.invoiceEveryDays);
    const customer = publicCustomers[c] as Customer;
    let mask = 0;
    for (const contact of customer.contacts) {
      for (let k = 0; k < 4; k++) if (contact.consent[CHANNEL_ORDER[k] as Channel] === true) mask |= 1 << k;
    }
    consentMask[c] = mask;
    const zone = customer.timeZone ?? 'UTC';
    let zoneIndex = timeZones.indexOf(zone);
    if (zoneIndex < 0) {
      zoneIndex = timeZones.length;
      timeZones.push(zone);
    }
    tzIndex[c] = zoneIndex;
  }

  // Invoices, flat and growable.
  const invCustomer = new GrowableInt32();
  const invIssue = new GrowableInt32();
  const invDue = new GrowableInt32();
  const invPayDay = new GrowableInt32();
  const invPaidDay = new GrowableInt32();
  const invTotal = new GrowableFloat64();
  const invPaid = new GrowableFloat64();
  const invFlags = new GrowableUint8();
  const invResolve = new GrowableInt32();
  const publicInvoices: Invoice[] = [];
  const plans = new Map<number, Plan>();
  const invoiceIndexById = new Map<string, number>();
  const actionScope: ActionScope = {
    customers: n,
    ownerOf: (invoiceId) => {
      const i = invoiceIndexById.get(invoiceId);
      return i === undefined ? undefined : invCustomer.get(i);
    },
  };
  const openOf: number[][] = Array.from({ length: n }, () => []);
  const counter = new Int32Array(n);
  // Open invoices, all customers: a dense list with positions for O(1) removal.
  const openList = new GrowableInt32();
  const openPosition = new GrowableInt32();

  // Scheduled events by day: codes invoice * 4 + kind.
  const schedule: number[][] = Array.from({ length: totalDays + 1 }, () => []);
  const scheduleAt = (day: number, code: number) => {
    if (day < totalDays) (schedule[day] as number[]).push(code);
  };

  // Public events.
  const customerEvents: CollectionsEvent[][] = Array.from({ length: n }, () => []);
  const changedStamp = new Int32Array(n).fill(-1);
  let changed: number[] = [];
  let todayEvents: CollectionsEvent[] = [];
  let issuedToday: Invoice[] = [];
  let settledToday: Invoice[] = [];
  const historyEvents: CollectionsEvent[] = [];
  const recentSends: number[][] = Array.from({ length: n }, () => []);

  // Accounting, per currency.
  const openTotal = new Float64Array(currencyCount);
  const currentTotal = new Float64Array(currencyCount);
  const overdueTotal = new Float64Array(currencyCount);
  const issuedAll = new Float64Array(currencyCount);
  const paidAll = new Float64Array(currencyCount);
  const openAtStart = new Float64Array(currencyCount);
  const issuedRun = new Float64Array(currencyCount);
  const paidRun = new Float64Array(currencyCount);
  const overdueSum = new Float64Array(currencyCount);
  // Per archetype (ARCHETYPE_ORDER): overdue summed over the run's days per currency, and counts.
  const archetypeCount = ARCHETYPE_ORDER.length;
  const archetypeOverdueSum = new Float64Array(currencyCount * archetypeCount);
  const archetypeMessages = new Int32Array(archetypeCount);
  const archetypeOffers = new Int32Array(archetypeCount);
  const archetypePlans = new Int32Array(archetypeCount);
  const archetypeOptOuts = new Int32Array(archetypeCount);
  const archetypeChurned = new Int32Array(archetypeCount);
  const countFor = (counts: Int32Array, c: number) => {
    const a = archetypeOf[c] as number;
    counts[a] = (counts[a] as number) + 1;
  };
  const salesByDay = Array.from({ length: currencyCount }, () => new Float64Array(totalDays));
  const openByDay = Array.from({ length: currencyCount }, () => new Float64Array(totalDays));
  const kpiSums = new Float64Array(currencyCount * 3);
  const messages: Record<Channel, number> = { email: 0, sms: 0, voice: 0, whatsapp: 0 };
  let messagesRefused = 0;
  let plansAccepted = 0;
  let plansOffered = 0;
  let plansOfferedInMessages = 0;
  let optOuts = 0;
  let churned = 0;
  let invoicesIssued = 0;
  let invoicesPaid = 0;
  const series: SimulationSample[] = [];
  const runInvoices: number[] = [];

  let today = 0;
  // Every day's civil date, computed once.
  const dates: string[] = new Array(totalDays + 1);
  for (let day = 0; day <= totalDays; day++) dates[day] = dayNumberToCivilDate(firstDay + day);
  const dateOf = (day: number) =>
    day >= 0 && day <= totalDays ? (dates[day] as string) : dayNumberToCivilDate(firstDay + day);
  const instantOf = (day: number, hour: number) => new Date((firstDay + day) * MS_PER_DAY + hour * 3_600_000);

  const markChanged = (c: number) => {
    if (changedStamp[c] !== today) {
      changedStamp[c] = today;
      changed.push(c);
    }
  };
  const pushEvent = (c: number, event: CollectionsEvent) => {
    const list = customerEvents[c] as CollectionsEvent[];
    list.push(event);
    const horizon = (firstDay + today - EVENT_WINDOW_DAYS) * MS_PER_DAY;
    let drop = 0;
    while (drop < list.length && (list[drop] as CollectionsEvent).at.getTime() < horizon) drop++;
    if (drop > 0) list.splice(0, drop);
    if (today < warmUpDays) historyEvents.push(event);
    else todayEvents.push(event);
    markChanged(c);
  };
  const money = (c: number, minor: number): Money => ({
    currency: currencies[customerCurrency[c] as number] as string,
    minor,
  });

  const updatePublic = (i: number, changes: Partial<Invoice>) => {
    publicInvoices[i] = { ...(publicInvoices[i] as Invoice), ...changes } as Invoice;
    markChanged(invCustomer.get(i));
  };

  const removeOpen = (i: number) => {
    const position = openPosition.get(i);
    const last = openList.get(openList.length - 1);
    openList.set(position, last);
    openPosition.set(last, position);
    openList.pop();
    const list = openOf[invCustomer.get(i)] as number[];
    list.splice(list.indexOf(i), 1);
  };

  /** Pays `amount` of invoice `i` today. */
  const pay = (i: number, amount: number) => {
    const c = invCustomer.get(i);
    const currency = customerCurrency[c] as number;
    const paid = invPaid.get(i) + amount;
    invPaid.set(i, paid);
    paidAll[currency] = (paidAll[currency] as number) + amount;
    if (today >= warmUpDays) paidRun[currency] = (paidRun[currency] as number) + amount;
    const due = invTotal.get(i) - paid;
    // Payers pay when they deal with their mail: the payment's time shows their active hours.
    const slotHours = SLOT_HOURS[activeSlot[c] as number] as readonly [number, number];
    const at = instantAtLocalHour(timeZones[tzIndex[c] as number] as string, firstDay + today, slotHours[0] + (c % 3));
    pushEvent(c, {
      type: 'payment-received',
      at,
      customerId: (publicCustomers[c] as Customer).id,
      invoiceIds: [(publicInvoices[i] as Invoice).id],
      amount: money(c, amount),
      currency: currencies[currency],
    } as unknown as CollectionsEvent);
    if (due === 0) {
      invPaidDay.set(i, today);
      removeOpen(i);
      updatePublic(i, { amountDue: money(c, 0), status: 'paid', paidDate: dateOf(today) });
      if (today >= warmUpDays) invoicesPaid++;
      settledToday.push(publicInvoices[i] as Invoice);
    } else {
      updatePublic(i, { amountDue: money(c, due) });
    }
  };

  const reschedulePay = (i: number, day: number) => {
    if (invPaidDay.get(i) >= 0 || (invFlags.get(i) & FLAG_PLAN) !== 0) return;
    if (day >= invPayDay.get(i)) return;
    if ((invFlags.get(i) & FLAG_DISPUTED) !== 0 && day < invResolve.get(i)) return;
    invPayDay.set(i, day);
    scheduleAt(day, i * 4 + EVENT_PAY);
  };

  const issue = (c: number) => {
    const archetype = ARCHETYPE_ORDER[archetypeOf[c] as number] as PayerArchetype;
    const parameters = PAYER_ARCHETYPES[archetype];
    // Always the same number of draws, so issuance is the same whatever the policy did.
    const uAmount = logNormal(issueRandom, 1, 0.5);
    const uKind = issueRandom.next();
    const uLate = logNormal(issueRandom, 1, parameters.lateSpread);
    const uShift = issueRandom.next();
    const uSpan = issueRandom.next();
    const uNext = issueRandom.next();
    nextIssue[c] = today + Math.max(1, Math.round((every[c] as number) * (0.7 + 0.6 * uNext)));
    if ((churnedAt[c] as number) >= 0) return;
    const i = invCustomer.length;
    const total = Math.max(100, Math.round((amountMedian[c] as number) * uAmount));
    const due = today + (terms[c] as number);
    let flags = 0;
    let payDay: number;
    let resolve = -1;
    const disputeUpTo = parameters.disputeShare;
    const constrainedUpTo = disputeUpTo + parameters.constrainedShare;
    const forgottenUpTo = constrainedUpTo + parameters.forgetShare;
    const lateUpTo = forgottenUpTo + parameters.lateShare;
    const lateDays = Math.max(1, Math.round((lateMedian[c] as number) * uLate));
    if (uKind < disputeUpTo) {
      flags |= FLAG_DISPUTED;
      const open = Math.max(today + 1, due - 7 + Math.floor(uShift * 11));
      resolve = open + 10 + Math.floor(uSpan * 21);
      payDay = resolve + 1 + Math.floor(uShift * 5);
      scheduleAt(open, i * 4 + EVENT_DISPUTE_OPEN);
      scheduleAt(resolve, i * 4 + EVENT_DISPUTE_RESOLVE);
    } else if (uKind < constrainedUpTo) {
      flags |= FLAG_CONSTRAINED;
      payDay = due + 10 + Math.floor(uSpan * 26);
    } else if (uKind < forgottenUpTo) {
      flags |= FLAG_FORGOTTEN;
      payDay = due + lateDays;
    } else if (uKind < lateUpTo) {
      flags |= FLAG_LATE;
      payDay = due + lateDays;
    } else {
      payDay = Math.max(today, due - Math.floor(uShift * ((early[c] as number) + 1)));
    }
    const customer = publicCustomers[c] as Customer;
    counter[c] = (counter[c] as number) + 1;
    const id = `${customer.id}-${counter[c]}`;
    invCustomer.push(c);
    invIssue.push(today);
    invDue.push(due);
    invPayDay.push(payDay);
    invPaidDay.push(-1);
    invTotal.push(total);
    invPaid.push(0);
    invFlags.push(flags);
    invResolve.push(resolve);
    openPosition.push(openList.length);
    openList.push(i);
    (openOf[c] as number[]).push(i);
    invoiceIndexById.set(id, i);
    const invoice = {
      id,
      customerId: customer.id,
      number: `INV-${id}`,
      currency: currencies[customerCurrency[c] as number] as string,
      issueDate: dateOf(today),
      dueDate: dateOf(due),
      total: money(c, total),
      amountDue: money(c, total),
      status: 'open',
    } as Invoice;
    publicInvoices.push(invoice);
    scheduleAt(payDay, i * 4 + EVENT_PAY);
    const currency = customerCurrency[c] as number;
    issuedAll[currency] = (issuedAll[currency] as number) + total;
    (salesByDay[currency] as Float64Array)[today] = ((salesByDay[currency] as Float64Array)[today] as number) + total;
    if (today >= warmUpDays) {
      issuedRun[currency] = (issuedRun[currency] as number) + total;
      invoicesIssued++;
      runInvoices.push(i);
      issuedToday.push(invoice);
    }
    markChanged(c);
  };

  const processScheduled = (code: number) => {
    const i = Math.floor(code / 4);
    const kind = code % 4;
    if (invPaidDay.get(i) >= 0) return;
    const c = invCustomer.get(i);
    const customerId = (publicCustomers[c] as Customer).id;
    const invoiceIds = [(publicInvoices[i] as Invoice).id];
    if (kind === EVENT_PAY) {
      if (invPayDay.get(i) !== today || (invFlags.get(i) & FLAG_PLAN) !== 0) return;
      pay(i, invTotal.get(i) - invPaid.get(i));
    } else if (kind === EVENT_DISPUTE_OPEN) {
      invFlags.set(i, invFlags.get(i) | FLAG_DISPUTE_OPEN);
      pushEvent(c, { type: 'dispute-opened', at: instantOf(today, 10), customerId, invoiceIds } as CollectionsEvent);
      updatePublic(i, { disputed: true });
    } else if (kind === EVENT_DISPUTE_RESOLVE) {
      invFlags.set(i, invFlags.get(i) & ~FLAG_DISPUTE_OPEN);
      pushEvent(c, { type: 'dispute-resolved', at: instantOf(today, 10), customerId, invoiceIds } as CollectionsEvent);
      updatePublic(i, { disputed: false });
    } else {
      const plan = plans.get(i) as Plan;
      const part = plan.paidParts;
      if (part >= plan.dueDays.length) return;
      plan.paidParts++;
      pay(i, plan.amounts[part] as number);
    }
  };

  const optOut = (c: number, k: number, at: Date) => {
    if (((consentMask[c] as number) & (1 << k)) === 0) return;
    consentMask[c] = (consentMask[c] as number) & ~(1 << k);
    optOuts++;
    countFor(archetypeOptOuts, c);
    const channel = CHANNEL_ORDER[k] as Channel;
    const customer = publicCustomers[c] as Customer;
    publicCustomers[c] = {
      ...customer,
      contacts: customer.contacts.map((contact: Contact) => ({
        ...contact,
        consent: { ...contact.consent, [channel]: false },
      })),
    };
    pushEvent(c, { type: 'opted-out', at, customerId: customer.id, channel } as CollectionsEvent);
  };

  const deliver = (action: Extract<PolicyAction, { kind: 'message' }>) => {
    const c = action.customerIndex;
    const k = CHANNEL_ORDER.indexOf(action.channel as (typeof CHANNEL_ORDER)[number]);
    if (k < 0 || ((consentMask[c] as number) & (1 << k)) === 0) {
      messagesRefused++;
      return;
    }
    messages[action.channel]++;
    countFor(archetypeMessages, c);
    const customerId = (publicCustomers[c] as Customer).id;
    const at = action.at;
    const base =
      action.messageId === undefined
        ? { at, customerId, channel: action.channel, invoiceIds: action.invoiceIds }
        : { at, customerId, channel: action.channel, invoiceIds: action.invoiceIds, messageId: action.messageId };
    pushEvent(c, { type: 'message-sent', ...base, tone: action.tone } as CollectionsEvent);
    if (reactRandom.next() >= CHANNEL_DELIVERY_RATES[action.channel]) {
      pushEvent(c, { type: 'message-failed', ...base, reason: 'undelivered' } as CollectionsEvent);
      return;
    }
    pushEvent(c, { type: 'message-delivered', ...base } as CollectionsEvent);
    // Fatigue: many messages in a week are noticed less and annoy.
    const sends = recentSends[c] as number[];
    while (sends.length > 0 && (sends[0] as number) <= today - 7) sends.shift();
    sends.push(today);
    const hour = localHourOf(timeZones[tzIndex[c] as number] as string, at);
    const slotFactor = noticeFactor(hour, activeSlot[c] as number);
    const fatigue = sends.length > 3 ? 0.7 : 1;
    const noticed = reactRandom.next() < (response[c * 4 + k] as number) * slotFactor * fatigue;
    const uReact = reactRandom.next();
    const uDelay = reactRandom.next();
    const uOptOut = reactRandom.next();
    const uChurn = reactRandom.next();
    const uReply = reactRandom.next();
    if (sends.length > 4 && uOptOut < 0.05) optOut(c, k, at);
    if (!noticed) return;
    // Plans in the message are seen now, before the payer reacts to the reminder itself.
    if (Array.isArray(action.plans)) for (const plan of action.plans as PlanOffer[]) offerPlan(c, plan, true);
    if (action.channel === 'email' || action.channel === 'whatsapp') {
      pushEvent(c, { type: 'message-opened', ...base } as CollectionsEvent);
    }
    const archetype = ARCHETYPE_ORDER[archetypeOf[c] as number] as PayerArchetype;
    const parameters = PAYER_ARCHETYPES[archetype];
    const tone = TONE_INDEX[action.tone];
    const firm = tone >= 2;
    let annoyed = false;
    let replied = false;
    for (const invoiceId of action.invoiceIds) {
      const i = invoiceIndexById.get(invoiceId);
      if (i === undefined || invCustomer.get(i) !== c || invPaidDay.get(i) >= 0) continue;
      const flags = invFlags.get(i);
      const due = invDue.get(i);
      if ((flags & FLAG_DISPUTE_OPEN) !== 0) {
        annoyed = true;
        continue;
      }
      if ((flags & FLAG_PLAN) !== 0) continue;
      const payOnNotice = parameters.payOnNotice[action.tone];
      if ((flags & FLAG_FORGOTTEN) !== 0) {
        invFlags.set(i, flags & ~FLAG_FORGOTTEN);
        if (uReact < payOnNotice) {
          const day =
            today < due ? Math.max(today + 1, due - Math.floor(uDelay * 3)) : today + 1 + Math.floor(uDelay * 3);
          reschedulePay(i, day);
        }
      } else if ((flags & FLAG_CONSTRAINED) !== 0) {
        if (today >= due - 3 && (flags & FLAG_ASKED_TIME) === 0 && uReply < 0.6) {
          invFlags.set(i, flags | FLAG_ASKED_TIME);
          replied = true;
        } else if (today > due && uReact < payOnNotice) reschedulePay(i, today + 1 + Math.floor(uDelay * 4));
      } else if (today > due) {
        if (uReact < payOnNotice) reschedulePay(i, today + 1 + Math.floor(uDelay * 4));
      } else if ((flags & FLAG_LATE) !== 0 && uReact < payOnNotice * 0.5) {
        reschedulePay(i, Math.max(today + 1, due));
      }
    }
    if (replied) {
      pushEvent(c, {
        type: 'reply-received',
        ...base,
        at: new Date(at.getTime() + 3_600_000),
        text: NEEDS_TIME_TEXT,
      } as CollectionsEvent);
    }
    const optOutChance = (firm ? (firmOptOut[c] as number) : 0) + (annoyed ? 0.1 : 0);
    const churnChance = (firm ? (firmChurn[c] as number) : 0) + (annoyed ? 0.04 : 0);
    if (uOptOut < optOutChance) optOut(c, k, at);
    if (uChurn < churnChance && (churnedAt[c] as number) < 0) {
      churnedAt[c] = today;
      churned++;
      countFor(archetypeChurned, c);
    }
  };

  const offerPlan = (c: number, action: PlanOffer, inMessage: boolean) => {
    const i = invoiceIndexById.get(action.invoiceId);
    if (i === undefined || invCustomer.get(i) !== c || invPaidDay.get(i) >= 0) return;
    if ((invFlags.get(i) & (FLAG_PLAN | FLAG_DISPUTE_OPEN)) !== 0) return;
    const remaining = invTotal.get(i) - invPaid.get(i);
    const dueDays: number[] = [];
    const amounts: number[] = [];
    let sum = 0;
    for (const part of action.installments) {
      const day = dayNumberFromDate(part.dueDate) - firstDay;
      if (!(day >= today) || !Number.isSafeInteger(part.amount.minor) || part.amount.minor <= 0) return;
      if (part.amount.currency !== currencies[customerCurrency[c] as number]) return;
      dueDays.push(day);
      amounts.push(part.amount.minor);
      sum += part.amount.minor;
    }
    if (sum !== remaining || dueDays.length === 0) return;
    plansOffered++;
    if (inMessage) plansOfferedInMessages++;
    countFor(archetypeOffers, c);
    const constrained = (invFlags.get(i) & FLAG_CONSTRAINED) !== 0;
    const accept = reactRandom.next() < (constrained ? 0.8 : invDue.get(i) < today ? 0.3 : 0.05);
    const uKeep = reactRandom.next();
    if (!accept) return;
    plansAccepted++;
    countFor(archetypePlans, c);
    invFlags.set(i, invFlags.get(i) | FLAG_PLAN);
    const plan: Plan = { dueDays, amounts, paidParts: 0 };
    plans.set(i, plan);
    // It keeps each installment on its date, or a few days after.
    for (let part = 0; part < dueDays.length; part++) {
      const lateBy = uKeep < 0.85 ? 0 : 3 + part;
      scheduleAt((dueDays[part] as number) + lateBy, i * 4 + EVENT_INSTALLMENT);
    }
    const customerId = (publicCustomers[c] as Customer).id;
    updatePublic(i, {
      installments: action.installments.map((part) => ({ dueDate: part.dueDate, amount: part.amount })),
    } as Partial<Invoice>);
    pushEvent(c, {
      type: 'promise-made',
      at: instantOf(today, 15),
      customerId,
      invoiceIds: [action.invoiceId],
      amount: money(c, amounts[0] as number),
      currency: currencies[customerCurrency[c] as number],
      promisedDate: dateOf(dueDays[0] as number),
    } as unknown as CollectionsEvent);
  };

  const views = new Map<number, PolicyCustomer>();
  const viewOf = (c: number): PolicyCustomer => {
    if (!Number.isInteger(c) || c < 0 || c >= n) throw new RangeError(`no customer at index ${c}`);
    let view = views.get(c);
    if (view === undefined) {
      const open = openOf[c] as number[];
      const openInvoices: Invoice[] = new Array(open.length);
      for (let k = 0; k < open.length; k++) openInvoices[k] = publicInvoices[open[k] as number] as Invoice;
      view = {
        index: c,
        customer: publicCustomers[c] as Customer,
        openInvoices,
        // The live list, not a copy: the view is valid for today only.
        events: customerEvents[c] as CollectionsEvent[],
      };
      views.set(c, view);
    }
    return view;
  };

  let run: ReturnType<CollectionPolicy['start']> | undefined;
  const laterMessages = new Map<number, PolicyAction[]>();

  for (today = 0; today < totalDays; today++) {
    if (today === warmUpDays) {
      for (let k = 0; k < currencyCount; k++) openAtStart[k] = openTotal[k] as number;
      run = policy.start({
        startDate: dateOf(today),
        customers: publicCustomers.slice(),
        history: publicInvoices.slice(),
        events: historyEvents.slice(),
      });
      changed = [];
    }
    for (let c = 0; c < n; c++) if (nextIssue[c] === today) issue(c);
    const codes = schedule[today] as number[];
    for (let k = 0; k < codes.length; k++) processScheduled(codes[k] as number);
    schedule[today] = [];
    if (run !== undefined) {
      views.clear();
      const day: PolicyDay = {
        date: dateOf(today),
        dayIndex: today - warmUpDays,
        changed,
        issued: issuedToday,
        settled: settledToday,
        events: todayEvents,
        customer: viewOf,
      };
      changed = [];
      todayEvents = [];
      issuedToday = [];
      settledToday = [];
      const actions: PolicyAction[] = [...run.decide(day, policyRandom)];
      for (let k = 0; k < actions.length; k++) {
        try {
          checkAction(actions[k], actionScope, `actions[${k}]`);
        } catch (error) {
          if (!OverdueError.isInstance(error) || error.path === undefined) throw error;
          const message = error.message.slice(error.path.length + 2);
          throw new InvalidArgumentError(`${message} (policy "${policy.name}", ${day.date})`, error.path, error);
        }
      }
      const held = laterMessages.get(today);
      if (held !== undefined) {
        laterMessages.delete(today);
        actions.push(...held);
      }
      for (const action of actions) {
        if (action.kind === 'message') {
          // A message sent on a later day waits for it.
          const sendDay = Math.floor(action.at.getTime() / MS_PER_DAY) - firstDay;
          if (sendDay > today && sendDay < totalDays) {
            const list = laterMessages.get(sendDay);
            if (list === undefined) laterMessages.set(sendDay, [action]);
            else list.push(action);
          } else if (sendDay >= today) deliver(action);
          else messagesRefused++;
        } else if (action.kind === 'payment-plan') offerPlan(action.customerIndex, action, false);
      }
    } else {
      changed = [];
      issuedToday = [];
      settledToday = [];
    }
    // Balances at the end of the day.
    openTotal.fill(0);
    currentTotal.fill(0);
    overdueTotal.fill(0);
    for (let k = 0; k < openList.length; k++) {
      const i = openList.get(k);
      const currency = customerCurrency[invCustomer.get(i)] as number;
      const remaining = invTotal.get(i) - invPaid.get(i);
      openTotal[currency] = (openTotal[currency] as number) + remaining;
      let overdue = 0;
      const plan = (invFlags.get(i) & FLAG_PLAN) !== 0 ? plans.get(i) : undefined;
      if (plan !== undefined) {
        for (let part = plan.paidParts; part < plan.dueDays.length; part++) {
          if ((plan.dueDays[part] as number) < today) overdue += plan.amounts[part] as number;
        }
      } else if (invDue.get(i) < today) overdue = remaining;
      overdueTotal[currency] = (overdueTotal[currency] as number) + overdue;
      if (overdue > 0 && today >= warmUpDays) {
        const slot = currency * archetypeCount + (archetypeOf[invCustomer.get(i)] as number);
        archetypeOverdueSum[slot] = (archetypeOverdueSum[slot] as number) + overdue;
      }
      currentTotal[currency] = (currentTotal[currency] as number) + remaining - overdue;
    }
    for (let k = 0; k < currencyCount; k++) (openByDay[k] as Float64Array)[today] = openTotal[k] as number;
    if (today >= warmUpDays) {
      const kpis = kpisOf(today);
      for (let k = 0; k < currencyCount; k++) {
        overdueSum[k] = (overdueSum[k] as number) + (overdueTotal[k] as number);
        const figures = kpis[k] as CurrencyKpis;
        kpiSums[k * 3] = (kpiSums[k * 3] as number) + figures.daysSalesOutstanding;
        kpiSums[k * 3 + 1] = (kpiSums[k * 3 + 1] as number) + figures.averageDaysDelinquent;
        kpiSums[k * 3 + 2] = (kpiSums[k * 3 + 2] as number) + figures.collectionEffectivenessIndex;
      }
      const index = today - warmUpDays;
      if (index % sampleEveryDays === 0 || today === totalDays - 1) {
        series.push({ date: dateOf(today), byCurrency: kpis, messages: { ...messages }, optOuts, churned });
      }
    }
  }

  function kpisOf(day: number): CurrencyKpis[] {
    const result: CurrencyKpis[] = [];
    const window = Math.min(kpiWindowDays, day + 1);
    for (let k = 0; k < currencyCount; k++) {
      const sales = salesByDay[k] as Float64Array;
      let sum = 0;
      for (let d = day - window + 1; d <= day; d++) sum += sales[d] as number;
      const open = openTotal[k] as number;
      const current = currentTotal[k] as number;
      const begin = day - window >= 0 ? ((openByDay[k] as Float64Array)[day - window] as number) : 0;
      const dso = sum > 0 ? (open / sum) * window : 0;
      const best = sum > 0 ? (current / sum) * window : 0;
      const ceiBase = begin + sum - current;
      result.push({
        currency: currencies[k] as string,
        open: { currency: currencies[k] as string, minor: open },
        overdue: { currency: currencies[k] as string, minor: overdueTotal[k] as number },
        daysSalesOutstanding: round2(dso),
        averageDaysDelinquent: round2(dso - best),
        collectionEffectivenessIndex: ceiBase > 0 ? round2(((begin + sum - open) / ceiBase) * 100) : 100,
      });
    }
    return result;
  }

  const finalKpis = series[series.length - 1]?.byCurrency ?? kpisOf(totalDays - 1);
  const byCurrency: CurrencyTotals[] = currencies.map((currency, k) => ({
    ...(finalKpis[k] as CurrencyKpis),
    daysSalesOutstanding: round2((kpiSums[k * 3] as number) / days),
    averageDaysDelinquent: round2((kpiSums[k * 3 + 1] as number) / days),
    collectionEffectivenessIndex: round2((kpiSums[k * 3 + 2] as number) / days),
    openAtStart: { currency, minor: openAtStart[k] as number },
    issued: { currency, minor: issuedRun[k] as number },
    paid: { currency, minor: paidRun[k] as number },
    averageOverdue: { currency, minor: divideHalfEven(overdueSum[k] as number, days) },
  }));
  const archetypeCustomers = new Int32Array(archetypeCount);
  for (let c = 0; c < n; c++) countFor(archetypeCustomers, c);
  const customerIndex: number[] = [];
  const issueDay: number[] = [];
  const dueDay: number[] = [];
  const paidDay: number[] = [];
  for (const i of runInvoices) {
    customerIndex.push(invCustomer.get(i));
    issueDay.push(invIssue.get(i) - warmUpDays);
    dueDay.push(invDue.get(i) - warmUpDays);
    const paid = invPaidDay.get(i);
    paidDay.push(paid < 0 ? -1 : paid - warmUpDays);
  }
  return {
    version: 1,
    policy: policy.name,
    seed: options.seed,
    days,
    startDate: dateOf(warmUpDays),
    endDate: dateOf(totalDays - 1),
    currencies,
    totals: {
      byCurrency,
      messages,
      messagesSent: messages.email + messages.sms + messages.voice + messages.whatsapp,
      messagesRefused,
      plansOffered,
      plansOfferedInMessages,
      plansAccepted,
      optOuts,
      churned,
      invoicesIssued,
      invoicesPaid,
      byArchetype: ARCHETYPE_ORDER.map((archetype, a) => ({
        archetype,
        customers: archetypeCustomers[a] as number,
        averageOverdue: currencies.map((currency, k) => ({
          currency,
          minor: divideHalfEven(archetypeOverdueSum[k * archetypeCount + a] as number, days),
        })),
        messagesSent: archetypeMessages[a] as number,
        plansOffered: archetypeOffers[a] as number,
        plansAccepted: archetypePlans[a] as number,
        optOuts: archetypeOptOuts[a] as number,
        churned: archetypeChurned[a] as number,
      })),
    },
    series,
    invoices: { customerIndex, issueDay, dueDay, paidDay },
  };
}

/** How much more likely a message is noticed at this local hour, for a customer active in `slot`. */
function noticeFactor(hour: number, slot: number): number {
  for (let s = 0; s < SLOT_HOURS.length; s++) {
    const [from, to] = SLOT_HOURS[s] as readonly [number, number];
    if (hour >= from && hour < to) return s === slot ? 1 : Math.abs(s - slot) === 1 ? 0.6 : 0.4;
  }
  return 0.15;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** An integer divided by a positive integer, rounded half-even, exactly (both below 2^53). */
export function divideHalfEven(numerator: number, denominator: number): number {
  const quotient = Math.floor(numerator / denominator);
  let q = quotient;
  let remainder = numerator - q * denominator;
  // Correct a floating-point off-by-one in the quotient.
  while (remainder < 0) {
    q--;
    remainder += denominator;
  }
  while (remainder >= denominator) {
    q++;
    remainder -= denominator;
  }
  const twice = remainder * 2;
  if (twice > denominator || (twice === denominator && q % 2 !== 0)) q++;
  return q;
}

function dayNumberFromDate(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The random stream type, re-exported for helpers. */
export type { Random };
