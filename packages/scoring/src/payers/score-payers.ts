import type { CivilDate } from '@overdue/core';
import { assertKnownFields, describeReceived, InvalidArgumentError, parseCivilDate, tryDayNumber } from '@overdue/core';
import type { CustomerState } from '../_lib/customer-state';
import { FEATURE_COUNT } from '../_lib/customer-state';
import { describeFeature } from '../features/describe-feature';
import type { PaymentFeatureName } from '../features/feature-catalog';
import { PAYMENT_FEATURES } from '../features/feature-catalog';
import { forEachPayer, portfolioPriors, writePayerRow } from '../features/payer-features';
import type { PaymentHistory } from '../history/prepare-history';
import { historyIndexOf } from '../history/prepare-history';

/**
 * A payer segment: `prompt` (rarely late), `forgetful` (often late, but by a few days), `chronic-late`
 * (often and well late), `deteriorating` (recently much worse than its own record) and `new` (too little
 * history to judge).
 *
 * @category Payers
 * @example
 * ```ts
 * const segment: PayerSegment = 'forgetful';
 * ```
 */
export type PayerSegment = 'prompt' | 'forgetful' | 'chronic-late' | 'deteriorating' | 'new';

/**
 * Every {@link PayerSegment}, in the order `scorePayers` checks them after `new`: for option schemas and
 * menus that must list the segments.
 *
 * @category Payers
 * @example
 * ```ts
 * PAYER_SEGMENTS.includes('chronic-late');
 * //=> true
 * ```
 */
export const PAYER_SEGMENTS: readonly PayerSegment[] = ['new', 'deteriorating', 'prompt', 'forgetful', 'chronic-late'];

/**
 * Thresholds of the segments; every one has a default.
 *
 * @category Payers
 * @example
 * ```ts
 * const thresholds: SegmentThresholds = { ...DEFAULT_SEGMENT_THRESHOLDS, oftenLateShare: 0.25 };
 * ```
 */
export interface SegmentThresholds {
  /** Fewer settled invoices than this makes a payer `new`. Default 3. */
  minSettledInvoices: number;
  /** A payer whose late share (settled late or open overdue) is at least this is often late. Default 0.3. */
  oftenLateShare: number;
  /** Often late, but on average at most this many days late when late: `forgetful`. Default 10. */
  forgetfulMaxDaysLate: number;
  /**
   * Recent days late at least this many days, and at least one of its own standard deviations, above its
   * own mean: `deteriorating`. Default 7.
   */
  deterioratingDays: number;
  /**
   * Or a recent late share at least this much above its overall late share, while the recent share is
   * itself at least `oftenLateShare`: `deteriorating`. Default 0.25.
   */
  deterioratingShare: number;
}

/**
 * The default {@link SegmentThresholds}.
 *
 * @category Payers
 * @example
 * ```ts
 * DEFAULT_SEGMENT_THRESHOLDS.oftenLateShare;
 * //=> 0.3
 * ```
 */
export const DEFAULT_SEGMENT_THRESHOLDS: Readonly<SegmentThresholds> = {
  minSettledInvoices: 3,
  oftenLateShare: 0.3,
  forgetfulMaxDaysLate: 10,
  deterioratingDays: 7,
  deterioratingShare: 0.25,
};

/**
 * Options of {@link scorePayers}.
 *
 * @category Payers
 * @example
 * ```ts
 * const options: ScorePayersOptions = { asOf: '2026-03-31', thresholds: { minSettledInvoices: 5 } };
 * ```
 */
export interface ScorePayersOptions {
  /** Scores use what was known at the end of this day. Required. */
  asOf: CivilDate;
  /** The customers wanted. Default: every customer with an invoice issued on or before `asOf`. */
  customerIds?: readonly string[];
  /** Segment thresholds; missing ones take {@link DEFAULT_SEGMENT_THRESHOLDS}. */
  thresholds?: Partial<SegmentThresholds>;
}

// Every field of the options: `satisfies` stops the list from missing one or naming another.
const OPTION_FIELDS = Object.keys({
  asOf: true,
  customerIds: true,
  thresholds: true,
} satisfies Record<keyof ScorePayersOptions, true>);

const THRESHOLD_FIELDS = Object.keys(DEFAULT_SEGMENT_THRESHOLDS);

