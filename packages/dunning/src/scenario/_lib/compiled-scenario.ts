import type { Channel } from '@overdue/core';
import type { Scenario, ScenarioAction, ScenarioStep } from '../scenario-schema';

/** A step in the form the evaluator walks. */
export interface CompiledStep {
  readonly step: ScenarioStep;
  readonly id: string;
  readonly index: number;
  /** 0 due-date, 1 oldest-overdue, 2 previous-step, 3 promise-broken. */
  readonly anchor: 0 | 1 | 2 | 3;
  readonly offset: number;
  readonly every: number;
  /** Occurrences in all: 1 + repeats. */
  readonly occurrences: number;
  readonly terminal: boolean;
  readonly actions: readonly ScenarioAction[];
  readonly hasMessage: boolean;
  /** minBalance as currency -> minor units, or undefined. */
  readonly minBalance: ReadonlyMap<string, number> | undefined;
}

/** A parsed scenario's evaluator data. */
export interface CompiledScenario {
  readonly prefix: string;
  readonly ladder: readonly CompiledStep[];
  readonly branch: readonly CompiledStep[];
  readonly grouping: 0 | 1 | 2;
  readonly reanchor: 0 | 1 | 2;
  readonly stopCustomer: boolean;
  /** Ids of the terminal steps. */
  readonly terminalIds: ReadonlySet<string>;
  readonly promiseGrace: number;
  readonly inFlightDays: number;
  readonly capMax: number;
  readonly capWindow: number;
  readonly requireConsent: ReadonlySet<Channel>;
}

const compiledScenarios = new WeakMap<Scenario, CompiledScenario>();

/** Records the compiled form of a scenario. */
export function rememberCompiled(scenario: Scenario, compiled: CompiledScenario): void {
  compiledScenarios.set(scenario, compiled);
}

/** The compiled form of a scenario returned by parseScenario, or undefined. */
export function compiledOf(scenario: Scenario): CompiledScenario | undefined {
  return compiledScenarios.get(scenario);
}
