// Public exports of this folder; re-exported by src/index.ts.

export { evaluateScenario } from './evaluate/evaluate-scenario';
export type {
  ChasedItem,
  CustomerHold,
  CustomerSnapshot,
  DunningAction,
  DunningActionBase,
  EvaluateScenarioOptions,
  InterestItem,
  MessageDelivery,
  ScenarioEvaluation,
  ScenarioReason,
  SkippedStep,
} from './evaluate/evaluation-types';
export type { InterestCharge } from './interest-for-action';
export { interestForAction } from './interest-for-action';
export { parseScenario } from './parse-scenario';
export type { PreviewDay, PreviewScenarioOptions, ScenarioPreview } from './preview/preview-scenario';
export { previewScenario } from './preview/preview-scenario';
export { GENTLE_B2B_SCENARIO, STANDARD_SCENARIO, STRICT_SCENARIO } from './ready-made-scenarios';
export type {
  ContactCap,
  Scenario,
  ScenarioAction,
  ScenarioConditions,
  ScenarioFeeRule,
  ScenarioInput,
  ScenarioRange,
  ScenarioRepeat,
  ScenarioStep,
  ScenarioTagCondition,
  ScenarioTone,
} from './scenario-schema';
export { scenarioInputSchema } from './scenario-schema';
