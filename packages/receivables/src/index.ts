export type { PreparedLedger } from './prepare-ledger';
export { prepareLedger } from './prepare-ledger';
export type { LedgerWarning } from './open-balances/ledger-warning';
export type {
  OpenBalances,
  OpenBalancesAsOfOptions,
  OpenItem,
  UnappliedBalance,
} from './open-balances/open-balances-as-of';
export { openBalancesAsOf } from './open-balances/open-balances-as-of';
export type { AgingBasis, AgingBucket } from './aging/aging-buckets';
export { agingBuckets } from './aging/aging-buckets';
export type { AgingReport, AgingRow, AgingTotal } from './aging/aging-report';
export type { OpenItemInput } from './aging/open-item-input';
export { openItemInputSchema } from './aging/open-item-input';
export type { AgeReceivablesOptions, AgingSource } from './aging/age-receivables';
export { ageReceivables } from './aging/age-receivables';
export type {
  Countback,
  CountbackWindow,
  DsoMethod,
  DsoOptions,
  KpiOptions,
  KpiResult,
  SalesConvention,
} from './kpis/kpi-types';
export type { DaysSalesOutstandingOptions, DsoResult } from './kpis/days-sales-outstanding';
export { daysSalesOutstanding } from './kpis/days-sales-outstanding';
export type { BestPossibleDsoOptions, BestPossibleDsoResult } from './kpis/best-possible-dso';
export { bestPossibleDso } from './kpis/best-possible-dso';
export type { AverageDaysDelinquentOptions, AverageDaysDelinquentResult } from './kpis/average-days-delinquent';
export { averageDaysDelinquent } from './kpis/average-days-delinquent';
export type {
  CollectionEffectivenessIndexOptions,
  CollectionEffectivenessIndexResult,
} from './kpis/collection-effectiveness-index';
export { collectionEffectivenessIndex } from './kpis/collection-effectiveness-index';
export type { PercentCurrentOptions, PercentCurrentResult } from './kpis/percent-current';
export { percentCurrent } from './kpis/percent-current';
export type { AverageDaysToPayOptions, AverageDaysToPayResult } from './kpis/average-days-to-pay';
export { averageDaysToPay } from './kpis/average-days-to-pay';
export type { DaysLateBasis, WeightedDaysLateOptions, WeightedDaysLateResult } from './kpis/weighted-days-late';
export { weightedDaysLate } from './kpis/weighted-days-late';
export type { KpiSeries, KpiSeriesOptions, KpiSeriesPeriod, KpiSeriesPoint } from './kpis/kpi-series';
export { kpiSeries } from './kpis/kpi-series';
export type { InvoiceSettlements } from './settlements/invoice-settlements';
export { invoiceSettlements } from './settlements/invoice-settlements';
