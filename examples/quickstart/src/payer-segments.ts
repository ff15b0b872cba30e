import type { ExchangeRates } from '@overdue/core';
import { convertMoney } from '@overdue/core';
import type { PayerScore, PayerSegment } from '@overdue/scoring';

/** The segments in the order the quickstart shows them, best payers first. */
export const SEGMENT_ORDER: readonly PayerSegment[] = ['prompt', 'forgetful', 'chronic-late', 'deteriorating', 'new'];

/** What each segment means, in a few words (see `scorePayers` for the exact rules). */
export const SEGMENT_MEANINGS: Readonly<Record<PayerSegment, string>> = {
  prompt: 'rarely late',
  forgetful: 'often late, by a few days',
  'chronic-late': 'often late, by more than 10 days',
  deteriorating: 'recently much later than its own record',
  new: 'too little history to judge',
};

/** One segment's figures. */
export interface SegmentSummary {
  segment: PayerSegment;
  /** Customers scored into it. */
  customers: number;
  /** Their share of all customers scored, 0 to 1. */
  share: number;
  /** Their mean score (0 worst to 100 best), `null` when the segment is empty. */
  meanScore: number | null;
  /** Their open receivables, minor units of the reporting currency. */
  openMinor: number;
}

/**
 * {@link summarizePayerSegments}'s result: one row per segment in {@link SEGMENT_ORDER}, and the total (whose
 * open amount converts each currency's total once, so it can differ from the rows' sum by a minor unit).
 */
export interface PayerSegmentSummary {
  segments: SegmentSummary[];
  total: Omit<SegmentSummary, 'segment'>;
}

/** Options of {@link summarizePayerSegments}. */
export interface SummarizePayerSegmentsOptions {
  /** The currency of `openMinor`. */
  reportingCurrency: string;
  /** Rates that convert open amounts in other currencies into `reportingCurrency`. Required when there are any. */
  rates?: ExchangeRates;
}

/**
 * Counts customers per payer segment, with their share, mean score and open receivables in the reporting
 * currency (each currency's sum is converted once). Every segment is listed, empty ones too.
 *
 * @param scores - The payer scores (`scorePayers`).
 * @param openItems - The open invoices (`openBalancesAsOf(...).items`); each customer must be scored.
 * @throws Error when an open invoice's customer has no score, or a rate is missing.
 * @example
 * ```ts
 * summarizePayerSegments(scores, open, { reportingCurrency: 'EUR' }).segments[0]?.segment;
 * //=> 'prompt'
 * ```
 */
export function summarizePayerSegments(
  scores: readonly Pick<PayerScore, 'customerId' | 'score' | 'segment'>[],
  openItems: readonly { customerId: string; currency: string; openMinor: number }[],
  options: SummarizePayerSegmentsOptions,
): PayerSegmentSummary {
  const segmentOf = new Map(scores.map((payer) => [payer.customerId, payer.segment]));
  // Open amounts per segment and currency, converted once per currency at the end.
  const open = new Map<PayerSegment, Map<string, number>>();
  for (const item of openItems) {
    const segment = segmentOf.get(item.customerId);
    if (segment === undefined) throw new Error(`customer ${item.customerId} has an open invoice but no payer score`);
    const byCurrency = open.get(segment) ?? new Map<string, number>();
    open.set(segment, byCurrency);
    byCurrency.set(item.currency, (byCurrency.get(item.currency) ?? 0) + item.openMinor);
  }
  const inReporting = (byCurrency: ReadonlyMap<string, number> | undefined) => {
    let sum = 0;
    for (const [currency, minor] of byCurrency ?? []) {
      if (currency === options.reportingCurrency) sum += minor;
      else if (options.rates === undefined)
        throw new Error(`rates are needed to convert ${currency} into ${options.reportingCurrency}`);
      else sum += convertMoney({ currency, minor }, options.reportingCurrency, options.rates).minor;
    }
    return sum;
  };
  const meanOf = (values: readonly number[]) =>
    values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

  const segments = SEGMENT_ORDER.map((segment): SegmentSummary => {
    const members = scores.filter((payer) => payer.segment === segment);
    return {
      segment,
      customers: members.length,
      share: scores.length === 0 ? 0 : members.length / scores.length,
      meanScore: meanOf(members.map((payer) => payer.score)),
      openMinor: inReporting(open.get(segment)),
    };
  });
  // The total converts each currency's grand total once, as the aging does, so it matches the aging's total
  // (the segments' own conversions can add up to a minor unit or so more or less).
  const allOpen = new Map<string, number>();
  for (const byCurrency of open.values()) {
    for (const [currency, minor] of byCurrency) allOpen.set(currency, (allOpen.get(currency) ?? 0) + minor);
  }
  return {
    segments,
    total: {
      customers: scores.length,
      share: scores.length === 0 ? 0 : 1,
      meanScore: meanOf(scores.map((payer) => payer.score)),
      openMinor: inReporting(allOpen),
    },
  };
}
