// The real figures the simulator is calibrated to, recomputed from ../shared/data when it is there.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '@overdue/example-support';

/** What the real files say; absent parts are undefined. */
export interface RealFigures {
  /** Where the files were looked for. */
  directory: string;
  /** UK payment practices: median of average days to pay, median share of invoices paid late. */
  uk?: { medianDaysToPay: number; lateShare: number };
  /** IBM sample: invoices, share late, days late quartiles and 90th percentile of late ones. */
  ibm?: { invoices: number; lateShare: number; q1: number; median: number; q3: number; p90: number };
}

function rank(sorted: readonly number[], quantile: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(quantile * sorted.length) - 1))] ?? 0;
}

/** Reads the real figures from `directory` (only aggregates are kept; no row is copied anywhere). */
export function readRealFigures(directory: string): RealFigures {
  const figures: RealFigures = { directory };
  const ukFile = join(directory, 'uk-payment-practices', 'uk_payment_distribution.csv');
  if (existsSync(ukFile)) {
    const [header, ...rows] = parseCsv(readFileSync(ukFile, 'utf8'));
    const medianColumn = header?.fields.indexOf('median') ?? -1;
    const value = (measure: string) => Number(rows.find((row) => row.fields[0] === measure)?.fields[medianColumn]);
    figures.uk = {
      medianDaysToPay: value('average_days_to_pay'),
      lateShare: value('pct_invoices_not_paid_on_time') / 100,
    };
  }
  const ibmFile = join(directory, 'ar-invoices-dev.csv');
  if (existsSync(ibmFile)) {
    const [header, ...rows] = parseCsv(readFileSync(ibmFile, 'utf8'));
    const column = header?.fields.indexOf('DaysLate') ?? -1;
    const daysLate = rows.map((row) => Number(row.fields[column]));
    const late = daysLate.filter((days) => days > 0).sort((a, b) => a - b);
    figures.ibm = {
      invoices: daysLate.length,
      lateShare: late.length / daysLate.length,
      q1: rank(late, 0.25),
      median: rank(late, 0.5),
      q3: rank(late, 0.75),
      p90: rank(late, 0.9),
    };
  }
  return figures;
}
