// What a collection policy would do to this book before it touches a customer: a synthetic portfolio fitted
// to how the ledger pays, backtested with no reminders, a fixed email ladder and the adaptive policy.
import type { CivilDate, LedgerInput } from '@overdue/core';
import type { PreparedLedger } from '@overdue/receivables';
import type { PolicyComparison, PortfolioFit } from '@overdue/simulator';
import {
  comparePolicies,
  createAdaptivePolicy,
  createFixedLadderPolicy,
  createNoReminderPolicy,
  fitPortfolio,
  profileLedger,
} from '@overdue/simulator';

/** Sizes of the backtest: small enough for a quickstart, large enough to read a spread. */
export interface BookBacktestOptions {
  /** The day the ledger is read as of. */
  asOf: CivilDate;
  /** Seed of the fit and of the portfolios. */
  seed: string;
  /** Customers of each simulated portfolio. Default 1,000. */
  customers?: number;
  /** Days simulated. Default 180. */
  days?: number;
  /** Seeds (portfolios) compared. Default 3. */
  seeds?: number;
  /** Portfolio currency, one of the simulator's. Default `EUR`. */
  currency?: 'EUR' | 'GBP' | 'USD';
}

/** The fit and the comparison on the fitted portfolios. */
export interface BookBacktest {
  fit: PortfolioFit;
  comparison: PolicyComparison;
}

/** One row of the backtest table, in words. */
export interface BookBacktestRow {
  policy: string;
  /** Mean average overdue balance in minor units of the comparison's currency. */
  averageOverdueMinor: number;
  /** Mean reduction of the average overdue balance against no reminders, paired by seed, in percent. */
  lessThanNoReminders: number | undefined;
  /** Mean messages sent. */
  messages: number;
  /** Mean payment plans accepted. */
  plans: number;
}

/** Fits a portfolio to the ledger and compares the three policies on it. */
export function backtestBook(ledger: LedgerInput | PreparedLedger, options: BookBacktestOptions): BookBacktest {
  const fit = fitPortfolio(profileLedger(ledger, { asOf: options.asOf }), {
    seed: options.seed,
    customersPerArchetype: 300,
  });
  const comparison = comparePolicies({
    ...fit.portfolioOptions,
    currency: options.currency ?? 'EUR',
    policies: [createNoReminderPolicy(), createFixedLadderPolicy(), createAdaptivePolicy()],
    customers: options.customers ?? 1000,
    days: options.days ?? 180,
    seeds: Array.from({ length: options.seeds ?? 3 }, (_, index) => `${options.seed}:${index + 1}`),
  });
  return { fit, comparison };
}

/** The comparison as table rows, in the policies' order. */
export function backtestRows(comparison: PolicyComparison): BookBacktestRow[] {
  return comparison.policies.map((policy) => ({
    policy: policy.name,
    averageOverdueMinor: policy.averageOverdue.mean.minor,
    lessThanNoReminders: policy.overdueReduction.find((entry) => entry.against === 'no-reminders')?.percent.mean,
    messages: policy.messagesSent.mean,
    plans: policy.plansAccepted.mean,
  }));
}
