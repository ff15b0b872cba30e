import { assertKnownFields, civilDateToDayNumber, describeReceived, InvalidArgumentError } from '@overdue/core';
import type { InterestRateEntry } from '../interest-rate-tables';
import type { FeeDecimalValue } from './fee-decimal';
import { readPercent } from './read-options';

/** A validated rate table: day numbers ascending, rates as decimals. */
export interface RateTable {
  readonly days: readonly number[];
  readonly froms: readonly string[];
  readonly rates: readonly FeeDecimalValue[];
  readonly path: string;
}

const validated = new WeakMap<readonly InterestRateEntry[], RateTable>();

/** The fields of an {@link InterestRateEntry}; `satisfies` keeps the list in step with the type. */
const ENTRY_FIELDS = Object.keys({ from: true, ratePercent: true } satisfies Record<keyof InterestRateEntry, true>);

/** Checks a rate table (rows `{ from, ratePercent }` in strictly increasing date order, rates of zero or more). */
export function readRateTable(value: unknown, path: string): RateTable {
  if (!Array.isArray(value)) {
    throw new InvalidArgumentError(`expected an array of { from, ratePercent }, got ${describeReceived(value)}`, path);
  }
  const cached = validated.get(value);
  if (cached !== undefined && cached.path === path) return cached;
  if (value.length === 0) throw new InvalidArgumentError('expected at least one rate', path);
  const days: number[] = [];
  const froms: string[] = [];
  const rates: FeeDecimalValue[] = [];
  for (const [index, entry] of (value as unknown[]).entries()) {
    const where = `${path}[${index}]`;
    if (typeof entry !== 'object' || entry === null) {
      throw new InvalidArgumentError(`expected { from, ratePercent }, got ${describeReceived(entry)}`, where);
    }
    assertKnownFields(entry, ENTRY_FIELDS, where);
    const { from, ratePercent } = entry as { from?: unknown; ratePercent?: unknown };
    const day = civilDateToDayNumber(from as string, `${where}.from`);
    const previous = days.at(-1);
    if (previous !== undefined && day <= previous) {
      throw new InvalidArgumentError(
        `expected rows in strictly increasing date order, but ${String(from)} is not after ${froms.at(-1)}`,
        `${where}.from`,
      );
    }
    days.push(day);
    froms.push(from as string);
    rates.push(readPercent(ratePercent, `${where}.ratePercent`));
  }
  const table: RateTable = { days, froms, rates, path };
  // Only frozen tables (the defaults, or a host's frozen copy) are remembered: others may change later.
  if (Object.isFrozen(value)) validated.set(value, table);
  return table;
}

/** The row of the table in force on a day (the last row whose `from` is not after it). */
export function rateInForce(table: RateTable, day: number, date: string): { rate: FeeDecimalValue; from: string } {
  let low = 0;
  let high = table.days.length - 1;
  if (day < (table.days[0] as number)) {
    throw new InvalidArgumentError(
      `no rate is in force on ${date}: the table starts on ${table.froms[0]}; add earlier rows`,
      table.path,
    );
  }
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((table.days[middle] as number) <= day) low = middle;
    else high = middle - 1;
  }
  return { rate: table.rates[low] as FeeDecimalValue, from: table.froms[low] as string };
}
