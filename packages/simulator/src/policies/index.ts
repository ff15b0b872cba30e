// Public exports of this folder; re-exported by src/index.ts.
export { createNoReminderPolicy } from './create-no-reminder-policy';
export type {
  CollectionPolicy,
  MessageTone,
  PolicyAction,
  PolicyCustomer,
  PolicyDay,
  PolicyRun,
  PolicyStart,
} from './policy-types';
