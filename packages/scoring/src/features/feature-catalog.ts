/**
 * The name of a payer or invoice feature; see {@link PAYMENT_FEATURES} for what each one means.
 *
 * @category Features
 * @example
 * ```ts
 * const name: PaymentFeatureName = 'late-share';
 * ```
 */
export type PaymentFeatureName =
  | 'settled-invoices'
  | 'late-share'
  | 'recent-late-share'
  | 'mean-days-late'
  | 'recent-days-late'
  | 'days-late-trend'
  | 'last-days-late'
  | 'median-days-to-settle'
  | 'days-to-settle-spread'
  | 'open-invoices'
  | 'open-overdue-invoices'
  | 'max-days-overdue'
  | 'overdue-exposure'
  | 'amount-vs-usual'
  | 'log-amount'
  | 'terms-days'
  | 'electronic'
  | 'days-since-last-invoice'
  | 'invoices-last-90-days'
  | 'customer-tenure-days'
  | 'broken-promises'
  | 'promises-last-year'
  | 'disputes-last-year'
  | 'open-disputes'
  | 'recent-days-to-settle';

/**
 * One feature: its name, what it measures, and whether it describes the payer (from history) or the invoice
 * (known at issue).
 *
 * @category Features
 * @example
 * ```ts
 * const feature: PaymentFeature = PAYMENT_FEATURES[1]!;
 * feature.name;
 * //=> 'late-share'
 * ```
 */
export interface PaymentFeature {
  /** Stable name, used in model JSON and reasons. */
  readonly name: PaymentFeatureName;
  /** `payer` for history features, `invoice` for facts of the invoice itself. */
  readonly scope: 'payer' | 'invoice';
  /** What it measures, in a sentence. */
  readonly description: string;
}

const feature = (name: PaymentFeatureName, scope: 'payer' | 'invoice', description: string): PaymentFeature => ({
  name,
  scope,
  description,
});

/**
 * Every feature the payment model and the payer score read, in model column order. History features use
 * only what was known at the end of the `asOf` day: an invoice counts as settled only if its settled day is
 * on or before `asOf`, and as overdue only if it was still open after its due date. "Late" means settled
 * after the due date (a write-off counts as late). Shares and means are shrunk towards the portfolio
 * average by two pseudo-invoices, so a payer with one late invoice is not judged like one with fifty;
 * "recent" figures are exponentially weighted with a half-life of three settled invoices.
 *
 * @category Features
 * @example
 * ```ts
 * PAYMENT_FEATURES.map((f) => f.name).includes('max-days-overdue');
 * //=> true
 * ```
 */
export const PAYMENT_FEATURES: readonly PaymentFeature[] = [
  feature('settled-invoices', 'payer', 'How many of the payer’s invoices were settled on or before asOf.'),
  feature(
    'late-share',
    'payer',
    'Share of the payer’s invoices known to be late: settled late, or still open past their due date (shrunk).',
  ),
  feature('recent-late-share', 'payer', 'Share of recent settled invoices paid late, weighted towards the latest.'),
  feature('mean-days-late', 'payer', 'Mean days late over settled invoices, early or on time counting as 0 (shrunk).'),
  feature('recent-days-late', 'payer', 'Days late of recent settled invoices, weighted towards the latest.'),
  feature('days-late-trend', 'payer', 'Recent days late minus mean days late: positive when the payer is slipping.'),
  feature('last-days-late', 'payer', 'Days late of the most recently settled invoice.'),
  feature('median-days-to-settle', 'payer', 'Median days from issue to settlement over the last 32 settled invoices.'),
  feature('days-to-settle-spread', 'payer', 'Interquartile range of days to settle over the last 32 settled invoices.'),
  feature('open-invoices', 'payer', 'How many earlier invoices are still open.'),
  feature('open-overdue-invoices', 'payer', 'How many earlier invoices are open past their due date.'),
  feature('max-days-overdue', 'payer', 'Days overdue of the oldest overdue open invoice (0 when none).'),
  feature('overdue-exposure', 'payer', 'Open overdue amount as a multiple of the payer’s median recent invoice.'),
  feature('amount-vs-usual', 'invoice', 'Natural log of the invoice amount over the payer’s median recent invoice.'),
  feature('log-amount', 'invoice', 'Base-10 log of one plus the invoice amount in major units of its currency.'),
  feature('terms-days', 'invoice', 'Payment terms: days from issue to due date.'),
  feature('electronic', 'invoice', '1 when the invoice went out electronically, 0 on paper, 0.5 when unknown.'),
  feature('days-since-last-invoice', 'payer', 'Days since the payer’s previous invoice (365 when none, at most 365).'),
  feature('invoices-last-90-days', 'payer', 'How many invoices the payer received in the 90 days up to asOf.'),
  feature('customer-tenure-days', 'payer', 'Days since the payer’s first invoice.'),
  feature('broken-promises', 'payer', 'How many promises to pay the payer has broken (events).'),
  feature('promises-last-year', 'payer', 'Promises to pay made in the last 365 days (events).'),
  feature('disputes-last-year', 'payer', 'Disputes opened in the last 365 days (events).'),
  feature('open-disputes', 'payer', 'Disputes opened and not yet resolved (events).'),
  feature(
    'recent-days-to-settle',
    'payer',
    'Days from issue to settlement of recent invoices, weighted towards the latest.',
  ),
];
