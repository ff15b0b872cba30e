import type { CivilDate, ExchangeRates, LedgerInput } from '@overdue/core';
import {
  AmountOverflowError,
  assertKnownFields,
  convertMoney,
  describeReceived,
  InvalidArgumentError,
  isCurrencyCode,
  minorDigits,
  parseCivilDate,
  parseInput,
  tryDayNumber,
  tryParseMinor,
} from '@overdue/core';
import { EXCHANGE_RATES_FIELDS } from '../_lib/exchange-rates-fields';
import type { LedgerTimeline } from '../_lib/ledger-timeline';
import { copyWarnings, forEachOpenInvoice, unappliedAt } from '../_lib/ledger-timeline';
import { fastMinor } from '../_lib/read-invoice';
import type { OpenBalances } from '../open-balances/open-balances-as-of';
import type { PreparedLedger } from '../prepare-ledger';
import { isPreparedLedger, timelineOf } from '../prepare-ledger';
import { AgingAccumulator } from './_lib/aging-accumulator';
import type { AgingBasis } from './aging-buckets';
import { agingBuckets, bucketTable, DEFAULT_BUCKET_EDGES } from './aging-buckets';
import type { AgingReport, AgingTotal } from './aging-report';
import type { OpenItemInput } from './open-item-input';
import { openItemInputSchema } from './open-item-input';

/**
 * Options of {@link ageReceivables}.
 *
 * @category Aging
 * @example
 * ```ts
 * const options: AgeReceivablesOptions = { asOf: '2026-02-28', basis: 'due-date', buckets: [30, 60, 90] };
 * ```
 */
export interface AgeReceivablesOptions {
  /** The day whose end the report describes. Required, except for {@link OpenBalances} input, whose own `asOf` is the default. */
  asOf?: CivilDate;
  /** Age from the due date or the issue date. Default: `'due-date'`. */
  basis?: AgingBasis;
  /** Upper edges of the past-due buckets, inclusive. Default: `[30, 60, 90, 120]` (1-30, ..., 121+). */
  buckets?: readonly number[];
  /** Convert every currency's totals into `rates.base` (bucket by bucket, half-even) as `reporting`. Default: none. */
  rates?: ExchangeRates;
  /** Build the per-customer rows. Default: `true`; `false` returns only totals, which is faster. */
  includeRows?: boolean;
}

// Every field of the options: `satisfies` stops the list from missing one or naming another.
const OPTION_FIELDS = Object.keys({
  asOf: true,
  basis: true,
  buckets: true,
  rates: true,
  includeRows: true,
} satisfies Record<keyof AgeReceivablesOptions, true>);

/**
 * What {@link ageReceivables} ages: a ledger (open amounts are rebuilt as of `asOf`), a
 * {@link PreparedLedger}, the result of {@link openBalancesAsOf}, or open items as a database returns them.
 *
 * @category Aging
 * @example
 * ```ts
 * const source: AgingSource = [{ id: 'i1', customerId: 'C1', currency: 'EUR', issueDate: '2026-01-01', dueDate: '2026-01-31', amountDue: '10' }];
 * ```
 */
export type AgingSource = LedgerInput | PreparedLedger | OpenBalances | readonly OpenItemInput[];

