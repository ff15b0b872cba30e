import type { Money } from '@overdue/core';
import { InvalidArgumentError, parseInput, parseMoney } from '@overdue/core';
import { parseInterestRule } from '../fees/parse-interest-rule';
import type { CompiledStep } from './_lib/compiled-scenario';
import { rememberCompiled } from './_lib/compiled-scenario';
import type {
  Scenario,
  ScenarioAction,
  ScenarioConditions,
  ScenarioFeeRule,
  ScenarioInput,
  ScenarioStep,
} from './scenario-schema';
import { scenarioInputSchema } from './scenario-schema';

type RawStep = ScenarioInput['steps'][number];
type RawAction = RawStep['actions'][number];

const ANCHORS = { 'due-date': 0, 'oldest-overdue': 1, 'previous-step': 2, 'promise-broken': 3 } as const;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

function feeRule(rule: Extract<RawAction, { kind: 'fee' }>['rule'], path: string): ScenarioFeeRule {
  if (rule.kind === 'fixed') {
    const amount = parseMoney(rule.amount, rule.currency, `${path}.amount`);
    if (amount.minor <= 0)
      throw new InvalidArgumentError(`expected a positive amount, got "${rule.amount}"`, `${path}.amount`);
    return { kind: 'fixed', amount };
  }
  const parsed: { kind: 'percent'; percent: number; min?: Money; max?: Money } = {
    kind: 'percent',
    percent: rule.percent,
  };
  for (const bound of ['min', 'max'] as const) {
    const value = rule[bound];
    if (value === undefined) continue;
    if (rule.currency === undefined)
      throw new InvalidArgumentError(`a ${bound} amount needs its currency`, `${path}.currency`);
    parsed[bound] = parseMoney(value, rule.currency, `${path}.${bound}`);
  }
  if (parsed.min !== undefined && parsed.max !== undefined && parsed.min.minor > parsed.max.minor) {
    throw new InvalidArgumentError('expected min not greater than max', `${path}.min`);
  }
  return parsed;
}

function action(raw: RawAction, path: string): ScenarioAction {
  switch (raw.kind) {
    case 'message': {
      const message: ScenarioAction = {
        kind: 'message',
        channels: raw.channels === 'auto' ? 'auto' : [...raw.channels],
        mode: raw.mode ?? 'all',
        tone: raw.tone,
        template: raw.template,
      };
      if (raw.channels !== 'auto' && new Set(raw.channels).size !== raw.channels.length) {
        throw new InvalidArgumentError('expected each channel at most once', `${path}.channels`);
      }
      return raw.contactRoles === undefined ? message : { ...message, contactRoles: [...raw.contactRoles] };
    }
    case 'task':
      return raw.note === undefined
        ? { kind: 'task', task: raw.task, ownerRole: raw.ownerRole }
        : { kind: 'task', task: raw.task, ownerRole: raw.ownerRole, note: raw.note };
    case 'fee':
      return { kind: 'fee', rule: feeRule(raw.rule, `${path}.rule`) };
    case 'interest':
      // Checked now, so a misspelt option fails when the scenario is loaded, not on the day the step fires.
      parseInterestRule({ ...raw.options, regime: raw.regime }, `${path}.options`);
      return raw.options === undefined
        ? { kind: 'interest', regime: raw.regime }
        : { kind: 'interest', regime: raw.regime, options: { ...raw.options } };
    case 'credit-hold':
      return { kind: 'credit-hold' };
    case 'agency':
      return raw.agency === undefined ? { kind: 'agency' } : { kind: 'agency', agency: raw.agency };
    default:
      return raw.data === undefined
        ? { kind: 'event', name: raw.name }
        : { kind: 'event', name: raw.name, data: { ...raw.data } };
  }
}

function conditions(raw: NonNullable<RawStep['when']>, path: string): ScenarioConditions {
  const when: ScenarioConditions = {};
  if (raw.minBalance !== undefined) {
    const minBalance: Record<string, Money> = {};
    for (const [currency, amount] of Object.entries(raw.minBalance)) {
      minBalance[currency] = parseMoney(amount, currency, `${path}.minBalance.${currency}`);
    }
    when.minBalance = minBalance;
  }
  if (raw.daysOverdue !== undefined) when.daysOverdue = { ...raw.daysOverdue } as { min?: number; max?: number };
  if (raw.invoiceCount !== undefined) when.invoiceCount = { ...raw.invoiceCount } as { min?: number; max?: number };
  if (raw.segments !== undefined) when.segments = [...raw.segments];
  if (raw.score !== undefined) when.score = { ...raw.score } as { min?: number; max?: number };
  if (raw.tags !== undefined) when.tags = { ...raw.tags } as ScenarioConditions['tags'] & object;
  if (raw.locales !== undefined) when.locales = [...raw.locales];
  if (raw.countries !== undefined) when.countries = [...raw.countries];
  return when;
}

function compileStep(step: ScenarioStep): CompiledStep {
  const minBalance = step.when?.minBalance;
  return {
    step,
    id: step.id,
    index: step.index,
    anchor: ANCHORS[step.anchor],
    offset: step.offsetDays,
    every: step.repeat?.everyDays ?? 0,
    occurrences: 1 + (step.repeat?.times ?? 0),
    terminal: step.terminal,
    actions: step.actions,
    hasMessage: step.actions.some((candidate) => candidate.kind === 'message'),
    minBalance:
      minBalance === undefined
        ? undefined
        : new Map(Object.entries(minBalance).map(([currency, money]) => [currency, money.minor])),
  };
}

