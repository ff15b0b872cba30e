import type { CivilDate, Money, RoundingMode } from '@overdue/core';
import {
  AmountOverflowError,
  addDays,
  addMoney,
  allocateMoney,
  assertKnownFields,
  civilDateToDayNumber,
  dayNumberToCivilDate,
  describeReceived,
  InvalidArgumentError,
  roundMinor,
} from '@overdue/core';
import type { FeeDecimalValue } from './_lib/fee-decimal';
import { FeeDecimal } from './_lib/fee-decimal';
import type { BalancePayment, RawPeriod } from './_lib/interest-periods';
import { interestPeriods } from './_lib/interest-periods';
import { readInterestRule } from './_lib/read-interest-rule';
import { readAmountIn, readMoney, readObject } from './_lib/read-options';
import { statutoryCompensation } from './_lib/regimes';
import { showMoney as show } from './_lib/show-money';
import type { InterestRateEntry } from './interest-rate-tables';
import { DEFAULT_RATES_CHECKED_THROUGH } from './interest-rate-tables';

/**
 * A late-payment interest regime:
 *
 * - `eu-directive`: Directive 2011/7/EU. Reference rate (default: the ECB main refinancing rate) in force on
 *   1 January for the first half-year and on 1 July for the second, plus 8 points; fixed compensation
 *   EUR 40.
 * - `uk-late-payment`: Late Payment of Commercial Debts (Interest) Act 1998. Bank of England Bank Rate in
 *   force on 31 December / 30 June for the following half-year, plus 8 points; fixed compensation GBP 40
 *   (debt under GBP 1,000), 70 (1,000 to 9,999.99) or 100 (10,000 or more).
 * - `fr-indemnity`: French Code de commerce L441-10 and D441-5. The indemnité forfaitaire pour frais de
 *   recouvrement of EUR 40 per invoice, plus penalties at the ECB rate in force on 1 January / 1 July plus
 *   10 points (turn them off with `interest: false`).
 * - `fixed-rate`: a contractual annual rate (`annualRatePercent`), no compensation unless asked for.
 *
 * @category Fees and interest
 * @example
 * ```ts
 * const regime: InterestRegime = 'uk-late-payment';
 * ```
 */
export type InterestRegime = 'eu-directive' | 'uk-late-payment' | 'fr-indemnity' | 'fixed-rate';

/**
 * How interest and compensation are computed: a regime and its settings, without the dates. A scenario's
 * `interest` action carries one; the evaluator passes it on with `until` added. Every field but `regime`
 * is optional and plain JSON except `rates` and a `Money` compensation.
 *
 * @category Fees and interest
 * @example
 * ```ts
 * const rule: InterestRule = { regime: 'eu-directive', marginPercent: 9, compensation: false };
 * ```
 */
export interface InterestRule {
  /** The regime. Required. */
  regime: InterestRegime;
  /**
   * The reference-rate table, rows `{ from, ratePercent }` in increasing date order. Default:
   * {@link ECB_MAIN_REFINANCING_RATES} for `eu-directive` and `fr-indemnity`,
   * {@link BANK_OF_ENGLAND_BASE_RATES} for `uk-late-payment`. Not allowed with `fixed-rate`. Pass your
   * own when the defaults are out of date, or for a member state outside the euro area.
   */
  rates?: readonly InterestRateEntry[];
  /**
   * Points added to the reference rate. Default 8 (`eu-directive`, `uk-late-payment`) or 10
   * (`fr-indemnity`). Not allowed with `fixed-rate`.
   */
  marginPercent?: string | number;
  /** The contractual annual rate in percent. Required with `fixed-rate`, not allowed otherwise. */
  annualRatePercent?: string | number;
  /**
   * When a reference rate change applies: `half-year` (the statutory rule: the rate read once for each
   * half-year) or `daily` (from the day it takes effect, as some contracts say). Default `half-year`.
   * Not allowed with `fixed-rate`.
   */
  fixing?: 'half-year' | 'daily';
  /** Day-count basis: interest for one day is `rate / 365` (actual/365) or `rate / 360`. Default 365. */
  dayCount?: 365 | 360;
  /** Whether interest is charged. Default `true`; `false` leaves only the compensation. */
  interest?: boolean;
  /**
   * Whether the fixed compensation for recovery costs is charged (once per debt, when it is late). Default
   * `true` except for `fixed-rate`.
   */
  compensation?: boolean;
  /**
   * The compensation in the debt's currency, replacing the statutory amount: exact money, or major units
   * as a decimal string (`'40.00'`). Required when compensation is charged and the debt is not in the
   * regime's currency (GBP for `uk-late-payment`, EUR for the others), or with `fixed-rate`: nothing is
   * ever converted.
   */
  compensationAmount?: Money | string;
  /** How the total interest is rounded to the minor unit, once. Default `half-up`. */
  rounding?: RoundingMode;
}

