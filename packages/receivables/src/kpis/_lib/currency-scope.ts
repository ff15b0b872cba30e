import type { ExchangeRates } from '@overdue/core';
import { CurrencyMismatchError, exchangeRate, withInputPath } from '@overdue/core';
import type { LedgerTimeline } from '../../_lib/ledger-timeline';

/** The currencies of a ledger's invoices as a column of small integers. */
interface CurrencyColumn {
  /** Every distinct currency code, in order of first appearance. */
  codes: string[];
  /** Per invoice, its position in `codes`. */
  codeIndex: Uint16Array;
  /** The codes of invoices with a total above zero (void and draft invoices have none), in order of first appearance. */
  present: string[];
}

const columns = new WeakMap<LedgerTimeline, CurrencyColumn>();

/** The currency column of a timeline, built once per timeline. */
function currencyColumn(timeline: LedgerTimeline): CurrencyColumn {
  let column = columns.get(timeline);
  if (column !== undefined) return column;
  const codes: string[] = [];
  const positions = new Map<string, number>();
  const codeIndex = new Uint16Array(timeline.count);
  const counted: boolean[] = [];
  const present: string[] = [];
  let last = '';
  let lastPosition = -1;
  for (let index = 0; index < timeline.count; index++) {
    const code = timeline.currencies[index] as string;
    if (code !== last) {
      let position = positions.get(code);
      if (position === undefined) {
        position = codes.length;
        positions.set(code, position);
        codes.push(code);
      }
      last = code;
      lastPosition = position;
    }
    codeIndex[index] = lastPosition;
    if (counted[lastPosition] !== true && (timeline.totalMinor[index] as number) > 0) {
      counted[lastPosition] = true;
      present.push(code);
    }
  }
  column = { codes, codeIndex, present };
  columns.set(timeline, column);
  return column;
}

/**
 * Which invoices a KPI measures and in what currency it reports: one currency's invoices (`currency`),
 * every currency converted into `rates.base` (`rates`), or the ledger's only currency.
 */
export interface CurrencyScope {
  /** The currencies measured; sums are kept per currency in this order. */
  currencies: string[];
  /** Per invoice, the position of its currency among the ledger's currency codes. */
  codeIndex: Uint16Array;
  /** Per currency code position, the position of that currency in `currencies`, or -1 when it is not measured. */
  slotByCode: Int32Array;
  /** The currency of every amount in the result; `null` only for a ledger with no invoices and no option naming one. */
  target: string | null;
  /** The rates that convert each currency's sums into `target`, when the ledger has several. */
  rates: ExchangeRates | undefined;
}

/**
 * Decides the currency scope of a KPI. With `currency`, only that currency's invoices count. With `rates`,
 * every currency counts and each currency's sums are converted into `rates.base`. With neither, the ledger
 * must have at most one currency among its invoices with a total above zero.
 *
 * @throws {@link CurrencyMismatchError} for a ledger with several currencies and neither option.
 * @throws {@link InvalidArgumentError} when `rates` lacks a currency of the ledger.
 */
export function resolveCurrencyScope(
  timeline: LedgerTimeline,
  currency: string | undefined,
  rates: ExchangeRates | undefined,
): CurrencyScope {
  const column = currencyColumn(timeline);
  let currencies: string[];
  let target: string | null;
  if (currency !== undefined) {
    currencies = [currency];
    target = currency;
  } else if (rates !== undefined) {
    currencies = [...column.present];
    target = rates.base;
    for (const code of currencies) withInputPath(() => exchangeRate(code, rates.base, rates), 'rates', 'options.rates');
  } else {
    if (column.present.length > 1)
      throw new CurrencyMismatchError(column.present[0] as string, column.present[1] as string, 'options');
    currencies = [...column.present];
    target = currencies[0] ?? null;
  }
  const slotByCode = new Int32Array(column.codes.length).fill(-1);
  for (const [position, code] of column.codes.entries()) slotByCode[position] = currencies.indexOf(code);
  return {
    currencies,
    codeIndex: column.codeIndex,
    slotByCode,
    target,
    rates: currencies.length > 1 || (currencies.length === 1 && currencies[0] !== target) ? rates : undefined,
  };
}
