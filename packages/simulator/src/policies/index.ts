// Public exports of this folder; re-exported by src/index.ts.

export type { AdaptivePolicyOptions } from './create-adaptive-policy';
export { ADAPTIVE_SCENARIO, createAdaptivePolicy } from './create-adaptive-policy';
export type { FixedLadderPolicyOptions } from './create-fixed-ladder-policy';
export { createFixedLadderPolicy } from './create-fixed-ladder-policy';
export { createNoReminderPolicy } from './create-no-reminder-policy';
export type {
  CollectionPolicy,
  MessageTone,
  PlanOffer,
  PolicyAction,
  PolicyCustomer,
  PolicyDay,
  PolicyRun,
  PolicyStart,
} from './policy-types';
