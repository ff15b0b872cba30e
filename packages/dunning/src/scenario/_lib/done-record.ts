import type { CivilDate } from '@overdue/core';
import { describeReceived, InvalidArgumentError, tryDayNumber } from '@overdue/core';
import type { ScenarioAction } from '../scenario-schema';
import type { CompiledStep } from './compiled-scenario';
import type { OpenItem } from './read-snapshot';

export function currenciesOf(items: readonly OpenItem[]): string[] {
  const currencies: string[] = [];
  for (const item of items) if (!currencies.includes(item.currency)) currencies.push(item.currency);
  return currencies.sort();
}

export function isDone(
  done: Readonly<Record<string, CivilDate>> | undefined,
  key: string,
  step: CompiledStep,
  currencies: readonly string[] | { readonly items: readonly OpenItem[] },
): boolean {
  const day = doneDayOf(done, key, step, currencies);
  return !Number.isNaN(day);
}

/**
 * The day any action of an occurrence was done, or NaN. `currencies` are those of the items the occurrence
 * covers (fee and interest keys end in one); pass the items instead and they are worked out only if a fee
 * or interest action needs them.
 */
export function doneDayOf(
  done: Readonly<Record<string, CivilDate>> | undefined,
  key: string,
  step: CompiledStep,
  currencies: readonly string[] | { readonly items: readonly OpenItem[] },
): number {
  if (done === undefined) return Number.NaN;
  let known: readonly string[] | undefined = Array.isArray(currencies) ? currencies : undefined;
  for (let a = 0; a < step.actions.length; a++) {
    const kind = (step.actions[a] as ScenarioAction).kind;
    if (kind === 'fee' || kind === 'interest') {
      known ??= currenciesOf((currencies as { readonly items: readonly OpenItem[] }).items);
      for (const currency of known) {
        const on = done[`${key}:${a}.${currency}`];
        if (on !== undefined) return checkedDoneDay(on, `${key}:${a}.${currency}`);
      }
    } else {
      const on = done[`${key}:${a}`];
      if (on !== undefined) return checkedDoneDay(on, `${key}:${a}`);
    }
  }
  return Number.NaN;
}

export function isKeyDone(done: Readonly<Record<string, CivilDate>> | undefined, key: string): boolean {
  if (done === undefined) return false;
  const on = done[key];
  if (on === undefined) return false;
  checkedDoneDay(on, key);
  return true;
}

export function checkedDoneDay(value: unknown, key: string): number {
  const day = tryDayNumber(value);
  if (Number.isNaN(day))
    throw new InvalidArgumentError(`expected YYYY-MM-DD, got ${describeReceived(value)}`, `snapshot.done["${key}"]`);
  return day;
}

/** Whether `done` holds a key of a terminal step of this customer, under any unit or anchor. */
export function terminalDone(
  done: Readonly<Record<string, CivilDate>>,
  customerPrefix: string,
  terminalIds: ReadonlySet<string>,
): boolean {
  if (terminalIds.size === 0) return false;
  for (const key in done) {
    if (!key.startsWith(customerPrefix)) continue;
    const hash = key.lastIndexOf('#');
    if (hash > 0 && terminalIds.has(key.slice(key.lastIndexOf('/', hash) + 1, hash))) return true;
  }
  return false;
}
