import type { Channel, CivilDate, Money } from '@overdue/core';
import type { PayerArchetype } from '../portfolio/archetypes';

/**
 * Receivables KPIs of one currency on one day (or averaged over the run, in totals). Ratios are plain
 * numbers rounded to two decimals; amounts are exact money.
 *
 * @category Simulation
 * @example
 * ```ts
 * const kpis: CurrencyKpis = result.totals.byCurrency[0];
 * kpis.overdue.minor <= kpis.open.minor;
 * //=> true
 * ```
 */
export interface CurrencyKpis {
  /** ISO 4217 code. */
  currency: string;
  /** Open receivables at the end of the day (in totals: at the end of the run). */
  open: Money;
  /** Open receivables past their due date (installments count only once past their own date). */
  overdue: Money;
  /** Days sales outstanding, standard method over the trailing `kpiWindowDays`: open / sales × days. */
  daysSalesOutstanding: number;
  /** Average days delinquent: DSO minus best possible DSO (current / sales × days), same window. */
  averageDaysDelinquent: number;
  /** Collection effectiveness index over the trailing window, in percent: (begin + sales − end) / (begin + sales − current) × 100. */
  collectionEffectivenessIndex: number;
}

/**
 * One point of the time series.
 *
 * @category Simulation
 * @example
 * ```ts
 * const sample: SimulationSample = result.series[0];
 * sample.date;
 * //=> '2026-01-01'
 * ```
 */
export interface SimulationSample {
  /** The day. */
  date: CivilDate;
  /** KPIs per currency, in the order of `result.currencies`. */
  byCurrency: CurrencyKpis[];
  /** Messages sent since the start, by channel. */
  messages: Record<Channel, number>;
  /** Opt-outs since the start. */
  optOuts: number;
  /** Customers lost (stopped buying) since the start. */
  churned: number;
}

/**
 * Totals of one currency over the run.
 *
 * @category Simulation
 * @example
 * ```ts
 * const totals: CurrencyTotals = result.totals.byCurrency[0];
 * totals.openAtStart.minor + totals.issued.minor === totals.paid.minor + totals.open.minor;
 * //=> true
 * ```
 */
export interface CurrencyTotals extends CurrencyKpis {
  /** Open receivables on the first day, before anything was issued or paid that day. */
  openAtStart: Money;
  /** Invoiced during the run. */
  issued: Money;
  /** Collected during the run. */
  paid: Money;
  /** Mean of the daily overdue balance over the run, rounded half-even to the minor unit. */
  averageOverdue: Money;
}

/**
 * What happened to the customers of one hidden archetype over the run: where the overdue balance sits and
 * what the policy spent on them. For analysis only: archetypes are hidden traits, and no policy sees these
 * figures while it runs.
 *
 * @category Simulation
 * @example
 * ```ts
 * const disputers = result.totals.byArchetype.find((entry) => entry.archetype === 'disputer');
 * disputers.averageOverdue[0].currency;
 * //=> 'GBP'
 * ```
 */
export interface ArchetypeTotals {
  /** The archetype. */
  archetype: PayerArchetype;
  /** Customers of this archetype in the portfolio. */
  customers: number;
  /**
   * Mean daily overdue balance of these customers' invoices, per currency in the order of
   * `result.currencies`, rounded half-even. Each archetype is rounded on its own, so they add up to
   * the currency's `averageOverdue` within one minor unit per archetype.
   */
  averageOverdue: Money[];
  /** Messages sent to them. */
  messagesSent: number;
  /** Payment-plan offers that reached them (for an open invoice not already on a plan or under dispute). */
  plansOffered: number;
  /** Payment plans they accepted. */
  plansAccepted: number;
  /** Their opt-outs. */
  optOuts: number;
  /** Those of them lost (stopped buying). */
  churned: number;
}

/**
 * Every invoice issued during the run, in flat columns (days counted from the start, day 0), for
 * payment-behaviour measures such as {@link measurePaymentBehaviour}.
 *
 * @category Simulation
 * @example
 * ```ts
 * const columns: InvoiceColumns = result.invoices;
 * columns.issueDay.length === columns.paidDay.length;
 * //=> true
 * ```
 */
export interface InvoiceColumns {
  /** Index of its customer in the portfolio. */
  customerIndex: number[];
  /** Issue day. */
  issueDay: number[];
  /** Due day. */
  dueDay: number[];
  /** The day it was fully paid, or -1 when still open at the end. */
  paidDay: number[];
}

/**
 * The result of {@link simulatePortfolio}: totals, a time series and the issued invoices. Same inputs,
 * same result, to the last digit.
 *
 * @category Simulation
 * @example
 * ```ts
 * const result: SimulationResult = simulatePortfolio({ portfolio, policy: createNoReminderPolicy(), days: 30, seed: 1 });
 * result.days;
 * //=> 30
 * ```
 */
export interface SimulationResult {
  /** Format version. */
  version: 1;
  /** The policy's name. */
  policy: string;
  /** The seed. */
  seed: number | string;
  /** Simulated days after the warm-up. */
  days: number;
  /** The first simulated day. */
  startDate: CivilDate;
  /** The last simulated day. */
  endDate: CivilDate;
  /** The currencies, in the order of the per-currency arrays. */
  currencies: string[];
  /** Totals over the run. */
  totals: {
    /** Per currency. */
    byCurrency: CurrencyTotals[];
    /** Messages sent, by channel. */
    messages: Record<Channel, number>;
    /** Messages sent, all channels. */
    messagesSent: number;
    /** Messages refused because the contact had not consented to the channel (not sent, not counted above). */
    messagesRefused: number;
    /**
     * Payment-plan offers that reached a payer (for an open invoice not already on a plan or under dispute).
     * A plan offer is not counted in `messagesSent`; one made in a message reaches the payer only when the
     * message is delivered and noticed.
     */
    plansOffered: number;
    /**
     * Those of `plansOffered` that travelled in a message (already counted in `messagesSent`); the rest were
     * offered on their own, so the payers were contacted `messagesSent + plansOffered - plansOfferedInMessages` times.
     */
    plansOfferedInMessages: number;
    /** Payment plans accepted. */
    plansAccepted: number;
    /** Opt-outs (a contact withdrawing consent to a channel). */
    optOuts: number;
    /** Customers lost: they stopped buying after a message annoyed them. */
    churned: number;
    /** Invoices issued during the run. */
    invoicesIssued: number;
    /** Invoices fully paid during the run. */
    invoicesPaid: number;
    /** The same figures per hidden archetype, in the order of `PAYER_ARCHETYPES`, every archetype listed (for analysis only). */
    byArchetype: ArchetypeTotals[];
  };
  /** One sample every `sampleEveryDays` days and on the last day. */
  series: SimulationSample[];
  /** The invoices issued during the run. */
  invoices: InvoiceColumns;
}
