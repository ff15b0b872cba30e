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

function checkedDoneDay(value: unknown, key: string): number {
  const day = tryDayNumber(value);
  if (Number.isNaN(day))
    throw new InvalidArgumentError(`expected YYYY-MM-DD, got ${describeReceived(value)}`, `snapshot.done["${key}"]`);
  return day;
}

/** What was done under one occurrence key: per action, its index, its currency (fee, interest) and day. */
interface DoneActions {
  readonly actions: number[];
  readonly currencies: (string | undefined)[];
  readonly days: number[];
}

/**
 * The done keys of one customer, read once per evaluation: every later question is a map lookup by
 * occurrence key (`…/stepId#n/date`) instead of building and hashing one key per action. Every key of the
 * customer has its date checked here.
 */
export class DoneRecord {
  /** The customer's keys and the days they were done (parallel arrays). */
  readonly keys: string[] = [];
  readonly days: number[] = [];
  private readonly byOccurrence = new Map<string, DoneActions>();

  constructor(done: Readonly<Record<string, CivilDate>>, customerPrefix: string) {
    for (const key in done) {
      if (!key.startsWith(customerPrefix)) continue;
      const day = checkedDoneDay(done[key], key);
      this.keys.push(key);
      this.days.push(day);
      const colon = key.lastIndexOf(':');
      if (colon < 0) continue;
      const dot = key.indexOf('.', colon);
      const action = Number(key.slice(colon + 1, dot < 0 ? key.length : dot));
      if (!Number.isInteger(action)) continue;
      const occurrence = key.slice(0, colon);
      let entry = this.byOccurrence.get(occurrence);
      if (entry === undefined) {
        entry = { actions: [], currencies: [], days: [] };
        this.byOccurrence.set(occurrence, entry);
      }
      entry.actions.push(action);
      entry.currencies.push(dot < 0 ? undefined : key.slice(dot + 1));
      entry.days.push(day);
    }
  }

  /** The day action `action` of an occurrence was done (`currency` for fee and interest), or NaN. */
  dayOf(occurrenceKey: string, action: number, currency: string | undefined): number {
    const entry = this.byOccurrence.get(occurrenceKey);
    if (entry === undefined) return Number.NaN;
    for (let k = 0; k < entry.actions.length; k++) {
      if (entry.actions[k] === action && entry.currencies[k] === currency) return entry.days[k] as number;
    }
    return Number.NaN;
  }

  /**
   * The day any action of an occurrence was done, or NaN. `currencies` are those of the items the
   * occurrence covers (fee and interest keys end in one); pass the items instead and they are worked out
   * only if a fee or interest action needs them.
   */
  occurrenceDay(
    occurrenceKey: string,
    step: CompiledStep,
    currencies: readonly string[] | { readonly items: readonly OpenItem[] },
  ): number {
    if (!this.byOccurrence.has(occurrenceKey)) return Number.NaN;
    let known: readonly string[] | undefined = Array.isArray(currencies) ? currencies : undefined;
    for (let a = 0; a < step.actions.length; a++) {
      const kind = (step.actions[a] as ScenarioAction).kind;
      if (kind !== 'fee' && kind !== 'interest') {
        const day = this.dayOf(occurrenceKey, a, undefined);
        if (!Number.isNaN(day)) return day;
        continue;
      }
      known ??= currenciesOf((currencies as { readonly items: readonly OpenItem[] }).items);
      for (const currency of known) {
        const day = this.dayOf(occurrenceKey, a, currency);
        if (!Number.isNaN(day)) return day;
      }
    }
    return Number.NaN;
  }

  /** Whether every action of an occurrence is recorded, fee and interest ones in each of `items`' currencies. */
  allDone(occurrenceKey: string, step: CompiledStep, items: readonly OpenItem[]): boolean {
    if (!this.byOccurrence.has(occurrenceKey)) return false;
    let currencies: readonly string[] | undefined;
    for (let a = 0; a < step.actions.length; a++) {
      const kind = (step.actions[a] as ScenarioAction).kind;
      if (kind !== 'fee' && kind !== 'interest') {
        if (Number.isNaN(this.dayOf(occurrenceKey, a, undefined))) return false;
        continue;
      }
      currencies ??= currenciesOf(items);
      for (const currency of currencies) if (Number.isNaN(this.dayOf(occurrenceKey, a, currency))) return false;
    }
    return true;
  }

  /** Whether a key of one of these terminal steps was done, under any unit or anchor. */
  terminalDone(terminalIds: ReadonlySet<string>): boolean {
    if (terminalIds.size === 0) return false;
    for (const key of this.keys) {
      const hash = key.lastIndexOf('#');
      if (hash > 0 && terminalIds.has(key.slice(key.lastIndexOf('/', hash) + 1, hash))) return true;
    }
    return false;
  }
}
