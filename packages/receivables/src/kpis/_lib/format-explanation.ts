import { minorDigits } from '@overdue/core';
import Decimal from 'decimal.js';
import type { KpiNumber } from './kpi-decimal';
import { KpiDecimal } from './kpi-decimal';

function group(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Writes an amount in minor units for an explanation sentence: `USD 5,846.87`. Non-integer amounts (a
 * monthly average) are rounded half-even to the currency's minor unit.
 */
export function formatAmount(minor: number | KpiNumber, currency: string | null): string {
  const digits = currency === null ? 2 : minorDigits(currency);
  const major = new KpiDecimal(minor)
    .dividedBy(new KpiDecimal(10).pow(digits))
    .toFixed(digits, Decimal.ROUND_HALF_EVEN);
  const negative = major.startsWith('-');
  const [whole = '', fraction] = (negative ? major.slice(1) : major).split('.');
  const text = `${negative ? '-' : ''}${group(whole)}${fraction === undefined ? '' : `.${fraction}`}`;
  return currency === null ? text : `${currency} ${text}`;
}

/** Writes a number of days or a KPI value with `decimals` places, half-even. */
export function formatNumber(value: KpiNumber, decimals: number): string {
  const text = value.toFixed(decimals, Decimal.ROUND_HALF_EVEN);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** Writes a period for an explanation: `2013-01-01 to 2013-01-31`. */
export function formatPeriod(from: string, to: string): string {
  return from === to ? `on ${from}` : `from ${from} to ${to}`;
}
