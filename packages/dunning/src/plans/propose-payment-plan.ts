import type { CivilDate, Money } from '@overdue/core';
import {
  addDays,
  addMoney,
  addMonths,
  allocateMoney,
  assertKnownFields,
  assertMoney,
  describeReceived,
  InvalidArgumentError,
  parseCivilDate,
} from '@overdue/core';
import { feeOfRule } from '../fees/_lib/fee-rule';
import { readMoney } from '../fees/_lib/read-options';
import { showMoney as show } from '../fees/_lib/show-money';
import type { FeeRule } from '../fees/compute-fee';

/**
 * How often installments fall due: every 7 days, every 14 days, or on the same day of each month
 * (clamped to the month's end).
 *
 * @category Payment plans
 * @example
 * ```ts
 * const frequency: PaymentFrequency = 'monthly';
 * ```
 */
export type PaymentFrequency = 'weekly' | 'biweekly' | 'monthly';

/**
 * Options of {@link proposePaymentPlan}.
 *
 * @category Payment plans
 * @example
 * ```ts
 * const options: ProposePaymentPlanOptions = {
 *   installments: 3, frequency: 'monthly', firstDate: '2026-01-31', minimumInstallment: { currency: 'EUR', minor: 5000 },
 * };
 * ```
 */
export interface ProposePaymentPlanOptions {
  /** How many installments are wanted, an integer from 1 to 1,000. Required. Fewer may be used (see `adjustments`). */
  installments: number;
  /** How often they fall due. Required. */
  frequency: PaymentFrequency;
  /** The due date of the first installment, civil date `YYYY-MM-DD`. Required. */
  firstDate: CivilDate;
  /**
   * The smallest installment accepted, in the balance's currency. When the balance split in
   * `installments` parts would go below it, fewer installments are used. Default: none (one minor unit).
   */
  minimumInstallment?: Money;
  /**
   * A fee for setting up the plan, computed once on the balance with {@link computeFee} and added to
   * the amount split into installments. Default: none.
   */
  fee?: FeeRule;
}

/**
 * One installment of a plan.
 *
 * @category Payment plans
 * @example
 * ```ts
 * const installment: PaymentInstallment = { number: 1, dueDate: '2026-01-31', amount: { currency: 'EUR', minor: 33334 } };
 * ```
 */
export interface PaymentInstallment {
  /** Its position, from 1. */
  number: number;
  /** When it is due. */
  dueDate: CivilDate;
  /** Its amount, more than zero. */
  amount: Money;
}

/**
 * A change made to the request, and why.
 *
 * @category Payment plans
 * @example
 * ```ts
 * const adjustment: PaymentPlanAdjustment = {
 *   code: 'installments-reduced', requested: 12, used: 3,
 *   message: '12 installments of about €25.00 would be below the minimum installment of €80.00, so 3 are used.',
 * };
 * ```
 */
export interface PaymentPlanAdjustment {
  /** `installments-reduced`: fewer installments than requested. */
  code: 'installments-reduced';
  /** The number of installments asked for. */
  requested: number;
  /** The number used. */
  used: number;
  /** The change in one sentence. */
  message: string;
}

/**
 * A proposed payment plan.
 *
 * @category Payment plans
 * @example
 * ```ts
 * const plan: PaymentPlan = proposePaymentPlan({ currency: 'EUR', minor: 100000 }, {
 *   installments: 3, frequency: 'monthly', firstDate: '2026-01-31',
 * });
 * plan.installments.map((installment) => installment.dueDate);
 * //=> ['2026-01-31', '2026-02-28', '2026-03-31']
 * ```
 */
export interface PaymentPlan {
  /** The balance, as given. */
  balance: Money;
  /** The set-up fee, zero without `options.fee`. */
  fee: Money;
  /** `balance + fee`: what the installments add up to, exactly. */
  total: Money;
  /** How often installments fall due. */
  frequency: PaymentFrequency;
  /** The installments in date order; their amounts differ by at most one minor unit. */
  installments: PaymentInstallment[];
  /** Changes made to the request (fewer installments), empty when none. */
  adjustments: PaymentPlanAdjustment[];
  /** The plan in a few sentences. */
  explanation: string;
}

/**
 * Proposes a payment plan: the balance (plus an optional set-up fee) split into equal installments that
 * add up to it exactly. The split is core's {@link @overdue/core!allocateMoney | allocateMoney} with equal
 * ratios, so installments differ by at most one minor unit and the minor units left over go one each to
 * the FIRST installments (EUR 1,000 in 3: 333.34, 333.33, 333.33). Due dates start at `firstDate` and step
 * by 7 days (`weekly`), 14 days (`biweekly`) or one calendar month (`monthly`); monthly dates are computed
 * from `firstDate` each time, not from the previous installment, and clamped to the end of shorter months
 * (31 January, 29 February 2024, 31 March). When `minimumInstallment` would be broken, the number of
 * installments is lowered to the most that respect it, and `adjustments` says so.
 *
 * @param balance - The amount to spread, more than zero.
 * @param options - Count, frequency, first date, minimum installment, fee.
 * @returns The plan.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the option, such as
 * `options.frequency`, `options.minimumInstallment` when even one installment would be below it, a bad
 * fee as `options.fee.amount.currency`, or a field the options, the minimum or the fee rule do not have
 * (`options.minimumInstalment: unknown field; did you mean "minimumInstallment"?`, `options.fee.maxx`).
 * @category Payment plans
 * @example
 * ```ts
 * proposePaymentPlan({ currency: 'EUR', minor: 100000 }, {
 *   installments: 3, frequency: 'monthly', firstDate: '2024-01-31',
 * }).installments;
 * //=> [{ number: 1, dueDate: '2024-01-31', amount: { currency: 'EUR', minor: 33334 } },
 * //    { number: 2, dueDate: '2024-02-29', amount: { currency: 'EUR', minor: 33333 } },
 * //    { number: 3, dueDate: '2024-03-31', amount: { currency: 'EUR', minor: 33333 } }]
 * ```
 */
