import type { CivilDate, ExchangeRates } from '@overdue/core';
import { convertMoney } from '@overdue/core';
import type { PayerScore, PayerSegment, PaymentFeatureName, PaymentPrediction } from '@overdue/scoring';

/** An open invoice as {@link riskiestCustomers} reads it (`openBalancesAsOf(...).items` fit as they are). */
export interface RiskOpenItem {
  invoiceId: string;
  customerId: string;
  currency: string;
  dueDate: CivilDate;
  openMinor: number;
}

/** The parts of a `predictPayments` result that {@link riskiestCustomers} reads. */
export type RiskPrediction = Pick<
  PaymentPrediction,
  'invoiceId' | 'probabilityLate' | 'expectedPaymentDate' | 'reasons'
>;

/** One customer's open balance in one currency, with its risk. */
export interface RiskyCustomer {
  customerId: string;
  /** The customer's name, or its id when there is none. */
  name: string;
  /** Currency of the amounts below. */
  currency: string;
  /** Payer score, 0 (worst) to 100 (best). */
  score: number;
  segment: PayerSegment;
  /** Everything open, minor units. */
  openMinor: number;
  /** Open amount expected to be paid late: the sum of open × probability of paying late, minor units. */
  expectedLateMinor: number;
  /** The customer's largest open invoice in this currency, and when it is expected to be paid. */
  largestInvoice: {
    invoiceId: string;
    openMinor: number;
    dueDate: CivilDate;
    expectedPaymentDate: CivilDate;
    probabilityLate: number;
  };
  /** The main reasons, in words. */
  reasons: string[];
}

/** Options of {@link riskiestCustomers}. */
export interface RiskiestCustomersOptions {
  /** Customer names by id. */
  names: ReadonlyMap<string, string>;
  /** How many customers to keep. Default: 10. */
  limit?: number;
  /** How many reasons per customer. Default: 2. */
  reasons?: number;
  /** Rates used only to rank amounts in different currencies against each other. Default: none (minor units). */
  rates?: ExchangeRates;
}

/**
 * The customers with open balances ranked by risk: the open amount expected to be paid late (open amount
 * times the model's probability of paying late, summed over their open invoices; converted with `rates`
 * for the ranking), then the lower payer score, then the customer id. A customer with open invoices in two
 * currencies appears once per currency.
 *
 * Reasons: the reason that decided the payer's segment (not for `prompt` payers), then what took the most
 * points off the score, then what raises the model's late probability of the largest open invoice; one per
 * kind of figure (see {@link REASON_KINDS}), so two reasons never both say how many days late it pays.
 *
 * @param openItems - The open invoices.
 * @param predictions - `predictPayments` for those invoices (matched by invoice id).
 * @param scores - `scorePayers` for their customers.
 * @throws Error when an open invoice has no prediction or its customer has no score.
 * @example
 * ```ts
 * riskiestCustomers(open, predictions, scores, { names, limit: 10 })[0]?.reasons;
 * //=> ['paying 26 days later than its average lately', '89% of its invoices were late (-31 points)']
 * ```
 */
export function riskiestCustomers(
  openItems: readonly RiskOpenItem[],
  predictions: readonly RiskPrediction[],
  scores: readonly PayerScore[],
  options: RiskiestCustomersOptions,
): RiskyCustomer[] {
  const predictionOf = new Map(predictions.map((prediction) => [prediction.invoiceId, prediction]));
  const scoreOf = new Map(scores.map((payer) => [payer.customerId, payer]));

  interface Group {
    customerId: string;
    currency: string;
    openMinor: number;
    expectedLate: number;
    largest: RiskOpenItem;
  }
  const groups = new Map<string, Group>();
  for (const item of openItems) {
    const prediction = predictionOf.get(item.invoiceId);
    if (prediction === undefined) throw new Error(`open invoice ${item.invoiceId} has no prediction`);
    const key = `${item.customerId}\u0000${item.currency}`;
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, {
        customerId: item.customerId,
        currency: item.currency,
        openMinor: item.openMinor,
        expectedLate: item.openMinor * prediction.probabilityLate,
        largest: item,
      });
      continue;
    }
    group.openMinor += item.openMinor;
    group.expectedLate += item.openMinor * prediction.probabilityLate;
    if (item.openMinor > group.largest.openMinor) group.largest = item;
  }

  const { rates } = options;
  const rankOf = (customer: RiskyCustomer) =>
    rates === undefined || customer.currency === rates.base
      ? customer.expectedLateMinor
      : convertMoney({ currency: customer.currency, minor: customer.expectedLateMinor }, rates.base, rates).minor;
  const customers = [...groups.values()].map((group): RiskyCustomer => {
    const payer = scoreOf.get(group.customerId);
    if (payer === undefined) throw new Error(`customer ${group.customerId} has an open invoice but no payer score`);
    const prediction = predictionOf.get(group.largest.invoiceId) as RiskPrediction;
    return {
      customerId: group.customerId,
      name: options.names.get(group.customerId) ?? group.customerId,
      currency: group.currency,
      score: payer.score,
      segment: payer.segment,
      openMinor: group.openMinor,
      expectedLateMinor: Math.round(group.expectedLate),
      largestInvoice: {
        invoiceId: group.largest.invoiceId,
        openMinor: group.largest.openMinor,
        dueDate: group.largest.dueDate,
        expectedPaymentDate: prediction.expectedPaymentDate,
        probabilityLate: prediction.probabilityLate,
      },
      reasons: reasonsOf(payer, prediction, options.reasons ?? 2),
    };
  });
  return customers
    .map((customer) => ({ customer, rank: rankOf(customer) }))
    .sort(
      (a, b) =>
        b.rank - a.rank ||
        a.customer.score - b.customer.score ||
        (a.customer.customerId < b.customer.customerId ? -1 : a.customer.customerId > b.customer.customerId ? 1 : 0),
    )
    .slice(0, options.limit ?? 10)
    .map(({ customer }) => customer);
}

/**
 * Features that say much the same thing, given as the same kind so that only the first of them is a reason;
 * any other feature is a kind of its own.
 */
export const REASON_KINDS: Readonly<Partial<Record<PaymentFeatureName, string>>> = {
  'late-share': 'late share',
  'recent-late-share': 'late share',
  'mean-days-late': 'days late',
  'recent-days-late': 'days late',
  'last-days-late': 'days late',
  'open-overdue-invoices': 'overdue',
  'max-days-overdue': 'overdue',
  'overdue-exposure': 'overdue',
};

/** The deciding segment reason, the score reasons, then the model's reasons that raise the risk; one per kind. */
function reasonsOf(
  payer: Pick<PayerScore, 'segment' | 'segmentReasons' | 'scoreReasons'>,
  prediction: Pick<RiskPrediction, 'reasons'>,
  count: number,
): string[] {
  const deciding = payer.segment === 'prompt' ? [] : payer.segmentReasons.slice(-1);
  const candidates = [
    ...deciding,
    ...payer.scoreReasons,
    ...prediction.reasons.filter((reason) => reason.direction === 'raises'),
  ];
  const seen = new Set<string>();
  const messages: string[] = [];
  for (const reason of candidates) {
    if (messages.length >= count) break;
    const kind = REASON_KINDS[reason.code] ?? reason.code;
    if (seen.has(kind)) continue;
    seen.add(kind);
    messages.push(reason.message);
  }
  return messages;
}
