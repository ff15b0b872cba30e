import type { CivilDate, Money } from '@overdue/core';
import {
  assertKnownFields,
  describeReceived,
  InvalidArgumentError,
  moneyToDecimalString,
  tryDayNumber,
} from '@overdue/core';
import type { ActionCommon } from '../_lib/build-action';
import { actionOf, deliveriesFor, payloadOf } from '../_lib/build-action';
import { branchTracks, buildTracks } from '../_lib/build-tracks';
import { checkConditions } from '../_lib/check-conditions';
import type { CompiledScenario, CompiledStep } from '../_lib/compiled-scenario';
import { compiledOf } from '../_lib/compiled-scenario';
import { currenciesOf, DoneRecord } from '../_lib/done-record';
import { exactArray } from '../_lib/exact-array';
import { feeOf } from '../_lib/fee-of';
import type { OpenItem, SnapshotFacts } from '../_lib/read-snapshot';
import { dateOf, readSnapshot } from '../_lib/read-snapshot';
import type { Occurrence, Track, WalkContext } from '../_lib/walk-track';
import { walkTrack } from '../_lib/walk-track';
import { parseScenario } from '../parse-scenario';
import type { Scenario, ScenarioAction, ScenarioFeeRule } from '../scenario-schema';
import type {
  ChasedItem,
  CustomerSnapshot,
  DunningAction,
  EvaluateScenarioOptions,
  ScenarioEvaluation,
  ScenarioReason,
  SkippedStep,
} from './evaluation-types';

const DAY_MS = 86_400_000;
const parsedInputs = new WeakMap<object, Scenario>();

function compiledScenario(scenario: Scenario): CompiledScenario {
  const compiled = compiledOf(scenario);
  if (compiled !== undefined) return compiled;
  if (typeof scenario !== 'object' || scenario === null) {
    throw new InvalidArgumentError(`expected a scenario, got ${describeReceived(scenario)}`, 'scenario');
  }
  let parsed = parsedInputs.get(scenario);
  if (parsed === undefined) {
    parsed = parseScenario(scenario);
    parsedInputs.set(scenario, parsed);
  }
  return compiledOf(parsed) as CompiledScenario;
}

/** The fields of {@link EvaluateScenarioOptions}; `satisfies` keeps the list in step with the type. */
const OPTION_FIELDS = Object.keys({ now: true } satisfies Record<keyof EvaluateScenarioOptions, true>);

function readToday(options: EvaluateScenarioOptions): number {
  assertKnownFields(options, OPTION_FIELDS, 'options');
  const now = (options as EvaluateScenarioOptions | undefined)?.now;
  if (now instanceof Date) {
    const time = now.getTime();
    if (!Number.isNaN(time)) return Math.floor(time / DAY_MS);
  } else {
    const day = tryDayNumber(now);
    if (!Number.isNaN(day)) return day;
  }
  throw new InvalidArgumentError(
    `expected a Date or a civil date YYYY-MM-DD, got ${describeReceived(now)}`,
    'options.now',
  );
}

/** A step occurrence due on a unit, after merging tracks that share its key. */
interface Candidate {
  readonly occurrence: Occurrence;
  readonly key: string;
  items: readonly OpenItem[];
  readonly branch: boolean;
}

function unitOf(item: OpenItem, grouping: 0 | 1 | 2): string {
  return grouping === 0 ? 'all' : grouping === 1 ? item.currency : item.itemId;
}

/** The grouping units of the items, in first-seen order, each with its items (all of them, as they are, when they share one). */
function unitsOf(items: OpenItem[], grouping: 0 | 1 | 2): { units: string[]; unitItems: OpenItem[][] } {
  if (items.length === 0) return { units: [], unitItems: [] };
  const first = unitOf(items[0] as OpenItem, grouping);
  let shared = true;
  for (let i = 1; i < items.length && shared; i++) shared = unitOf(items[i] as OpenItem, grouping) === first;
  if (shared) return { units: [first], unitItems: [items] };
  const units: string[] = [];
  const unitItems: OpenItem[][] = [];
  for (const item of items) {
    const unit = unitOf(item, grouping);
    let index = units.indexOf(unit);
    if (index < 0) {
      index = units.length;
      units.push(unit);
      unitItems.push([]);
    }
    (unitItems[index] as OpenItem[]).push(item);
  }
  return { units, unitItems };
}