export function proposePaymentPlan(balance: Money, options: ProposePaymentPlanOptions): PaymentPlan {
  assertMoney(balance, 'balance');
  if (balance.minor <= 0) {
    throw new InvalidArgumentError(`expected more than zero, got ${balance.minor} minor units`, 'balance.minor');
  }
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError(
      `expected { installments, frequency, firstDate, ... }, got ${describeReceived(options)}`,
      'options',
    );
  }
  assertKnownFields(options, OPTION_FIELDS, 'options');
  const requested = options.installments;
  if (!Number.isInteger(requested) || requested < 1 || requested > MAX_INSTALLMENTS) {
    throw new InvalidArgumentError(
      `expected an integer from 1 to ${MAX_INSTALLMENTS}, got ${describeReceived(requested)}`,
      'options.installments',
    );
  }
  const frequency = options.frequency;
  if (frequency !== 'weekly' && frequency !== 'biweekly' && frequency !== 'monthly') {
    throw new InvalidArgumentError(
      `expected "weekly", "biweekly" or "monthly", got ${describeReceived(frequency)}`,
      'options.frequency',
    );
  }
  const firstDate = parseCivilDate(options.firstDate, 'options.firstDate');
  const currency = balance.currency;
  const minimum = readMinimum(options.minimumInstallment, currency);
  // computeFee's rule, read where the caller wrote it: errors name `options.fee.amount`, not `rule.amount`.
  const feeResult = options.fee === undefined ? undefined : feeOfRule(options.fee, balance, 'half-up', 'options.fee');
  const fee: Money = feeResult?.amount ?? { currency, minor: 0 };
  const total = addMoney(balance, fee);

  const adjustments: PaymentPlanAdjustment[] = [];
  let count = requested;
  if (minimum !== undefined) {
    const most = Math.floor(total.minor / minimum.minor);
    if (most === 0) {
      throw new InvalidArgumentError(
        `the amount to spread, ${show(total)}, is less than the minimum installment of ${show(minimum)}, so no plan respects it`,
        'options.minimumInstallment',
      );
    }
    if (most < count) {
      const parts = allocateMoney(total, new Array<number>(count).fill(1));
      adjustments.push({
        code: 'installments-reduced',
        requested,
        used: most,
        message: `${count} installments of about ${show(parts.at(-1) as Money)} would be below the minimum installment of ${show(minimum)}, so ${most} ${most === 1 ? 'is' : 'are'} used.`,
      });
      count = most;
    }
  } else if (total.minor < count) {
    adjustments.push({
      code: 'installments-reduced',
      requested,
      used: total.minor,
      message: `${show(total)} cannot be split into ${count} installments of at least one minor unit, so ${total.minor} ${total.minor === 1 ? 'is' : 'are'} used.`,
    });
    count = total.minor;
  }

  const amounts = allocateMoney(total, new Array<number>(count).fill(1));
  const installments = amounts.map((amount, index) => ({
    number: index + 1,
    dueDate: dueDateOf(firstDate, frequency, index),
    amount,
  }));

  const sentences: string[] = [];
  const spread =
    feeResult === undefined
      ? show(balance)
      : `${show(balance)} plus a set-up fee of ${show(fee)} (${feeResult.explanation.replace(/\.$/, '')}), ${show(total)},`;
  const last = installments.at(-1) as PaymentInstallment;
  const first = installments[0] as PaymentInstallment;
  sentences.push(
    count === 1
      ? `${spread} in one installment due on ${firstDate}.`
      : `${spread} in ${count} ${frequency} installments from ${firstDate} to ${last.dueDate}.`,
  );
  if (count > 1 && first.amount.minor !== last.amount.minor) {
    const larger = installments.filter((installment) => installment.amount.minor === first.amount.minor).length;
    sentences.push(
      `The first ${larger === 1 ? 'installment is' : `${larger} installments are`} ${show(first.amount)} and the rest ${show(last.amount)}, so the installments add up exactly.`,
    );
  } else if (count > 1) {
    sentences.push(`Each installment is ${show(first.amount)}.`);
  }
  for (const adjustment of adjustments) sentences.push(adjustment.message);
  return { balance, fee, total, frequency, installments, adjustments, explanation: sentences.join(' ') };
}

const MAX_INSTALLMENTS = 1000;

/** The fields of {@link ProposePaymentPlanOptions}; `satisfies` keeps the list in step with the type. */
const OPTION_FIELDS = Object.keys({
  installments: true,
  frequency: true,
  firstDate: true,
  minimumInstallment: true,
  fee: true,
} satisfies Record<keyof ProposePaymentPlanOptions, true>);

function readMinimum(value: unknown, currency: string): Money | undefined {
  if (value === undefined) return undefined;
  const minimum = readMoney(value, 'options.minimumInstallment');
  if (minimum.currency !== currency) {
    throw new InvalidArgumentError(
      `expected ${currency} (the currency of the balance), got ${minimum.currency}`,
      'options.minimumInstallment.currency',
    );
  }
  if (minimum.minor <= 0) {
    throw new InvalidArgumentError(
      `expected more than zero, got ${minimum.minor} minor units`,
      'options.minimumInstallment.minor',
    );
  }
  return minimum;
}

function dueDateOf(firstDate: CivilDate, frequency: PaymentFrequency, index: number): CivilDate {
  if (frequency === 'monthly') return addMonths(firstDate, index);
  return addDays(firstDate, index * (frequency === 'weekly' ? 7 : 14));
}