/**
 * Options of {@link statutoryInterest}: an {@link InterestRule} and the last day counted.
 *
 * @category Fees and interest
 * @example
 * ```ts
 * const options: StatutoryInterestOptions = { regime: 'eu-directive', until: '2024-09-30' };
 * ```
 */
export interface StatutoryInterestOptions extends InterestRule {
  /**
   * The last day interest is counted for, inclusive: the payment date of a debt paid in full, or the day of
   * the evaluation. Required.
   */
  until: CivilDate;
}

/**
 * A payment made against the debt.
 *
 * @category Fees and interest
 * @example
 * ```ts
 * const payment: DebtPayment = { date: '2024-06-30', amount: { currency: 'EUR', minor: 400000 } };
 * ```
 */
export interface DebtPayment {
  /** The day it was received, civil date `YYYY-MM-DD`. The balance is lower from the next day on. */
  date: CivilDate;
  /** The amount, positive, in the debt's currency. It reduces the principal (never interest or fees). */
  amount: Money;
}

/**
 * A late debt.
 *
 * @category Fees and interest
 * @example
 * ```ts
 * const debt: InterestDebt = { principal: { currency: 'EUR', minor: 1000000 }, dueDate: '2024-03-31' };
 * ```
 */
export interface InterestDebt {
  /** The amount owed on the due date (an invoice's total, or its unpaid part), zero or more. Required. */
  principal: Money;
  /** The due date; interest runs from the next day. Required. */
  dueDate: CivilDate;
  /** Payments received, in any order. Default none. */
  payments?: readonly DebtPayment[];
}

/**
 * A stretch of late days with one balance and one rate.
 *
 * @category Fees and interest
 * @example
 * ```ts
 * const period: InterestPeriod = statutoryInterest(debt, options).periods[0];
 * period.ratePercent;
 * //=> '12.50'
 * ```
 */
export interface InterestPeriod {
  /** The first day, inclusive. */
  from: CivilDate;
  /** The last day, inclusive. */
  to: CivilDate;
  /** Days from `from` to `to`, both counted. */
  days: number;
  /** The balance interest is charged on. */
  balance: Money;
  /** The annual rate applied, in percent (`'12.50'`). */
  ratePercent: string;
  /** The reference rate, in percent, or `undefined` with `fixed-rate`. */
  referenceRatePercent: string | undefined;
  /** The day the reference rate was read (1 January, 30 June...), or `undefined` with `fixed-rate`. */
  referenceRateDate: CivilDate | undefined;
  /** The interest of the stretch; the stretches add up exactly to the total interest. */
  interest: Money;
  /** The stretch in one sentence. */
  explanation: string;
}

/**
 * The result of {@link statutoryInterest}: what is owed on top of the principal, and why.
 *
 * @category Fees and interest
 * @example
 * ```ts
 * const result: StatutoryInterest = statutoryInterest(debt, { regime: 'eu-directive', until: '2024-09-30' });
 * result.total;
 * //=> { currency: 'EUR', minor: 66041 }
 * ```
 */