/**
 * Evaluates a dunning scenario for one customer on one day: which step occurrences are due, what to do,
 * why, what was skipped and why, and when to evaluate again. Pure and deterministic: the result depends on
 * the scenario, the snapshot and the evaluation day only, and each action carries an idempotency key that
 * does not depend on the evaluation time, so evaluating again later the same day, or the next day, never
 * produces a second key for the same step occurrence. Record executed keys in `snapshot.done`.
 *
 * @param scenario - A scenario returned by {@link parseScenario} (a raw JSON scenario is parsed on first use).
 * @param snapshot - The customer, its open invoices, payments, credit notes, events, holds and done keys.
 * @param options - The evaluation time.
 * @returns The actions due, the occurrences skipped, and the next evaluation date.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the bad field, such as
 * `snapshot.invoices[3].dueDate`, or a field the options, the snapshot or `snapshot.payer` does not have
 * (`options.nwo: unknown field; did you mean "now"?`, `snapshot.hold`, `snapshot.payer.segmnt`). The
 * customer, invoices, payments, credit notes, events and holds are records: extra fields on them are ignored.
 * @category Scenarios
 * @example
 * ```ts
 * const scenario = parseScenario(STANDARD_SCENARIO);
 * const result = evaluateScenario(scenario, snapshot, { now: new Date('2026-03-02T08:00:00Z') });
 * result.actions.map((action) => [action.kind, action.stepId]);
 * //=> [['message', 'overdue-1']]
 * ```
 */