/**
 * Ages open receivables as of a day into a current bucket and past-due buckets, per customer and currency,
 * with totals per currency and optionally in one reporting currency. Ages are whole days: on the due-date
 * basis an item is current while `asOf` is on or before its due date, and `1-30` holds items 1 to 30 days
 * past due. Unapplied cash and credits are shown in their own column, never netted into the buckets. The
 * buckets of every row and total sum exactly to its open balance.
 *
 * Open items are validated as they are read (a hand-written check for the common forms; the zod schema
 * {@link openItemInputSchema} for anything else, which gives the error with its path); a million rows
 * take well under a second.
 *
 * @param source - A ledger, a prepared ledger, open balances, or open items (`amountDue` is the open amount).
 * @param options - As-of date, basis, bucket edges, rates.
 * @returns The aging report.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the path of a bad item or option,
 * or of a field of `options` or `options.rates` it does not know (a misspelt key such as `options.bucketz`).
 * @throws {@link @overdue/core!AmountOverflowError | AmountOverflowError} when a currency's total exceeds `Number.MAX_SAFE_INTEGER` minor units.
 * @category Aging
 * @example
 * ```ts
 * const report = ageReceivables(
 *   [
 *     { id: 'i1', customerId: 'C1', currency: 'EUR', issueDate: '2026-01-01', dueDate: '2026-01-31', amountDue: '100.00' },
 *     { id: 'i2', customerId: 'C1', currency: 'EUR', issueDate: '2026-02-01', dueDate: '2026-03-03', amountDue: '50.00' },
 *   ],
 *   { asOf: '2026-02-28' },
 * );
 * report.rows[0].bucketsMinor;
 * //=> [5000, 10000, 0, 0, 0, 0]
 * ```
 */
export function ageReceivables(source: AgingSource, options: AgeReceivablesOptions): AgingReport {
  if (typeof options !== 'object' || options === null)
    throw new InvalidArgumentError('expected an options object with asOf', 'options');
  assertKnownFields(options, OPTION_FIELDS, 'options');
  // Checked here, before the items are aged; the rest of the rates when the totals are converted.
  if (typeof options.rates === 'object' && options.rates !== null && !Array.isArray(options.rates))
    assertKnownFields(options.rates, EXCHANGE_RATES_FIELDS, 'options.rates');
  const basis = options.basis ?? 'due-date';
  if (basis !== 'due-date' && basis !== 'issue-date') {
    throw new InvalidArgumentError(
      `expected "due-date" or "issue-date", got ${describeReceived(basis)}`,
      'options.basis',
    );
  }
  const edges = options.buckets ?? DEFAULT_BUCKET_EDGES;
  const buckets = agingBuckets(edges, basis);
  const table = bucketTable(edges, basis);
  const isBalances =
    !Array.isArray(source) && typeof source === 'object' && source !== null && 'items' in source && 'asOf' in source;
  const asOf = resolveAsOf(options.asOf, isBalances ? (source as OpenBalances).asOf : undefined);
  const asOfDay = tryDayNumber(asOf);
  // Read a ledger first: its reading uses the shared scratch buffers, which the accumulator then takes.
  const timeline = Array.isArray(source) || isBalances ? undefined : readLedgerSource(source);
  const accumulator = new AgingAccumulator(buckets.length, Array.isArray(source) ? source.length : undefined);
  let warnings: AgingReport['warnings'] = [];
  let names: ReadonlyMap<string, string> | undefined;
  const age = (issueDay: number, dueDay: number): number => {
    const days = asOfDay - (basis === 'due-date' ? dueDay : issueDay);
    return days < 0 ? 0 : days < table.length ? (table[days] as number) : buckets.length - 1;
  };

  let notYetIssuedCount = 0;
  try {
    if (Array.isArray(source)) {
      notYetIssuedCount = ageOpenItems(source as readonly OpenItemInput[], accumulator, asOfDay, age);
    } else if (isBalances) {
      ageOpenBalances(source as OpenBalances, accumulator, age);
    } else {
      notYetIssuedCount = ageLedger(timeline as LedgerTimeline, accumulator, asOfDay, age);
      warnings = copyWarnings(timeline as LedgerTimeline);
      names = (timeline as LedgerTimeline).customerNames;
    }
  } catch (error) {
    accumulator.discard();
    throw error;
  }

  const { rows, totals } = accumulator.finish(options.includeRows ?? true, basis === 'due-date', names);
  const report: AgingReport = { asOf, basis, buckets, rows, totals, notYetIssuedCount, warnings };
  if (options.rates !== undefined)
    report.reporting = toReportingCurrency(totals, options.rates, buckets.length, basis === 'due-date');
  return report;
}

