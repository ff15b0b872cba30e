import type { PaymentFeatureName } from './feature-catalog';

const round = (value: number, digits = 0) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};
const percent = (share: number) => `${Math.round(share * 100)}%`;
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * States one feature value as a credit controller would say it, such as `3 invoices already overdue` or
 * `62% of its invoices were late`.
 *
 * @param name - The feature.
 * @param value - Its value, in the units of {@link PAYMENT_FEATURES}.
 * @returns A short phrase without a final full stop.
 * @category Features
 * @example
 * ```ts
 * describeFeature('max-days-overdue', 45);
 * //=> 'its oldest overdue invoice is 45 days overdue'
 * ```
 */
export function describeFeature(name: PaymentFeatureName, value: number): string {
  switch (name) {
    case 'settled-invoices':
      return value === 0
        ? 'no settled invoices yet'
        : `${plural(round(value), 'settled invoice', 'settled invoices')} in its history`;
    case 'late-share':
      return `${percent(value)} of its invoices were late`;
    case 'recent-late-share':
      return `${percent(value)} of its recent invoices were late`;
    case 'mean-days-late':
      return `pays ${round(value, 1)} days late on average`;
    case 'recent-days-late':
      return `paid its recent invoices ${round(value, 1)} days late on average`;
    case 'days-late-trend':
      return value >= 0
        ? `paying ${round(value, 1)} days later than its average lately`
        : `paying ${round(-value, 1)} days earlier than its average lately`;
    case 'last-days-late':
      return value === 0 ? 'paid its last invoice on time' : `paid its last invoice ${round(value)} days late`;
    case 'median-days-to-settle':
      return `usually settles ${round(value)} days after issue`;
    case 'days-to-settle-spread':
      return `its payment timing varies by ${round(value)} days`;
    case 'open-invoices':
      return `${plural(round(value), 'earlier invoice', 'earlier invoices')} still open`;
    case 'open-overdue-invoices':
      return value === 0 ? 'nothing overdue' : `${plural(round(value), 'invoice', 'invoices')} already overdue`;
    case 'max-days-overdue':
      return value === 0 ? 'nothing overdue' : `its oldest overdue invoice is ${round(value)} days overdue`;
    case 'overdue-exposure':
      return value === 0 ? 'no overdue balance' : `overdue balance of ${round(value, 1)}× a usual invoice`;
    case 'amount-vs-usual':
      return `this invoice is ${round(Math.exp(value), 1)}× its usual amount`;
    case 'log-amount':
      return `invoice amount about ${round(10 ** value - 1)}`;
    case 'terms-days':
      return `${round(value)}-day terms`;
    case 'electronic':
      return value === 1 ? 'sent electronically' : value === 0 ? 'sent on paper' : 'delivery channel unknown';
    case 'days-since-last-invoice':
      return value >= 365 ? 'no invoice in the past year' : `${round(value)} days since its previous invoice`;
    case 'invoices-last-90-days':
      return `${plural(round(value), 'invoice', 'invoices')} in the last 90 days`;
    case 'customer-tenure-days':
      return value === 0 ? 'a new customer' : `a customer for ${round(value)} days`;
    case 'broken-promises':
      return value === 0 ? 'no broken promises' : `${plural(round(value), 'broken promise', 'broken promises')} to pay`;
    case 'promises-last-year':
      return `${plural(round(value), 'promise', 'promises')} to pay in the last year`;
    case 'disputes-last-year':
      return `${plural(round(value), 'dispute', 'disputes')} in the last year`;
    case 'recent-days-to-settle':
      return `settled its recent invoices ${round(value)} days after issue on average`;
    case 'open-disputes':
      return value === 0 ? 'no open dispute' : `${plural(round(value), 'open dispute', 'open disputes')}`;
  }
}
