// Public exports of this folder; re-exported by src/index.ts.
export type { MeasurePaymentBehaviourOptions, PaymentBehaviour } from './measure-payment-behaviour';
export { measurePaymentBehaviour } from './measure-payment-behaviour';
export type { SimulatePortfolioOptions } from './simulate-portfolio';
export { simulatePortfolio } from './simulate-portfolio';
export type {
  ArchetypeTotals,
  CurrencyKpis,
  CurrencyTotals,
  InvoiceColumns,
  SimulationResult,
  SimulationSample,
} from './simulation-types';
