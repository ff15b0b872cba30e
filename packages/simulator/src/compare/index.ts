// Public exports of this folder; re-exported by src/index.ts.
export type {
  ArchetypeSummary,
  ComparePoliciesOptions,
  ComparisonPoint,
  MoneyStatistic,
  OverdueReduction,
  PolicyComparison,
  PolicySummary,
  SummaryStatistic,
} from './compare-policies';
export { comparePolicies } from './compare-policies';
