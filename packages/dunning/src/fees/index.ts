// Public exports of this folder; re-exported by src/index.ts.
export type { ComputedFee, ComputeFeeOptions, FeeRule } from './compute-fee';
export { computeFee } from './compute-fee';
export { feesToCharge } from './fees-to-charge';
export type { InterestRateEntry } from './interest-rate-tables';
export {
  BANK_OF_ENGLAND_BASE_RATES,
  DEFAULT_RATES_CHECKED_THROUGH,
  ECB_MAIN_REFINANCING_RATES,
} from './interest-rate-tables';
export { parseInterestRule } from './parse-interest-rule';
export type {
  DebtPayment,
  InterestDebt,
  InterestPeriod,
  InterestRegime,
  InterestRule,
  StatutoryInterest,
  StatutoryInterestOptions,
} from './statutory-interest';
export { statutoryInterest } from './statutory-interest';
