/**
 * The portfolio the scoring prediction benchmarks share: a model trained (untimed) on a portfolio made the
 * same way at a twentieth of the size (another seed), and the large portfolio itself: `historyInvoices`
 * invoices spread over each customer's 12 to 24 months, plus open invoices of the last weeks until
 * `openInvoices` are open at the as-of date, all in the ledger.
 */
import { generatePaymentHistory } from './generate-payment-history';
import { type PaymentModel, trainPaymentModel } from './scoring-api';

export const asOf = '2026-06-30';

export interface PortfolioSize {
  customers: number;
  historyInvoices: number;
  openInvoices: number;
}

/** The model, trained on the small portfolio, and how many invoices that portfolio's ledger held. */
export function modelFor(size: PortfolioSize): { model: PaymentModel; modelLedgerInvoices: number } {
  const sample = generatePaymentHistory({
    customers: Math.round(size.customers / 20),
    historyInvoices: Math.round(size.historyInvoices / 20),
    openInvoices: Math.round(size.openInvoices / 20),
    asOf,
    seed: 11,
  });
  return { model: trainPaymentModel(sample.ledger, { seed: 7 }), modelLedgerInvoices: sample.ledger.invoices.length };
}

/** The large portfolio. */
export function portfolioOf(size: PortfolioSize): ReturnType<typeof generatePaymentHistory> {
  return generatePaymentHistory({ ...size, asOf, seed: 13 });
}

/** `<open invoices> <customers> <history invoices> <runs>` from a benchmark's command line, with defaults. */
export function portfolioFromArguments(args: readonly string[]): { portfolio: PortfolioSize; runs: number } {
  const [openText = '1000000', customersText = '100000', historyText = '1800000', runsText = '3'] = args;
  return {
    portfolio: {
      customers: Number(customersText),
      historyInvoices: Number(historyText),
      openInvoices: Number(openText),
    },
    runs: Number(runsText),
  };
}