/**
 * One part of a score or segment, in words.
 *
 * @category Payers
 * @example
 * ```ts
 * const reason: PayerReason = { code: 'late-share', value: 0.5, points: -18, message: '50% of its invoices were late (-18 points)' };
 * ```
 */
export interface PayerReason {
  /** The feature behind it. */
  code: PaymentFeatureName;
  /** The feature's value. */
  value: number;
  /** Points it took off the score (0 for a segment reason). */
  points: number;
  /** The reason in words. */
  message: string;
}

/**
 * A payer's score and segment.
 *
 * @category Payers
 * @example
 * ```ts
 * const [payer] = scorePayers(ledger, { asOf: '2026-03-31' });
 * payer.segment;
 * // depends on the data, for example 'forgetful'
 * ```
 */
export interface PayerScore {
  /** The customer. */
  customerId: string;
  /** 0 (worst) to 100 (best), an integer. */
  score: number;
  /** Its segment. */
  segment: PayerSegment;
  /** Why it is in its segment. */
  segmentReasons: PayerReason[];
  /** The points taken off the score, largest first. */
  scoreReasons: PayerReason[];
  /** Settled invoices behind the figures. */
  settledInvoices: number;
}

/**
 * Scores every payer from 0 to 100 and puts it in a segment, with reasons, from what was known at the end
 * of `asOf`. The score starts at 100 and loses up to 35 points for the late share (shrunk towards the
 * portfolio), up to 35 for recent days late (35 at 30 days or more), up to 20 for the oldest overdue
 * invoice (20 at 60 days or more) and up to 10 for broken promises (10 at 3 or more). Segments, checked in
 * this order: `new` (fewer than `minSettledInvoices` settled), `deteriorating` (its own recent days late, weighted
 * towards the latest with a half-life of three invoices, at least `deterioratingDays` and one standard
 * deviation of its own days late above its own mean; or its recent late share at least `oftenLateShare` and
 * `deterioratingShare` above its overall late share),
 * `prompt` (late share below `oftenLateShare`), `forgetful` (late on average by at most
 * `forgetfulMaxDaysLate` days when late), else `chronic-late`.
 *
 * @param history - The payment history, raw or prepared.
 * @param options - `asOf`, customers, thresholds.
 * @returns One score per customer, in the order of `customerIds` or of first appearance in the ledger.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming a bad option, or a field of
 * `options` or `options.thresholds` it does not know (a misspelt key such as `options.thresholds.oftenLateShr`).
 * @category Payers
 * @example
 * ```ts
 * const scores = scorePayers(ledger, { asOf: '2026-03-31' });
 * scores.filter((payer) => payer.segment === 'chronic-late').map((payer) => payer.customerId);
 * // depends on the data, for example ['C7', 'C19']
 * ```
 */
export function scorePayers(history: PaymentHistory, options: ScorePayersOptions): PayerScore[] {
  // No options at all is reported as the missing asOf.
  if (options !== undefined) assertKnownFields(options, OPTION_FIELDS, 'options');
  const asOf = tryDayNumber(parseCivilDate(options?.asOf, 'options.asOf'));
  const thresholds = readThresholds(options.thresholds);
  const index = historyIndexOf(history);
  const priors = portfolioPriors(index, asOf);
  const values = new Float64Array(FEATURE_COUNT);
  const result: PayerScore[] = [];
  forEachPayer(index, priors, asOf, options.customerIds, (customerId, state) => {
    writePayerRow(state, values);
    const value = (name: PaymentFeatureName) => values[COLUMN[name]] as number;
    const scoreReasons: PayerReason[] = [];
    let score = 100;
    const penalise = (name: PaymentFeatureName, points: number) => {
      const rounded = Math.round(points * 10) / 10;
      if (rounded <= 0) return;
      score -= points;
      scoreReasons.push({
        code: name,
        value: value(name),
        points: -rounded,
        message: `${describeFeature(name, value(name))} (-${rounded} points)`,
      });
    };
    penalise('late-share', 35 * value('late-share'));
    penalise('recent-days-late', 35 * Math.min(1, value('recent-days-late') / 30));
    penalise('max-days-overdue', 20 * Math.min(1, value('max-days-overdue') / 60));
    penalise('broken-promises', 10 * Math.min(1, value('broken-promises') / 3));
    scoreReasons.sort((a, b) => a.points - b.points);
    const { segment, reasons } = segmentOf(state, thresholds);
    result.push({
      customerId,
      score: Math.max(0, Math.min(100, Math.round(score))),
      segment,
      segmentReasons: reasons,
      scoreReasons,
      settledInvoices: state.settled,
    });
  });
  return result;
}