export function evaluateScenario(
  scenario: Scenario,
  snapshot: CustomerSnapshot,
  options: EvaluateScenarioOptions,
): ScenarioEvaluation {
  const compiled = compiledScenario(scenario);
  const today = readToday(options);
  const facts = readSnapshot(snapshot, today, compiled.promiseGrace, compiled.inFlightDays, compiled.capWindow);
  const date = dateOf(today);
  if (facts === undefined) {
    return stopped(
      snapshot.customer.id,
      date,
      'excluded',
      'customer-excluded',
      'The customer is excluded from dunning.',
    );
  }
  const customerId = facts.customer.id;
  const items = facts.items;
  if (facts.customerHold !== undefined) {
    for (const item of items) {
      if (item.hold === undefined || item.holdEnd < facts.customerHoldEnd) {
        item.hold = facts.customerHold;
        item.holdEnd = facts.customerHoldEnd;
      }
    }
  }
  const customerPrefix = `${compiled.prefix}${customerId}/`;
  const record = facts.done === undefined ? undefined : new DoneRecord(facts.done, customerPrefix);
  const done = record !== undefined && record.keys.length > 0 ? record : undefined;
  if (compiled.stopCustomer && done?.terminalDone(compiled.terminalIds)) {
    const message = 'A terminal step was done; the scenario stops for this customer.';
    return stopped(customerId, date, 'after-terminal', 'after-terminal', message);
  }
  const context = new WalkState(today, facts, customerPrefix, done);

  // Units, in first-seen order.
  const { units, unitItems } = unitsOf(items, compiled.grouping);

  const candidates: Candidate[] = [];
  const skipped: SkippedStep[] = [];
  let finishedCustomer = false;

  for (let u = 0; u < units.length; u++) {
    const unit = units[u] as string;
    const all = unitItems[u] as OpenItem[];
    let chased: OpenItem[] = all;
    let held: OpenItem[] | undefined;
    for (let i = 0; i < all.length; i++) {
      if ((all[i] as OpenItem).hold !== undefined) {
        chased = [];
        held = [];
        for (const item of all) (item.hold === undefined ? chased : held).push(item);
        break;
      }
    }
    if (held !== undefined) for (const item of held) context.consider(item.holdEnd);
    const source = chased.length > 0 ? chased : (held as OpenItem[]);
    const tracks = buildTracks(unit, source, compiled, today, done, customerPrefix);
    for (const track of tracks) {
      const walked = walkTrack(track, compiled.ladder, context);
      context.consider(walked.next);
      if (walked.finished) {
        if (compiled.stopCustomer) finishedCustomer = true;
        continue;
      }
      if (chased.length === 0) {
        // The whole unit is held: report the occurrence it holds back.
        const occurrence = walked.latest;
        if (occurrence !== undefined) {
          const key = context.keyOf(unit, occurrence.step, occurrence.n, occurrence.anchor, occurrence.day);
          if (done === undefined || Number.isNaN(done.occurrenceDay(key, occurrence.step, occurrence))) {
            skipped.push(skip(occurrence, key, 'held', holdReasons(occurrence.items)));
          }
        }
        continue;
      }
      if (walked.falseLatest !== undefined) {
        const occurrence = walked.falseLatest;
        skipped.push(
          skip(
            occurrence,
            context.keyOf(unit, occurrence.step, occurrence.n, occurrence.anchor, occurrence.day),
            'condition-false',
            [
              {
                code: 'condition-false',
                stepId: occurrence.step.id,
                message: `Step ${occurrence.step.id} was skipped because ${occurrence.failed as string}.`,
              },
            ],
          ),
        );
      }
      if (walked.latest !== undefined) addCandidate(candidates, walked.latest, context, false);
    }
    // The promise-broken branch, per day a promise broke.
    if (compiled.branch.length > 0 && chased.length > 0) {
      for (const track of branchTracks(unit, chased, today)) {
        const walked = walkTrack(track, compiled.branch, context);
        context.consider(walked.next);
        if (walked.latest !== undefined) addCandidate(candidates, walked.latest, context, true);
      }
    }
  }

  if (finishedCustomer) {
    const message = 'A terminal step was done; the scenario stops for this customer.';
    return stopped(customerId, date, 'after-terminal', 'after-terminal', message);
  }

  // Most advanced steps first, then by key: the order the contact cap spends its budget in.
  candidates.sort((a, b) =>
    a.occurrence.step.index !== b.occurrence.step.index
      ? b.occurrence.step.index - a.occurrence.step.index
      : a.key < b.key
        ? -1
        : a.key > b.key
          ? 1
          : 0,
  );
  const actions: DunningAction[] = [];
  let sent = facts.sentDays.length;
  let capBlocked = false;
  for (const candidate of candidates) {
    const occurrence = candidate.occurrence;
    const step = occurrence.step;
    // Credits and unapplied cash covering a currency's chased balance suppress that currency.
    let chasedItems = candidate.items;
    const suppressedReasons: ScenarioReason[] = [];
    if (facts.creditCurrencies.length > 0) {
      const kept: OpenItem[] = [];
      for (const currency of currenciesOf(chasedItems)) {
        let balance = 0;
        for (const item of chasedItems) if (item.currency === currency) balance += item.minor;
        const index = facts.creditCurrencies.indexOf(currency);
        const credit = index < 0 ? 0 : (facts.creditMinor[index] as number);
        if (credit >= balance) {
          suppressedReasons.push({
            code: 'credits-cover-balance',
            currency,
            message: `Unapplied cash and open credits of ${currency} ${moneyToDecimalString({ currency, minor: credit })} cover the ${currency} balance of ${moneyToDecimalString({ currency, minor: balance })}.`,
          });
        } else for (const item of chasedItems) if (item.currency === currency) kept.push(item);
      }
      chasedItems = kept;
    }
    if (chasedItems.length === 0) {
      skipped.push(skip(occurrence, candidate.key, 'suppressed', suppressedReasons));
      continue;
    }
    // Usually on the day after: every action of the occurrence was done; build nothing for it.
    if (done?.allDone(candidate.key, step, chasedItems) === true) continue;
    const baseReasons = reasonsFor(
      occurrence,
      candidate.branch,
      suppressedReasons,
      unitItems[units.indexOf(occurrence.track.unit)] as OpenItem[],
    );
    const chasedList = chasedItems.map(toChased);
    const balances = balancesOf(chasedItems);
    const scheduledDate = dateOf(occurrence.day);
    const anchorDate = dateOf(occurrence.anchor);
    const unit = occurrence.track.unit;
    const common: ActionCommon = {
      customerId,
      stepId: step.id,
      occurrence: occurrence.n,
      scheduledDate,
      anchorDate,
      unit,
      items: chasedList,
      balances,
      reasons: baseReasons,
    };
    for (let a = 0; a < step.actions.length; a++) {
      const spec = step.actions[a] as ScenarioAction;
      if (spec.kind === 'fee' || spec.kind === 'interest') {
        for (const balance of balances) {
          if (done !== undefined && !Number.isNaN(done.dayOf(candidate.key, a, balance.currency))) continue;
          const key = `${candidate.key}:${a}.${balance.currency}`;
          if (spec.kind === 'interest') {
            actions.push(
              actionOf(common, key, { kind: 'interest', regime: spec.regime, options: spec.options ?? {}, balance }),
            );
          } else if (feeCurrency(spec.rule) === undefined || feeCurrency(spec.rule) === balance.currency) {
            const fee = feeOf(spec.rule, balance);
            actions.push(
              actionOf(common, key, {
                kind: 'fee',
                rule: spec.rule,
                balance,
                amount: fee.amount,
                explanation: fee.explanation,
              }),
            );
          }
        }
        continue;
      }
      if (done !== undefined && !Number.isNaN(done.dayOf(candidate.key, a, undefined))) continue;
      const key = `${candidate.key}:${a}`;
      if (spec.kind !== 'message') {
        actions.push(actionOf(common, key, payloadOf(spec)));
        continue;
      }
      const deliveries = deliveriesFor(spec, facts, compiled);
      if (deliveries.length === 0) {
        const channels = spec.channels === 'auto' ? 'any channel' : spec.channels.join(' or ');
        skipped.push(
          skip(occurrence, candidate.key, 'no-contact', [
            {
              code: 'no-allowed-contact',
              stepId: step.id,
              message: `No contact can receive ${channels} (no address, no consent, or opted out).`,
            },
          ]),
        );
        continue;
      }
      const cost = spec.channels === 'auto' ? 1 : deliveries.length;
      if (sent + cost > compiled.capMax) {
        capBlocked = true;
        skipped.push(
          skip(occurrence, candidate.key, 'contact-cap', [
            {
              code: 'contact-cap',
              stepId: step.id,
              message: `At most ${compiled.capMax} messages per ${compiled.capWindow} days; ${sent} already count.`,
            },
          ]),
        );
        continue;
      }
      sent += cost;
      actions.push(
        actionOf(common, key, {
          kind: 'message',
          auto: spec.channels === 'auto',
          deliveries,
          tone: spec.tone,
          template: spec.template,
        }),
      );
    }
  }
  if (capBlocked) {
    // The budget frees up when the oldest counted message leaves the window.
    let oldest = today + 1 - compiled.capWindow;
    if (facts.sentDays.length > 0) oldest = Math.min(...facts.sentDays);
    context.consider(Math.max(oldest + compiled.capWindow, today + 1));
  }
  return {
    customerId,
    date,
    actions: exactArray(actions),
    skipped: exactArray(skipped),
    nextEvaluationDate: context.next === Number.POSITIVE_INFINITY ? undefined : dateOf(context.next),
  };
}

