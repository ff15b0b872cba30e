export type {
  OutreachDecision,
  OutreachEstimate,
  OutreachFactor,
  OutreachReason,
  OutreachReasonCode,
} from './choose-outreach';
export { chooseOutreach } from './choose-outreach';
export type { OutreachLearnerOptions } from './create-outreach-learner';
export { createOutreachLearner } from './create-outreach-learner';
export type {
  OutreachArmCounts,
  OutreachFactorCounts,
  OutreachLearnerSettings,
  OutreachLearnerState,
} from './learner-state';
export type {
  OutreachContext,
  OutreachOutcome,
  OutreachResult,
  OutreachTone,
  OutreachTouch,
  SendSlot,
} from './learner-types';
export { outcomeOfTouch } from './outcome-of-touch';
export { parseOutreachLearnerState } from './parse-outreach-learner-state';
export { recordOutreachOutcome } from './record-outreach-outcome';
export { recordOutreachOutcomes } from './record-outreach-outcomes';
export type {
  OutcomeOfTouchOptions,
  SentOutreachTouch,
  TouchOutcome,
  TouchOutcomePending,
  TouchOutcomeSettled,
} from './touch-outcome-types';
