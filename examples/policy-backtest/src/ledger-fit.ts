// `--ledger file.csv`: the portfolio fitted to a real receivables export instead of the UK-calibrated default.

import { readReceivablesCsv } from '@overdue/example-support';
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
}

/** Reads an export in the IBM "Factored Accounts Receivable" layout and fits a portfolio to it (seed 1). */
export function fitLedger(path: string, text: string): LedgerFit {
  const csv = readReceivablesCsv(text, { currency: 'USD' });
  const profile = profileLedger(csv.ledger);
  return { path, currency: 'USD', profile, fit: fitPortfolio(profile, { seed: 1 }) };
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
  const mix = Object.entries(fit.mix)
    .filter(([, share]) => share > 0)
    .map(([archetype, share]) => `${archetype} ${(share * 100).toFixed(0)}%`)
    .join(', ');
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
