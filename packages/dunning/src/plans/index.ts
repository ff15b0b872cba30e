// Public exports of this folder; re-exported by src/index.ts.
export type { PlanInstallmentsAsInvoicesOptions } from './plan-installments-as-invoices';
export { planInstallmentsAsInvoices } from './plan-installments-as-invoices';
export type {
  PaymentFrequency,
  PaymentInstallment,
  PaymentPlan,
  PaymentPlanAdjustment,
  ProposePaymentPlanOptions,
} from './propose-payment-plan';
export { proposePaymentPlan } from './propose-payment-plan';