/** The walk's view of the evaluation (methods on a prototype: no closures per call). */
class WalkState implements WalkContext {
  next = Number.POSITIVE_INFINITY;
  readonly hasDone: boolean;
  constructor(
    readonly today: number,
    readonly facts: SnapshotFacts,
    readonly customerPrefix: string,
    readonly done: DoneRecord | undefined,
  ) {
    this.hasDone = done !== undefined;
  }

  consider(day: number): void {
    if (!Number.isNaN(day) && day > this.today && day < this.next) this.next = day;
  }

  keyOf(unit: string, step: CompiledStep, n: number, anchor: number, day: number): string {
    // Joined rather than concatenated: one flat string instead of a tree of pieces, less than half the memory.
    return [this.customerPrefix, unit, '/', dateOf(anchor), '/', step.id, '#', n, '/', dateOf(day)].join('');
  }

  doneDay(step: CompiledStep, n: number, anchor: number, day: number, track: Track): number {
    if (this.done === undefined) return Number.NaN;
    return this.done.occurrenceDay(this.keyOf(track.unit, step, n, anchor, day), step, track);
  }

  checkConditions(step: CompiledStep, covered: readonly OpenItem[], result: { until: number }): string | undefined {
    return checkConditions(step, covered, this.facts, this.today, result);
  }
}

/** The currency a fee rule is written in (a fixed amount, or a percentage's caps), or undefined. */
function feeCurrency(rule: ScenarioFeeRule): string | undefined {
  return rule.kind === 'fixed' ? rule.amount.currency : (rule.min ?? rule.max)?.currency;
}