function readLedgerSource(source: AgingSource): LedgerTimeline {
  if (typeof source !== 'object' || source === null || (!isPreparedLedger(source) && !('invoices' in source))) {
    throw new InvalidArgumentError('expected a ledger, open balances or an array of open items', 'source');
  }
  return timelineOf(source as LedgerInput | PreparedLedger);
}

function ageLedger(
  timeline: LedgerTimeline,
  accumulator: AgingAccumulator,
  asOfDay: number,
  age: (issueDay: number, dueDay: number) => number,
): number {
  const notYetIssued = forEachOpenInvoice(timeline, asOfDay, (index, openMinor) =>
    accumulator.add(
      timeline.customerIds[index] as string,
      timeline.currencies[index] as string,
      age(timeline.issueDay[index] as number, timeline.dueDay[index] as number),
      openMinor,
    ),
  );
  for (const span of unappliedAt(timeline, asOfDay))
    accumulator.addUnapplied(span.customerId, span.currency, span.minor);
  return notYetIssued;
}

function resolveAsOf(requested: CivilDate | undefined, fromBalances: CivilDate | undefined): CivilDate {
  if (requested === undefined) {
    if (fromBalances === undefined)
      throw new InvalidArgumentError('expected the as-of date YYYY-MM-DD', 'options.asOf');
    return parseCivilDate(fromBalances, 'source.asOf');
  }
  const asOf = parseCivilDate(requested, 'options.asOf');
  if (fromBalances !== undefined && fromBalances !== asOf) {
    throw new InvalidArgumentError(
      `the open balances are as of ${fromBalances}; age them as of the same day or recompute them`,
      'options.asOf',
    );
  }
  return asOf;
}

function ageOpenItems(
  items: readonly OpenItemInput[],
  accumulator: AgingAccumulator,
  asOfDay: number,
  age: (issueDay: number, dueDay: number) => number,
): number {
  let notYetIssued = 0;
  let lastCurrency = '';
  let digits = 2;
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as OpenItemInput;
    let customerId: unknown;
    let currency: unknown;
    let issueDay = Number.NaN;
    let dueDay = Number.NaN;
    let minor = Number.NaN;
    let valid = false;
    if (typeof item === 'object' && item !== null) {
      ({ customerId, currency } = item);
      if (currency !== lastCurrency && isCurrencyCode(currency)) {
        lastCurrency = currency;
        digits = minorDigits(currency);
      }
      issueDay = tryDayNumber(item.issueDate);
      dueDay = tryDayNumber(item.dueDate);
      const amount = item.amountDue;
      minor = typeof amount === 'string' ? tryParseMinor(amount, digits) : fastMinor(amount, digits);
      const { id, number } = item;
      valid =
        typeof id === 'string' &&
        id.length > 0 &&
        typeof customerId === 'string' &&
        customerId.length > 0 &&
        lastCurrency !== '' &&
        currency === lastCurrency &&
        dueDay >= issueDay &&
        minor >= 0 &&
        (number === undefined || typeof number === 'string');
    }
    if (!valid) {
      const parsed = parseInput(openItemInputSchema, item, `items[${index}]`);
      customerId = parsed.customerId;
      currency = parsed.currency;
      issueDay = tryDayNumber(parsed.issueDate);
      dueDay = tryDayNumber(parsed.dueDate);
      minor = parsed.amountDue.minor;
    }
    if (issueDay > asOfDay) {
      notYetIssued++;
      continue;
    }
    if (minor === 0) continue;
    accumulator.add(customerId as string, currency as string, age(issueDay, dueDay), minor);
  }
  return notYetIssued;
}

