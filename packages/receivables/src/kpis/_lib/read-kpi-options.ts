import type { CivilDate, ExchangeRates } from '@overdue/core';
import { assertKnownFields, InvalidArgumentError, isCurrencyCode, parseCivilDate, tryDayNumber } from '@overdue/core';
import { EXCHANGE_RATES_FIELDS } from '../../_lib/exchange-rates-fields';

/** The options every KPI shares, checked and with dates as day numbers. */
export interface ResolvedKpiOptions {
  from: CivilDate;
  to: CivilDate;
  fromDay: number;
  toDay: number;
  /** Calendar days in `[from, to]`. */
  days: number;
  decimals: number;
  currency: string | undefined;
  rates: ExchangeRates | undefined;
}

/** Option names every KPI accepts. */
export const COMMON_OPTION_KEYS = ['from', 'to', 'currency', 'rates', 'decimals'] as const;

const DEFAULT_DECIMALS = 2;
const MAX_DECIMALS = 20;

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/** Checks that `options` is an object with only the listed keys, and returns it as a record. */
export function readOptionsObject(options: unknown, allowedKeys: readonly string[]): Record<string, unknown> {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(`expected an options object with from and to, got ${describe(options)}`, 'options');
  }
  assertKnownFields(options, allowedKeys, 'options');
  return options as Record<string, unknown>;
}

/** Reads an optional string option that must be one of `values`. */
export function readEnumOption<T extends string>(
  record: Record<string, unknown>,
  key: string,
  values: readonly T[],
  fallback: T,
): T {
  const value = record[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(
      `expected one of ${values.map((item) => `"${item}"`).join(', ')}, got ${describe(value)}`,
      `options.${key}`,
    );
  }
  return value as T;
}

/** Reads an optional integer option within `[min, max]`. */
export function readIntegerOption(
  record: Record<string, unknown>,
  key: string,
  min: number,
  max: number,
  fallback: number,
): number {
  const value = record[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(
      `expected an integer from ${min} to ${max}, got ${describe(value)}`,
      `options.${key}`,
    );
  }
  return value;
}

function readRates(value: unknown): ExchangeRates | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError(`expected exchange rates { base, rates }, got ${describe(value)}`, 'options.rates');
  }
  assertKnownFields(value, EXCHANGE_RATES_FIELDS, 'options.rates');
  const { base, rates } = value as { base?: unknown; rates?: unknown };
  if (!isCurrencyCode(base)) {
    throw new InvalidArgumentError(
      `expected an ISO 4217 currency code such as "EUR", got ${describe(base)}`,
      'options.rates.base',
    );
  }
  if (typeof rates !== 'object' || rates === null || Array.isArray(rates)) {
    throw new InvalidArgumentError(
      `expected an object of rates per currency, got ${describe(rates)}`,
      'options.rates.rates',
    );
  }
  return value as ExchangeRates;
}

/**
 * Checks the options every KPI shares: `from` and `to` are real dates with `from` on or before `to`;
 * `decimals` an integer 0-20 (default 2); `currency` an ISO 4217 code; `rates` a rate table; and not both
 * `currency` and `rates`; `rates` has no field but `base` and `rates`.
 */
export function readKpiOptions(record: Record<string, unknown>): ResolvedKpiOptions {
  const from = parseCivilDate(record.from, 'options.from');
  const to = parseCivilDate(record.to, 'options.to');
  const fromDay = tryDayNumber(from);
  const toDay = tryDayNumber(to);
  if (fromDay > toDay)
    throw new InvalidArgumentError(
      `${from} is after options.to (${to}); a period runs from its first day to its last`,
      'options.from',
    );
  const decimals = readIntegerOption(record, 'decimals', 0, MAX_DECIMALS, DEFAULT_DECIMALS);
  const currency = record.currency;
  if (currency !== undefined && !isCurrencyCode(currency)) {
    throw new InvalidArgumentError(
      `expected an ISO 4217 currency code such as "EUR", got ${describe(currency)}`,
      'options.currency',
    );
  }
  const rates = readRates(record.rates);
  if (currency !== undefined && rates !== undefined) {
    throw new InvalidArgumentError(
      'pass either currency (to measure that currency alone) or rates (to convert every currency into rates.base), not both',
      'options.rates',
    );
  }
  return { from, to, fromDay, toDay, days: toDay - fromDay + 1, decimals, currency, rates };
}
