// `--ledger file.csv`: the portfolio fitted to a real receivables export instead of the UK-calibrated default.

import type { LedgerInput } from '@overdue/core';
import { addDays } from '@overdue/core';
import { readReceivablesCsv, sharesInWords } from '@overdue/example-support';
import type { PreparedLedger } from '@overdue/receivables';
import { averageDaysDelinquent, daysSalesOutstanding, prepareLedger } from '@overdue/receivables';
import type { DaysLateQuantiles, FitFigures, LedgerProfile, PortfolioFit } from '@overdue/simulator';
import { fitPortfolio, profileLedger } from '@overdue/simulator';

/** A ledger read, profiled and fitted. */
export interface LedgerFit {
  /** Where it was read from. */
  path: string;
  /** The currency the amounts were read in (the export has no currency column: USD). */
  currency: 'USD';
  profile: LedgerProfile;
  fit: PortfolioFit;
  /** The ledger's KPIs as the simulator measures them, which the fit does not use: a check on it. */
  kpis: LedgerKpis;
}

/** Means of the daily trailing 30-day DSO and ADD over the year ending `settleDays` before the profile's asOf. */
export interface LedgerKpis {
  from: string;
  to: string;
  daysSalesOutstanding: number;
  averageDaysDelinquent: number;
}

/** Reads an export in the IBM "Factored Accounts Receivable" layout and fits a portfolio to it (seed 1). */
export function fitLedger(path: string, text: string): LedgerFit {
  // Prepared once for the profile and the KPIs (the export has no customer list for the profile to read).
  const ledger = prepareLedger(readReceivablesCsv(text, { currency: 'USD' }).ledger);
  const profile = profileLedger(ledger);
  return {
    path,
    currency: 'USD',
    profile,
    fit: fitPortfolio(profile, { seed: 1 }),
    kpis: ledgerKpis(ledger, profile),
  };
}

/**
 * The mean over a year of the trailing 30-day DSO and ADD, each day, as the simulator averages its own: the
 * year ends `settleDays` before the profile's asOf, so the invoices of its last days had time to be paid.
 * Days without sales in their window are skipped.
 */
export function ledgerKpis(ledger: LedgerInput | PreparedLedger, profile: LedgerProfile): LedgerKpis {
  const prepared = prepareLedger(ledger); // returned as is when already prepared
  const to = addDays(profile.asOf, -profile.settleDays);
  const from = addDays(to, -364);
  let dso = 0;
  let add = 0;
  let days = 0;
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const period = { from: addDays(day, -29), to: day };
    const value = daysSalesOutstanding(prepared, period).value;
    const delinquent = averageDaysDelinquent(prepared, period).value;
    if (value === null || delinquent === null) continue;
    dso += value;
    add += delinquent;
    days++;
  }
  return { from, to, daysSalesOutstanding: dso / days, averageDaysDelinquent: add / days };
}

const quartiles = (value: DaysLateQuantiles) => [value.q1, value.median, value.q3, value.p90].join(' / ');
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** The figures of one column of the fit table. */
function column(figures: FitFigures): string[] {
  return [
    figures.medianDaysToPay.toFixed(1),
    percent(figures.lateShare),
    quartiles(figures.daysLateQuantiles),
    quartiles(figures.daysEarlyQuantiles),
    percent(figures.disputeShare),
  ];
}

/** What the fit found, as printed lines. */
export function ledgerFitLines({ path, profile, fit }: LedgerFit): string[] {
  const names = [
    'median days to pay',
    'share paid late',
    'days late q1 / median / q3 / p90',
    'days early q1 / median / q3 / p90',
    'share disputed',
  ];
  const ledger = column(fit.target);
  const fitted = column(fit.fitted);
  const standard = column(fit.defaultMix);
  const lines = [
    `Portfolio fitted to ${path}: ${profile.behaviour.invoices.toLocaleString('en')} invoices of ${profile.customers} customers measured as of ${profile.asOf} (due ${profile.settleDays}+ days before it)`,
    `  ${'figure'.padEnd(36)}${'ledger'.padStart(18)}${'fitted mix'.padStart(18)}${'default mix'.padStart(18)}`,
  ];
  names.forEach((name, index) => {
    lines.push(
      `  ${name.padEnd(36)}${(ledger[index] as string).padStart(18)}${(fitted[index] as string).padStart(18)}${(standard[index] as string).padStart(18)}`,
    );
  });
  const mix = sharesInWords(fit.mix);
  const options = fit.portfolioOptions;
  lines.push(
    `  (fitted and default mix: predicted with no reminders, with the ledger's terms, cadence and early payment; distance ${fit.distance}, 0 is exact)`,
    `  mix: ${mix}`,
    ...(fit.mismatches.length === 0
      ? []
      : [`  not matched (no mix of the archetypes pays like this): ${fit.mismatches.join('; ')}`]),
    `  terms: ${options.terms.map((entry) => `${entry.days} days ${percent(entry.share)}`).join(', ')}; an invoice every ${options.invoiceEveryDays ?? 30} days; on-time invoices paid up to ${options.earlyDays ?? 3} days early; amounts × ${options.amountScale}`,
  );
  return lines;
}