export interface StatutoryInterest {
  /** The regime applied. */
  regime: InterestRegime;
  /** The principal of the debt, as given. */
  principal: Money;
  /** The interest up to `until`, rounded once; the sum of the periods. */
  interest: Money;
  /** The fixed compensation for recovery costs, zero when not charged. */
  compensation: Money;
  /** `interest + compensation`: what is owed on top of the principal (payments not deducted). */
  total: Money;
  /** The late days split at every change of balance and every new reading of the rate, in date order. */
  periods: InterestPeriod[];
  /** One sentence per part: lateness, payments, each period, interest, compensation, total. */
  explanation: string;
  /** The legal texts and rate tables used; a warning when a rate was read after the tables were checked. */
  sources: string[];
}

/**
 * Computes late-payment interest and fixed compensation on a debt, under a jurisdiction's rules, with a
 * breakdown that explains every figure.
 *
 * Interest is simple (never compounded) and runs for each day from the day after `dueDate` up to and
 * including `until`, on the balance owed at the start of that day: a payment on day D lowers the balance
 * from D + 1 (so a debt due on 31 March and paid in full on 30 September is late for 183 days). Payments
 * reduce the principal only; the balance never goes below zero. The late days are split at every change of
 * balance and at every day the rate is read again (under the statutory half-year rule, every 1 January
 * and 1 July, even when the rate read is the same; with `fixing: 'daily'`, every row of the table), and each
 * period's interest is `balance * rate / 100 * days / dayCount`, exactly. The total is rounded once with
 * `rounding`, and the rounded total is split back over the periods so they add up to it exactly. The fixed
 * compensation is charged once per debt when at least one day is late with something owed.
 *
 * The function is pure: the same debt and options always give the same result, and the result is the
 * whole amount accrued up to `until`, never an increment. Calling it again later never adds anything
 * twice: a host that posts interest records what it charged under the step's idempotency key and charges
 * only the difference with a later result.
 *
 * @param debt - The principal, the due date and the payments received.
 * @param options - The regime and its settings, and `until`.
 * @returns The interest, the compensation, their total, the periods, an explanation and the sources.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the field, such as
 * `options.compensationAmount` when a GBP debt asks for the EUR compensation of the directive,
 * `options.rates` when no rate is in force on a day the rule reads it, or a field that the options, a rate
 * row, the debt, a payment or an amount does not have (`options.untill: unknown field; did you mean
 * "until"?`, `options.rates[2].rate`, `debt.payments[0].amout`).
 * @category Fees and interest
 * @example
 * ```ts
 * // EUR 10,000 due 2024-03-31, paid 2024-09-30: 91 days at 4.50 + 8 and 92 days at 4.25 + 8.
 * const result = statutoryInterest(
 *   { principal: { currency: 'EUR', minor: 1_000_000 }, dueDate: '2024-03-31' },
 *   { regime: 'eu-directive', until: '2024-09-30' },
 * );
 * result.periods.map((period) => [period.ratePercent, period.days, period.interest.minor]);
 * //=> [['12.50', 91, 31164], ['12.25', 92, 30877]]
 * result.total;
 * //=> { currency: 'EUR', minor: 66041 }
 * ```
 */
