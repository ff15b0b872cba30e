import type { LedgerInput } from '@overdue/core';
import type { PreparedLedger } from '../../prepare-ledger';
import type { DsoMethod } from '../kpi-types';
import type { KpiLedger, PeriodSums } from './kpi-ledger';
import { buildKpiLedger, periodSums } from './kpi-ledger';
import { monthBoundaries } from './month-windows';
import type { ResolvedKpiOptions } from './read-kpi-options';
import {
  COMMON_OPTION_KEYS,
  readEnumOption,
  readIntegerOption,
  readKpiOptions,
  readOptionsObject,
} from './read-kpi-options';

/** A single-period KPI, ready to compute: options checked, ledger read, sums of the period taken. */
export interface StartedKpi<T> {
  options: ResolvedKpiOptions;
  extra: T;
  kpi: KpiLedger;
  sums: PeriodSums;
  /** Month boundaries back from `to` for a countback (just `[to]` without one). */
  boundaries: number[];
  /** The fields every result starts with. */
  base: { from: string; to: string; days: number; currency: string | null };
}

/**
 * Checks a KPI's options (the common ones, then the KPI's own with `readExtra`) before touching the
 * ledger, then reads the ledger and takes the period's sums. `lookbackMonths` of the extra options widens
 * the daily figures back for a countback.
 */
export function startKpi<T extends object>(
  ledger: LedgerInput | PreparedLedger,
  options: unknown,
  extraKeys: readonly string[],
  readExtra: (record: Record<string, unknown>) => T,
): StartedKpi<T> {
  const record = readOptionsObject(options, [...COMMON_OPTION_KEYS, ...extraKeys]);
  const resolved = readKpiOptions(record);
  const extra = readExtra(record);
  const lookbackMonths =
    'lookbackMonths' in extra && typeof extra.lookbackMonths === 'number' ? extra.lookbackMonths : undefined;
  const boundaries = lookbackMonths === undefined ? [resolved.toDay] : monthBoundaries(resolved.to, lookbackMonths);
  const lo = Math.min(resolved.fromDay - 1, boundaries[boundaries.length - 1] as number);
  const kpi = buildKpiLedger(ledger, resolved, lo, resolved.toDay);
  const sums = periodSums(kpi, resolved.fromDay, resolved.toDay);
  return {
    options: resolved,
    extra,
    kpi,
    sums,
    boundaries,
    base: { from: resolved.from, to: resolved.to, days: resolved.days, currency: kpi.currency },
  };
}

/** Option names of the DSO-type KPIs beyond the common ones. */
export const DSO_OPTION_KEYS = ['method', 'maxMonths'] as const;

/** Default look-back of a countback, in months. */
export const DEFAULT_MAX_MONTHS = 24;

/** Reads `method` and `maxMonths`. */
export function readDsoOptions(record: Record<string, unknown>): {
  method: DsoMethod;
  maxMonths: number;
  lookbackMonths?: number;
} {
  const method = readEnumOption<DsoMethod>(record, 'method', ['standard', 'countback'], 'standard');
  const maxMonths = readIntegerOption(record, 'maxMonths', 1, 1200, DEFAULT_MAX_MONTHS);
  return method === 'countback' ? { method, maxMonths, lookbackMonths: maxMonths } : { method, maxMonths };
}