/**
 * Validates a dunning scenario written as plain JSON and returns it parsed, with defaults filled in,
 * frozen and compiled for {@link evaluateScenario}. Parse once and evaluate many customers with it.
 *
 * Beyond the schema it checks that step ids are unique, that a `previous-step` anchor has a previous
 * step of the same trigger, that `promise-broken` steps anchor on `promise-broken` or `previous-step`
 * (and ladder steps never on `promise-broken`), and that every amount is exact in its currency.
 *
 * @param input - The scenario JSON (`version: 1`).
 * @returns The parsed scenario.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the first bad field, such as
 * `scenario.steps[2].offsetDays: expected an integer, got "x"`.
 * @category Scenarios
 * @example
 * ```ts
 * const scenario = parseScenario({
 *   version: 1, id: 'mini', revision: 1,
 *   steps: [{ id: 'r1', anchor: 'due-date', offsetDays: 3,
 *     actions: [{ kind: 'message', channels: ['email'], tone: 'friendly', template: 'overdue' }] }],
 * });
 * scenario.grouping;
 * //=> 'customer-currency'
 * ```
 */
export function parseScenario(input: unknown): Scenario {
  const raw = parseInput(scenarioInputSchema, input, 'scenario');
  const seen = new Set<string>();
  const steps: ScenarioStep[] = [];
  const lastOfTrigger = { ladder: -1, 'promise-broken': -1 };
  for (const [index, rawStep] of raw.steps.entries()) {
    const path = `scenario.steps[${index}]`;
    if (seen.has(rawStep.id)) throw new InvalidArgumentError(`duplicate step id "${rawStep.id}"`, `${path}.id`);
    seen.add(rawStep.id);
    const trigger = rawStep.trigger ?? 'ladder';
    if (rawStep.anchor === 'previous-step' && lastOfTrigger[trigger] < 0) {
      throw new InvalidArgumentError(`the first ${trigger} step has no previous step to anchor on`, `${path}.anchor`);
    }
    if (rawStep.anchor === 'previous-step' && rawStep.offsetDays < 0) {
      throw new InvalidArgumentError(
        `expected 0 or more days after the previous step, got ${rawStep.offsetDays}`,
        `${path}.offsetDays`,
      );
    }
    if (trigger === 'ladder' && rawStep.anchor === 'promise-broken') {
      throw new InvalidArgumentError(
        'only steps with trigger "promise-broken" can anchor on "promise-broken"',
        `${path}.anchor`,
      );
    }
    if (trigger === 'promise-broken' && (rawStep.anchor === 'due-date' || rawStep.anchor === 'oldest-overdue')) {
      throw new InvalidArgumentError(
        `a promise-broken step anchors on "promise-broken" or "previous-step", got "${rawStep.anchor}"`,
        `${path}.anchor`,
      );
    }
    if (rawStep.terminal === true && rawStep.repeat !== undefined) {
      throw new InvalidArgumentError('a terminal step cannot repeat', `${path}.repeat`);
    }
    lastOfTrigger[trigger] = index;
    steps.push({
      id: rawStep.id,
      index,
      trigger,
      anchor: rawStep.anchor,
      offsetDays: rawStep.offsetDays,
      repeat: rawStep.repeat === undefined ? undefined : { ...rawStep.repeat },
      when: rawStep.when === undefined ? undefined : conditions(rawStep.when, `${path}.when`),
      actions: rawStep.actions.map((rawAction, actionIndex) => action(rawAction, `${path}.actions[${actionIndex}]`)),
      terminal: rawStep.terminal ?? false,
    });
  }
  const scenario: Scenario = deepFreeze({
    version: 1,
    id: raw.id,
    revision: raw.revision,
    name: raw.name,
    grouping: raw.grouping ?? 'customer-currency',
    reanchor: raw.reanchor ?? 'keep-position',
    afterTerminal: raw.afterTerminal ?? 'stop-unit',
    promiseGraceDays: raw.promiseGraceDays ?? 3,
    paymentInFlightDays: raw.paymentInFlightDays ?? 3,
    contactCap: raw.contactCap === undefined ? undefined : { ...raw.contactCap },
    requireConsent: [...(raw.requireConsent ?? [])],
    steps,
  });
  const compiled = scenario.steps.map(compileStep);
  rememberCompiled(scenario, {
    prefix: `${scenario.id}@${scenario.revision}/`,
    ladder: compiled.filter((step) => step.step.trigger === 'ladder'),
    branch: compiled.filter((step) => step.step.trigger === 'promise-broken'),
    grouping: scenario.grouping === 'customer' ? 0 : scenario.grouping === 'customer-currency' ? 1 : 2,
    reanchor: scenario.reanchor === 'restart' ? 0 : scenario.reanchor === 'keep-position' ? 1 : 2,
    stopCustomer: scenario.afterTerminal === 'stop-customer',
    terminalIds: new Set(scenario.steps.filter((step) => step.terminal).map((step) => step.id)),
    promiseGrace: scenario.promiseGraceDays,
    inFlightDays: scenario.paymentInFlightDays,
    capMax: scenario.contactCap?.maxMessages ?? Number.POSITIVE_INFINITY,
    capWindow: scenario.contactCap?.windowDays ?? 0,
    requireConsent: new Set(scenario.requireConsent),
  });
  return scenario;
}