export function statutoryInterest(debt: InterestDebt, options: StatutoryInterestOptions): StatutoryInterest {
  const { principal, dueDate, payments } = readDebt(debt);
  const rule = readInterestRule(options, 'options', true);
  const { regime, profile, source, basis, rounding, chargeInterest, chargeCompensation } = rule;
  const untilDay = civilDateToDayNumber(options.until, 'options.until');
  const until = options.until;
  const currency = principal.currency;
  const dueDay = civilDateToDayNumber(dueDate);

  const allPeriods = interestPeriods(principal.minor, payments, dueDay + 1, untilDay, source, basis);
  const late = allPeriods.length > 0;
  const raw = chargeInterest ? allPeriods : [];
  const exactTotal = raw.reduce((sum, period) => sum.plus(period.exact), new FeeDecimal(0));
  const interest: Money = { currency, minor: roundMinor(exactTotal, rounding) };
  if (!Number.isSafeInteger(interest.minor)) {
    throw new AmountOverflowError(`the ${currency} interest`, 'debt.principal');
  }
  const shares = exactTotal.isZero()
    ? raw.map(() => ({ currency, minor: 0 }))
    : allocateMoney(
        interest,
        raw.map((period) => period.exact),
      );
  const periods = raw.map((period, index) =>
    describePeriod(period, shares[index] as Money, currency, regime === 'fixed-rate' ? undefined : profile.rateName),
  );

  const { compensation, compensationSentence } = readCompensation(regime, options, principal, chargeCompensation, late);
  const total = addMoney(interest, compensation);

  const sentences: string[] = [];
  const lateFrom = addDays(dueDate, 1);
  if (untilDay <= dueDay) {
    sentences.push(`${show(principal)} is due on ${dueDate}, so it is not late on ${until}.`);
  } else {
    sentences.push(
      `${show(principal)} was due on ${dueDate}; the days from ${lateFrom} to ${until} inclusive (${untilDay - dueDay}) are late.`,
    );
  }
  if (payments.length > 0) {
    const list = payments.map(
      (payment) => `${show({ currency, minor: payment.minor })} on ${dayNumberToCivilDate(payment.day)}`,
    );
    sentences.push(`Payments lower the balance from the day after they are received: ${list.join(', ')}.`);
  }
  if (untilDay > dueDay && !late) sentences.push('Nothing was owed on any late day.');
  for (const period of periods) sentences.push(period.explanation);
  if (!chargeInterest) {
    sentences.push('Interest is not charged (options.interest is false).');
  } else if (late) {
    sentences.push(
      `Interest is simple, never compounded, on an actual/${basis} basis, rounded ${rounding} once: ${show(interest)}.`,
    );
  }
  sentences.push(compensationSentence);
  sentences.push(`Total on top of the principal: ${show(total)}.`);

  const sources = [...profile.sources];
  if (source.kind === 'reference') {
    sources.push(
      options.rates === undefined ? profile.rateSource : 'Reference rates: the table passed in options.rates',
    );
    const readAfter = periods.find(
      (period) => period.referenceRateDate !== undefined && period.referenceRateDate > DEFAULT_RATES_CHECKED_THROUGH,
    );
    if (options.rates === undefined && readAfter !== undefined) {
      sources.push(
        `Warning: the ${profile.rateName} read on ${readAfter.referenceRateDate} comes from a default table checked only through ${DEFAULT_RATES_CHECKED_THROUGH}; verify it and pass options.rates if it changed.`,
      );
    }
  }
  return {
    regime,
    principal,
    interest,
    compensation,
    total,
    periods,
    explanation: sentences.join(' '),
    sources,
  };
}

/** The fields of an {@link InterestDebt} and of a {@link DebtPayment}; `satisfies` keeps the lists in step with the types. */
const DEBT_FIELDS = Object.keys({ principal: true, dueDate: true, payments: true } satisfies Record<
  keyof InterestDebt,
  true
>);
const PAYMENT_FIELDS = Object.keys({ date: true, amount: true } satisfies Record<keyof DebtPayment, true>);