const COLUMN = Object.fromEntries(PAYMENT_FEATURES.map((feature, column) => [feature.name, column])) as Record<
  PaymentFeatureName,
  number
>;

function segmentOf(state: CustomerState, t: SegmentThresholds): { segment: PayerSegment; reasons: PayerReason[] } {
  const reason = (code: PaymentFeatureName, shown: number, message: string): PayerReason => ({
    code,
    value: shown,
    points: 0,
    message,
  });
  if (state.settled < t.minSettledInvoices) {
    return {
      segment: 'new',
      reasons: [
        reason(
          'settled-invoices',
          state.settled,
          `${describeFeature('settled-invoices', state.settled)}: fewer than ${t.minSettledInvoices} to judge`,
        ),
      ],
    };
  }
  const lateShare = state.rawLateShare();
  const recent = state.ownRecent();
  const trend = recent.daysLate - state.ownMeanDaysLate();
  const shareRise = recent.lateShare - lateShare;
  // A shift only counts when it stands out from the payer's own ups and downs.
  const slipping = trend >= t.deterioratingDays && trend >= state.ownDaysLateSpread();
  const lateMoreOften = shareRise >= t.deterioratingShare && recent.lateShare >= t.oftenLateShare;
  if (slipping || lateMoreOften) {
    const reasons: PayerReason[] = [];
    if (slipping) reasons.push(reason('days-late-trend', trend, describeFeature('days-late-trend', trend)));
    if (lateMoreOften)
      reasons.push(
        reason(
          'recent-late-share',
          recent.lateShare,
          `${describeFeature('recent-late-share', recent.lateShare)}, against ${Math.round(lateShare * 100)}% overall`,
        ),
      );
    return { segment: 'deteriorating', reasons };
  }
  const shareReason = reason('late-share', lateShare, describeFeature('late-share', lateShare));
  if (lateShare < t.oftenLateShare) {
    shareReason.message += `, under ${Math.round(t.oftenLateShare * 100)}%`;
    return { segment: 'prompt', reasons: [shareReason] };
  }
  const whenLate = state.meanDaysLateWhenLate();
  const lateness = reason(
    'mean-days-late',
    whenLate,
    `${Math.round(whenLate * 10) / 10} days late on average when late`,
  );
  if (whenLate <= t.forgetfulMaxDaysLate) {
    lateness.message += `, at most ${t.forgetfulMaxDaysLate}`;
    return { segment: 'forgetful', reasons: [shareReason, lateness] };
  }
  lateness.message += `, more than ${t.forgetfulMaxDaysLate}`;
  return { segment: 'chronic-late', reasons: [shareReason, lateness] };
}

function readThresholds(given: Partial<SegmentThresholds> | undefined): SegmentThresholds {
  if (given === undefined) return { ...DEFAULT_SEGMENT_THRESHOLDS };
  if (typeof given !== 'object' || given === null || Array.isArray(given))
    throw new InvalidArgumentError(
      `expected an object of thresholds such as { oftenLateShare: 0.25 }, got ${describeReceived(given)}`,
      'options.thresholds',
    );
  // A misspelt threshold would otherwise leave its default in force without a word.
  assertKnownFields(given, THRESHOLD_FIELDS, 'options.thresholds');
  const thresholds = { ...DEFAULT_SEGMENT_THRESHOLDS, ...given };
  for (const [name, limit] of Object.entries(thresholds)) {
    if (typeof limit !== 'number' || !Number.isFinite(limit) || limit < 0)
      throw new InvalidArgumentError(
        `expected a finite number, zero or more, got ${String(limit)}`,
        `options.thresholds.${name}`,
      );
  }
  if (thresholds.oftenLateShare > 1)
    throw new InvalidArgumentError(
      `expected a share from 0 to 1, got ${thresholds.oftenLateShare}`,
      'options.thresholds.oftenLateShare',
    );
  return thresholds;
}