/** The result for a customer the scenario does nothing for at all. */
function stopped(
  customerId: string,
  date: CivilDate,
  kind: 'excluded' | 'after-terminal',
  code: string,
  message: string,
): ScenarioEvaluation {
  const reasons = [{ code, message }];
  const skipped: SkippedStep = {
    stepId: undefined,
    unit: undefined,
    scheduledDate: undefined,
    key: undefined,
    kind,
    reasons,
  };
  return { customerId, date, actions: [], skipped: [skipped], nextEvaluationDate: undefined };
}

function addCandidate(candidates: Candidate[], occurrence: Occurrence, state: WalkState, branch: boolean): void {
  const key = state.keyOf(occurrence.track.unit, occurrence.step, occurrence.n, occurrence.anchor, occurrence.day);
  for (const candidate of candidates) {
    if (candidate.key === key) {
      // Copied on the first merge only: most occurrences keep their track's items as they are.
      const merged =
        candidate.items === candidate.occurrence.items ? [...candidate.items] : (candidate.items as OpenItem[]);
      for (const item of occurrence.items) if (!merged.includes(item)) merged.push(item);
      merged.sort((a, b) => a.dueDay - b.dueDay || (a.itemId < b.itemId ? -1 : 1));
      candidate.items = merged;
      return;
    }
  }
  candidates.push({ occurrence, key, items: occurrence.items, branch });
}

function toChased(item: OpenItem): ChasedItem {
  return {
    invoiceId: item.invoiceId,
    installment: item.installment,
    dueDate: item.dueDate,
    amount: { currency: item.currency, minor: item.minor },
  };
}

function balancesOf(items: readonly OpenItem[]): Money[] {
  const currency = (items[0] as OpenItem).currency;
  let minor = 0;
  for (const item of items) {
    if (item.currency !== currency) return balancesByCurrency(items);
    minor += item.minor;
  }
  return [{ currency, minor }];
}

function balancesByCurrency(items: readonly OpenItem[]): Money[] {
  const balances: Money[] = [];
  for (const currency of currenciesOf(items)) {
    let minor = 0;
    for (const item of items) if (item.currency === currency) minor += item.minor;
    balances.push({ currency, minor });
  }
  return balances;
}

function holdReasons(items: readonly OpenItem[]): ScenarioReason[] {
  const reasons: ScenarioReason[] = [];
  for (const item of items) {
    const reason = item.hold;
    if (reason !== undefined && !reasons.includes(reason)) reasons.push(reason);
  }
  return reasons;
}

function reasonsFor(
  occurrence: Occurrence,
  branch: boolean,
  suppressed: readonly ScenarioReason[],
  unitItems: readonly OpenItem[],
): ScenarioReason[] {
  const step = occurrence.step;
  const relation =
    step.anchor === 2
      ? 'after the previous step'
      : step.anchor === 3
        ? 'after the promise to pay broke'
        : step.anchor === 1
          ? 'after the oldest overdue due date'
          : 'after the due date';
  const offset = step.offset + occurrence.n * step.every;
  // A negative offset reads "3 days before the due date", not "-3 days after".
  const message = [
    'Step ',
    step.id,
    occurrence.n > 0 ? ` (repeat ${occurrence.n})` : '',
    ' was due on ',
    dateOf(occurrence.day),
    ', ',
    offset < 0 ? -offset : offset,
    ' days ',
    offset < 0 ? relation.replace(/^after/, 'before') : relation,
    ' ',
    dateOf(occurrence.anchor),
    '.',
  ].join(''); // one flat string: these are kept with every action
  const reasons: ScenarioReason[] = [{ code: branch ? 'promise-broken' : 'step-due', stepId: step.id, message }];
  for (const reason of suppressed) reasons.push(reason);
  // Items of the unit left out of this action, or chased only in part, and why.
  for (const reason of holdReasons(unitItems)) reasons.push(reason);
  for (const item of unitItems) if (item.partial !== undefined) reasons.push(item.partial);
  return reasons.length === 1 ? reasons : exactArray(reasons);
}

function skip(
  occurrence: Occurrence,
  key: string,
  kind: SkippedStep['kind'],
  reasons: readonly ScenarioReason[],
): SkippedStep {
  return {
    stepId: occurrence.step.id,
    unit: occurrence.track.unit,
    scheduledDate: dateOf(occurrence.day),
    key,
    kind,
    reasons,
  };
}