function readDebt(debt: unknown): { principal: Money; dueDate: CivilDate; payments: BalancePayment[] } {
  if (typeof debt !== 'object' || debt === null) {
    throw new InvalidArgumentError(`expected { principal, dueDate, payments? }, got ${describeReceived(debt)}`, 'debt');
  }
  assertKnownFields(debt, DEBT_FIELDS, 'debt');
  const input = debt as { principal?: unknown; dueDate?: unknown; payments?: unknown };
  const principal = readMoney(input.principal, 'debt.principal');
  if (principal.minor < 0) {
    throw new InvalidArgumentError(`expected zero or more, got ${principal.minor} minor units`, 'debt.principal.minor');
  }
  const dueDate = input.dueDate as CivilDate;
  civilDateToDayNumber(dueDate, 'debt.dueDate');
  const payments: BalancePayment[] = [];
  if (input.payments !== undefined) {
    if (!Array.isArray(input.payments)) {
      throw new InvalidArgumentError(
        `expected an array of { date, amount }, got ${describeReceived(input.payments)}`,
        'debt.payments',
      );
    }
    for (const [index, payment] of (input.payments as unknown[]).entries()) {
      const path = `debt.payments[${index}]`;
      const { date, amount } = readObject(payment, path, PAYMENT_FIELDS);
      const day = civilDateToDayNumber(date as string, `${path}.date`);
      const money = readAmountIn(amount, principal.currency, `${path}.amount`);
      if (money.minor === 0)
        throw new InvalidArgumentError('expected a positive amount, got 0 minor units', `${path}.amount.minor`);
      payments.push({ day, minor: money.minor });
    }
    payments.sort((a, b) => a.day - b.day);
  }
  return { principal, dueDate, payments };
}

function readCompensation(
  regime: InterestRegime,
  options: StatutoryInterestOptions,
  principal: Money,
  charge: boolean,
  late: boolean,
): { compensation: Money; compensationSentence: string } {
  const currency = principal.currency;
  const none = (sentence: string) => ({ compensation: { currency, minor: 0 }, compensationSentence: sentence });
  if (!charge) {
    if (options.compensationAmount !== undefined) {
      throw new InvalidArgumentError('is given but options.compensation is false', 'options.compensationAmount');
    }
    return none('No fixed compensation is charged.');
  }
  let amount: Money;
  let reason: string;
  if (options.compensationAmount !== undefined) {
    amount = readAmountIn(options.compensationAmount, currency, 'options.compensationAmount');
    reason = `the compensation of ${show(amount)} given in options.compensationAmount`;
  } else {
    const statutory = statutoryCompensation(regime, principal);
    if (statutory === undefined) {
      throw new InvalidArgumentError(
        `the ${regime} regime has no statutory compensation: pass the amount in ${currency}, or set options.compensation to false`,
        'options.compensationAmount',
      );
    }
    if (statutory.amount.currency !== currency) {
      throw new InvalidArgumentError(
        `the ${regime} compensation is set in ${statutory.amount.currency} but the debt is in ${currency}: pass the amount in ${currency} (nothing is converted), or set options.compensation to false`,
        'options.compensationAmount',
      );
    }
    amount = statutory.amount;
    reason = statutory.reason;
  }
  if (!late) return none(`No compensation: ${reason} is due only once the debt is late.`);
  return { compensation: amount, compensationSentence: `Compensation: ${reason}.` };
}

function describePeriod(
  period: RawPeriod,
  interest: Money,
  currency: string,
  rateName: string | undefined,
): InterestPeriod {
  const from = dayNumberToCivilDate(period.fromDay);
  const to = dayNumberToCivilDate(period.toDay);
  const days = period.toDay - period.fromDay + 1;
  const balance: Money = { currency, minor: period.balanceMinor };
  const ratePercent = percentText(period.annual);
  const reference = period.reference;
  const why =
    reference === undefined || rateName === undefined
      ? 'the contractual rate'
      : `the ${rateName} of ${percentText(reference.rate)}% in force on ${reference.readOn} plus ${period.annual.minus(reference.rate).toString()} points`;
  return {
    from,
    to,
    days,
    balance,
    ratePercent,
    referenceRatePercent: reference === undefined ? undefined : percentText(reference.rate),
    referenceRateDate: reference?.readOn,
    interest,
    explanation: `From ${from} to ${to} (${days} day${days === 1 ? '' : 's'}): ${ratePercent}% a year (${why}) on ${show(balance)}, ${show(interest)}.`,
  };
}

function percentText(value: FeeDecimalValue): string {
  return value.toFixed(Math.max(2, value.decimalPlaces()));
}
