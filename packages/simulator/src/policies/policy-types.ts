import type { Channel, CivilDate, CollectionsEvent, Customer, Invoice, Money, Random } from '@overdue/core';

/**
 * The tone of a message, as the outreach learner and dunning templates name it.
 *
 * @category Policies
 * @example
 * ```ts
 * const tone: MessageTone = 'friendly';
 * ```
 */
export type MessageTone = 'friendly' | 'neutral' | 'firm' | 'final';

/**
 * What a policy may see of one customer: the same public data a host holds (the customer with its
 * contacts and consent, its open invoices, its recent events). No hidden trait is ever in it.
 *
 * @category Policies
 * @example
 * ```ts
 * const view: PolicyCustomer = day.customer(0);
 * view.openInvoices.length;
 * //=> 1
 * ```
 */
export interface PolicyCustomer {
  /** Its position in the portfolio (the index actions refer to). */
  index: number;
  /** The customer as a host's ledger holds it; consent reflects opt-outs so far. */
  customer: Customer;
  /** Its open invoices (status `open`, `amountDue` above zero), oldest first. */
  openInvoices: readonly Invoice[];
  /** Its events of the last 60 days, oldest first (messages sent, deliveries, replies, payments, disputes, opt-outs). Valid for today only; do not change it. */
  events: readonly CollectionsEvent[];
}

/**
 * What a policy receives once, before the first day: the customers and the ledger history of the
 * warm-up period (invoices as they stand at the start, paid ones with their `paidDate`).
 *
 * @category Policies
 * @example
 * ```ts
 * const start: PolicyStart = { startDate: '2026-01-01', customers: [], history: [], events: [] };
 * ```
 */
export interface PolicyStart {
  /** The first simulated day. */
  startDate: CivilDate;
  /** The public customers, in portfolio order. */
  customers: readonly Customer[];
  /** Every invoice issued before the start, as it stands at the start. */
  history: readonly Invoice[];
  /** Every event before the start (disputes, payments), oldest first. */
  events: readonly CollectionsEvent[];
}

/**
 * What a policy receives each simulated day.
 *
 * @category Policies
 * @example
 * ```ts
 * const changedToday = (day: PolicyDay) => day.changed.length;
 * ```
 */
export interface PolicyDay {
  /** Today. */
  date: CivilDate;
  /** Days since the start (0 on the first day). */
  dayIndex: number;
  /** Indexes of the customers whose public data changed since the previous day (new invoice, payment, event). */
  changed: readonly number[];
  /** Invoices issued today. */
  issued: readonly Invoice[];
  /** Invoices fully paid today (status `paid`, with `paidDate`). */
  settled: readonly Invoice[];
  /** Every event since the previous day, oldest first. */
  events: readonly CollectionsEvent[];
  /**
   * The public view of one customer.
   *
   * @param index - Its index in the portfolio.
   * @returns The view, built fresh for today.
   */
  customer(index: number): PolicyCustomer;
}

/**
 * A message a policy wants sent, or a payment plan it offers.
 *
 * @category Policies
 * @example
 * ```ts
 * const action: PolicyAction = {
 *   kind: 'message', customerIndex: 0, channel: 'email', at: new Date('2026-01-05T09:00:00Z'),
 *   tone: 'friendly', invoiceIds: ['C000001-1'],
 * };
 * ```
 */
export type PolicyAction =
  | {
      /** A message. */
      kind: 'message';
      /** The customer's index. */
      customerIndex: number;
      /** The channel; the simulator refuses it (and counts nothing) when the contact has not consented. */
      channel: Channel;
      /** When it is sent: today or later (a later day waits for it; an instant before today is refused). The hour in the customer's time zone matters. */
      at: Date;
      /** Its tone. */
      tone: MessageTone;
      /** The invoices it chases. */
      invoiceIds: readonly string[];
      /**
       * An id of the policy's choosing for the message, as a host keeps a provider's message id. Optional;
       * when given, every event of the message (sent, delivered, failed, opened, a reply) carries it as
       * `messageId`, so the policy can tell which of its messages an event answers.
       */
      messageId?: string;
      /**
       * Payment plans offered in the message (a link to set one up). Optional. The payer sees them only
       * when the message is delivered and noticed; they are counted in `plansOffered` then, and in
       * `plansOfferedInMessages`, never as messages of their own.
       */
      plans?: readonly PlanOffer[];
    }
  | ({
      /** A payment plan for one invoice, offered on its own (it reaches the payer whatever the channels). */
      kind: 'payment-plan';
      /** The customer's index. */
      customerIndex: number;
    } & PlanOffer);

/**
 * A payment plan offered for one invoice of the customer: installments that add up exactly to its amount
 * due, in its currency, each due on the day the payer sees the offer or later. An offer that breaks one of
 * these rules when it reaches the payer (a payment came in meanwhile, say) is ignored, as is one for an
 * invoice already paid, disputed or on a plan; a malformed one throws (see {@link PolicyRun.decide}).
 *
 * @category Policies
 * @example
 * ```ts
 * const offer: PlanOffer = {
 *   invoiceId: 'C000001-1',
 *   installments: [
 *     { dueDate: '2026-01-12', amount: { minor: 5000, currency: 'GBP' } },
 *     { dueDate: '2026-01-26', amount: { minor: 5000, currency: 'GBP' } },
 *   ],
 * };
 * ```
 */
export interface PlanOffer {
  /** The invoice. */
  invoiceId: string;
  /** Installments that add up exactly to its amount due, due today or later. */
  installments: readonly {
    /** When the installment is due. */
    dueDate: CivilDate;
    /** Its amount, in the invoice currency. */
    amount: Money;
  }[];
}

/**
 * One run of a policy: its state lives here, created fresh by {@link CollectionPolicy.start}.
 *
 * @category Policies
 * @example
 * ```ts
 * const run: PolicyRun = { decide: () => [] };
 * ```
 */
export interface PolicyRun {
  /**
   * Decides today's actions.
   *
   * @param day - Today's public data.
   * @param random - The policy's own seeded generator (exploration), never shared with the customers.
   * @returns The actions, in any order. The simulator checks each one's shape and throws an
   * `InvalidArgumentError` naming the field, the policy and the day (`actions[0].channel: expected one of
   * "email", ..., got "emial" (policy "mine", 2026-03-02)`) for an unknown kind or field, a customer index
   * out of range, a channel or tone that does not exist, an invalid `at`, or an invoice never issued or
   * of another customer. What the day's rules decide is not an error: see {@link PolicyAction} and
   * {@link PlanOffer}.
   */
  decide(day: PolicyDay, random: Random): readonly PolicyAction[];
}

/**
 * A collection policy: how a host chases its customers, from public data only.
 *
 * @category Policies
 * @example
 * ```ts
 * const silent: CollectionPolicy = { name: 'silent', start: () => ({ decide: () => [] }) };
 * ```
 */
export interface CollectionPolicy {
  /** A short name for reports. */
  name: string;
  /**
   * Starts a run.
   *
   * @param start - The customers and the history before the first day.
   * @returns The run, holding its own state.
   */
  start(start: PolicyStart): PolicyRun;
}
