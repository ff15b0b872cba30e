import type { LedgerInput } from '@overdue/core';
import type { PreparedLedger } from '../../prepare-ledger';
import type { Countback, DsoMethod, DsoOptions, KpiResult } from '../kpi-types';
import { describeCountback, dsoFigure, explainDso } from './dso-figure';
import { roundKpi } from './kpi-decimal';
import { DSO_OPTION_KEYS, readDsoOptions, startKpi } from './start-kpi';

/** What DSO and best possible DSO share; they differ only in the amount divided by sales. */
export interface DsoOfResult extends KpiResult {
  method: DsoMethod;
  /** The numerator: receivables (DSO) or current receivables (best possible DSO), minor units. */
  amountMinor: number;
  salesMinor: number;
  countback: Countback | null;
}

/**
 * Days of sales that `numerator` represents: `receivables` gives DSO, `current` best possible DSO, by the
 * standard or countback method.
 */
export function dsoOf(
  ledger: LedgerInput | PreparedLedger,
  options: DsoOptions,
  numerator: 'receivables' | 'current',
): DsoOfResult {
  const {
    options: resolved,
    extra,
    kpi,
    sums,
    boundaries,
    base,
  } = startKpi(ledger, options, DSO_OPTION_KEYS, readDsoOptions);
  const amountMinor = numerator === 'receivables' ? sums.receivablesMinor : sums.currentMinor;
  const figure = dsoFigure(kpi, sums, amountMinor, extra.method, boundaries);
  return {
    value: figure.value === null ? null : roundKpi(figure.value, resolved.decimals),
    method: extra.method,
    ...base,
    amountMinor,
    salesMinor: sums.salesMinor,
    countback:
      figure.countback === null ? null : describeCountback(figure.countback, extra.maxMonths, resolved.decimals),
    explanation: explainDso(
      numerator === 'receivables' ? 'DSO' : 'Best possible DSO',
      numerator === 'receivables' ? 'receivables' : 'current receivables',
      amountMinor,
      figure,
      sums,
      kpi.currency,
      resolved,
      extra.maxMonths,
      resolved.decimals,
    ),
  };
}