function ageOpenBalances(
  balances: OpenBalances,
  accumulator: AgingAccumulator,
  age: (issueDay: number, dueDay: number) => number,
): void {
  if (!Array.isArray(balances.items)) throw new InvalidArgumentError('expected an array', 'source.items');
  for (const [index, item] of balances.items.entries()) {
    const issueDay = tryDayNumber(item?.issueDate);
    const dueDay = tryDayNumber(item?.dueDate);
    if (!(dueDay >= issueDay) || !isCurrencyCode(item.currency) || typeof item.customerId !== 'string') {
      throw new InvalidArgumentError(
        'expected an open item from openBalancesAsOf (customerId, currency, issueDate, dueDate)',
        `source.items[${index}]`,
      );
    }
    if (!Number.isSafeInteger(item.openMinor) || item.openMinor < 0) {
      throw new InvalidArgumentError(
        `expected integer minor units of zero or more, got ${String(item.openMinor)}`,
        `source.items[${index}].openMinor`,
      );
    }
    if (item.openMinor > 0) accumulator.add(item.customerId, item.currency, age(issueDay, dueDay), item.openMinor);
  }
  const unapplied = balances.unapplied ?? [];
  if (!Array.isArray(unapplied))
    throw new InvalidArgumentError(`expected an array, got ${describeReceived(unapplied)}`, 'source.unapplied');
  for (const [index, balance] of unapplied.entries()) {
    const valid =
      typeof balance === 'object' &&
      balance !== null &&
      typeof balance.customerId === 'string' &&
      balance.customerId !== '' &&
      isCurrencyCode(balance.currency) &&
      Number.isSafeInteger(balance.cashMinor) &&
      Number.isSafeInteger(balance.creditMinor) &&
      balance.cashMinor >= 0 &&
      balance.creditMinor >= 0;
    const minor = valid ? balance.cashMinor + balance.creditMinor : Number.NaN;
    if (!valid || !Number.isSafeInteger(minor)) {
      throw new InvalidArgumentError(
        'expected an unapplied balance from openBalancesAsOf ({ customerId, currency, cashMinor, creditMinor })',
        `source.unapplied[${index}]`,
      );
    }
    accumulator.addUnapplied(balance.customerId, balance.currency, minor);
  }
}

function toReportingCurrency(
  totals: AgingTotal[],
  rates: ExchangeRates,
  bucketCount: number,
  hasCurrentBucket: boolean,
): AgingTotal {
  const currency = rates?.base;
  if (!isCurrencyCode(currency))
    throw new InvalidArgumentError(
      `expected an ISO 4217 code, got ${describeReceived(currency)}`,
      'options.rates.base',
    );
  const reporting: AgingTotal = {
    currency,
    bucketsMinor: new Array<number>(bucketCount).fill(0),
    totalMinor: 0,
    overdueMinor: null,
    unappliedMinor: 0,
    netMinor: 0,
    itemCount: 0,
    customerCount: 0,
  };
  const convert = (minor: number, from: string) => convertMoney({ currency: from, minor }, currency, rates).minor;
  for (const total of totals) {
    for (let bucket = 0; bucket < bucketCount; bucket++) {
      const converted = convert(total.bucketsMinor[bucket] as number, total.currency);
      reporting.bucketsMinor[bucket] = (reporting.bucketsMinor[bucket] as number) + converted;
      reporting.totalMinor += converted;
    }
    reporting.unappliedMinor += convert(total.unappliedMinor, total.currency);
    reporting.itemCount += total.itemCount;
    reporting.customerCount += total.customerCount;
  }
  if (reporting.totalMinor > Number.MAX_SAFE_INTEGER || reporting.unappliedMinor > Number.MAX_SAFE_INTEGER) {
    throw new AmountOverflowError(`the ${currency} reporting total`, 'options.rates');
  }
  reporting.netMinor = reporting.totalMinor - reporting.unappliedMinor;
  if (hasCurrentBucket) {
    reporting.overdueMinor = reporting.totalMinor - (reporting.bucketsMinor[0] as number);
  }
  return reporting;
}
