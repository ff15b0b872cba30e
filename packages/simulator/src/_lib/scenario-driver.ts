import type { CivilDate, CollectionsEvent, Invoice } from '@overdue/core';
import { civilDateToDayNumber } from '@overdue/core';
import type { CustomerSnapshot, DunningAction, Scenario } from '@overdue/dunning';
import { evaluateScenario } from '@overdue/dunning';
import type { PolicyCustomer, PolicyDay } from '../policies/policy-types';

// Not payments: a payment can only make steps fall later, and the scheduled evaluation sees it.
const DEFAULT_WAKE_ON: ReadonlySet<string> = new Set([
  'dispute-opened',
  'dispute-resolved',
  'promise-made',
  'promise-broken',
  'reply-received',
  'opted-out',
  'opted-in',
  'invoice-updated',
]);

// The events the evaluator reads (contact caps, promises, payments in flight, disputes, opt-outs).
const DUNNING_EVENTS: ReadonlySet<string> = new Set([
  'message-sent',
  'payment-received',
  'promise-made',
  'promise-broken',
  'dispute-opened',
  'dispute-resolved',
  'opted-out',
  'opted-in',
]);

function dunningEvents(events: readonly CollectionsEvent[]): CollectionsEvent[] {
  const kept: CollectionsEvent[] = [];
  for (const event of events) if (DUNNING_EVENTS.has(event.type)) kept.push(event);
  return kept;
}

// Keys older than this are dropped: no step of the ready scenarios is that far from its anchor.
const KEEP_DONE_DAYS = 180;

function prune(done: Record<string, CivilDate>, today: number): Record<string, CivilDate> {
  const keys = Object.keys(done);
  if (keys.length < 24) return done;
  for (const key of keys) {
    if (civilDateToDayNumber(done[key] as CivilDate) < today - KEEP_DONE_DAYS) delete done[key];
  }
  return done;
}

/** The day number an invoice is first due: its own due date, or its earliest installment's. */
function earliestDueDay(invoice: Invoice): number {
  const installments = invoice.installments;
  if (installments === undefined || installments.length === 0) return civilDateToDayNumber(invoice.dueDate);
  let earliest = Number.POSITIVE_INFINITY;
  for (const installment of installments) earliest = Math.min(earliest, civilDateToDayNumber(installment.dueDate));
  return earliest;
}

/** A dunning message action, as evaluateScenario returns it. */
export type MessageAction = Extract<DunningAction, { kind: 'message' }>;

/**
 * Evaluates a dunning scenario the way a host would: only for customers whose data changed or whose
 * `nextEvaluationDate` has come, records the keys of the actions it runs in `done`.
 */
export class ScenarioDriver {
  private readonly nextDay: Int32Array;
  private readonly stamp: Int32Array;
  private readonly queue = new Map<number, number[]>();
  private readonly done: (Record<string, CivilDate> | undefined)[];
  private readonly ids = new Map<string, number>();
  evaluations = 0;

  constructor(
    private readonly scenario: Scenario,
    customerIds: readonly string[],
    /**
     * Days from the due date to the first ladder step that can apply to a customer (negative before it):
     * the driver does not evaluate a customer before that day for its earliest open item or installment.
     */
    private readonly firstOffsetDays: number,
    /** Event types after which a customer is evaluated again. */
    private readonly wakeOn: ReadonlySet<string> = DEFAULT_WAKE_ON,
  ) {
    const customers = customerIds.length;
    this.nextDay = new Int32Array(customers).fill(-1);
    this.stamp = new Int32Array(customers).fill(-1);
    this.done = new Array(customers).fill(undefined);
    for (let index = 0; index < customers; index++) this.ids.set(customerIds[index] as string, index);
  }

  /**
   * Runs today's evaluations; `onAction` decides each message action and returns whether it was run
   * (its key is then recorded as done).
   */
  run(day: PolicyDay, onAction: (view: PolicyCustomer, action: MessageAction) => boolean): void {
    const today = civilDateToDayNumber(day.date);
    const candidates: number[] = [];
    const take = (index: number) => {
      if (this.stamp[index] === today) return;
      this.stamp[index] = today;
      candidates.push(index);
    };
    // Events that may change what is due: payments, disputes, promises, replies, opt-outs. Our own
    // messages' events do not; a new invoice only needs a wake-up on its first step's day.
    for (const event of day.events) {
      if (this.wakeOn.has(event.type)) {
        const index = this.indexOf(event.customerId);
        if (index >= 0) take(index);
      }
    }
    for (const invoice of day.issued) {
      const index = this.indexOf(invoice.customerId);
      if (index < 0) continue;
      const first = earliestDueDay(invoice) + this.firstOffsetDays;
      if (first <= today) take(index);
      else this.schedule(index, first);
    }
    const due = this.queue.get(today);
    if (due !== undefined) {
      this.queue.delete(today);
      for (const index of due) if (this.nextDay[index] === today) take(index);
    }
    for (const index of candidates) {
      const view = day.customer(index);
      this.nextDay[index] = -1;
      if (view.openInvoices.length === 0) {
        // Keys of paid invoices are no longer needed.
        this.done[index] = undefined;
        continue;
      }
      // No step can apply before the first step day of the earliest open item: sleep until then. Such a
      // wake-up (for an invoice paid since, or an event about invoices not yet due) has nothing to do: in
      // the 10,000-customer bench with the adaptive policy, 96,000 of 154,000 evaluations were of this
      // kind and none of them returned an action.
      let first = Number.POSITIVE_INFINITY;
      for (const invoice of view.openInvoices) first = Math.min(first, earliestDueDay(invoice));
      first += this.firstOffsetDays;
      if (first > today) {
        this.schedule(index, first);
        continue;
      }
      const snapshot: CustomerSnapshot = {
        customer: view.customer,
        invoices: view.openInvoices,
        events: dunningEvents(view.events),
      };
      const done = this.done[index];
      if (done !== undefined) snapshot.done = (today + index) % 30 === 0 ? prune(done, today) : done;
      const evaluation = evaluateScenario(this.scenario, snapshot, { now: day.date });
      this.evaluations++;
      for (const action of evaluation.actions) {
        if (action.kind !== 'message') continue;
        if (onAction(view, action)) {
          const record = this.done[index] ?? {};
          record[action.key] = day.date;
          this.done[index] = record;
        }
      }
      if (evaluation.nextEvaluationDate !== undefined) {
        const next = civilDateToDayNumber(evaluation.nextEvaluationDate);
        if (next > today) this.schedule(index, next);
      }
    }
  }

  /** Wakes customers up for the open invoices they had before the start. */
  prime(history: readonly Invoice[], startDate: CivilDate): void {
    const start = civilDateToDayNumber(startDate);
    for (const invoice of history) {
      if (invoice.status !== 'open') continue;
      const index = this.ids.get(invoice.customerId);
      if (index === undefined) continue;
      this.schedule(index, Math.max(start, earliestDueDay(invoice) + this.firstOffsetDays));
    }
  }

  private indexOf(customerId: string): number {
    return this.ids.get(customerId) ?? -1;
  }

  private schedule(index: number, day: number): void {
    const current = this.nextDay[index] as number;
    if (current >= 0 && current <= day) return;
    this.nextDay[index] = day;
    const list = this.queue.get(day);
    if (list === undefined) this.queue.set(day, [index]);
    else list.push(index);
  }
}
