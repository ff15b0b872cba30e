import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs, runBacktest } from './backtest';
import { readRealFigures } from './real-figures';

const directories: string[] = [];
const temporaryDirectory = (prefix: string) => {
  const directory = mkdtempSync(join(tmpdir(), prefix));
  directories.push(directory);
  return directory;
};
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

function run(data: string, ledger?: string) {
  const directory = temporaryDirectory('policy-backtest-');
  const out = join(directory, 'report.html');
  let stdout = '';
  const code = runBacktest(
    { customers: 60, days: 100, seeds: 2, out, data, ...(ledger === undefined ? {} : { ledger }) },
    {
      stdout: (text) => {
        stdout += text;
      },
      stderr: () => {},
      readRealFigures,
      readFile: (path) => readFileSync(path, 'utf8'),
      writeFile: (path, text) => writeFileSync(path, text),
    },
  );
  return { code, stdout, report: readFileSync(out, 'utf8') };
}

describe('policy backtest', () => {
  it('prints calibration and the four policies, and writes an HTML report with inline SVG charts', () => {
    const { code, stdout, report } = run('/nonexistent/shared/data');
    expect(code).toBe(0);
    expect(stdout).toContain('The real data was not found in /nonexistent/shared/data');
    expect(stdout).toMatch(/median days to pay\s+\d+\.\d\s+33/);
    for (const name of ['no-reminders', 'fixed-ladder', 'adaptive', 'adaptive-in-reminders'])
      expect(stdout).toMatch(new RegExp(`\\n  ${name} +£`));
    for (const name of ['adaptive', 'adaptive-in-reminders']) {
      expect(stdout).toContain(`  ${name} vs fixed ladder:`);
      expect(stdout).toMatch(
        new RegExp(
          `  ${name} contacts \\(messages and plans offered on their own\\) \\d+ vs ladder \\d+: (met|NOT met)`,
        ),
      );
    }
    expect(stdout).toMatch(/plans\s+plan offers\n/);
    // Where the overdue balance sits: one row per archetype with a figure for each policy.
    expect(stdout).toContain('By hidden archetype');
    expect(stdout).toMatch(/\n {2}cash-constrained\s+\d+(\s+£[\d,]+){4}\n/);
    expect(report.startsWith('<!doctype html>')).toBe(true);
    expect(report.match(/<svg /g)?.length).toBe(5);
    expect(report).toContain('Average overdue balance by hidden archetype');
    expect(report).not.toMatch(/<script|<link|https?:\/\/(?!www\.w3\.org)/);
  });

  it('fits the portfolio to a ledger given with --ledger and checks the fit with no reminders', () => {
    // A made-up export in the IBM layout: 40 customers, an invoice on the 1st of each month of 2025 on
    // 30-day terms. Even customers pay 5 days early; odd ones pay every other invoice 12 days late (the
    // rest 2 days early) and dispute every sixth. Read as of the last settlement (2026-01-12), the invoices
    // due 60 days before it are those of January to October: 400, a quarter of them late, all by 12 days.
    const rows = [
      'countryCode,customerID,PaperlessDate,invoiceNumber,InvoiceDate,DueDate,InvoiceAmount,Disputed,SettledDate,PaperlessBill,DaysToSettle,DaysLate',
    ];
    const day = (date: Date) => `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()}`;
    for (let customer = 0; customer < 40; customer++) {
      for (let month = 0; month < 12; month++) {
        const issue = new Date(Date.UTC(2025, month, 1));
        const due = new Date(issue.getTime() + 30 * 86_400_000);
        const late = customer % 2 === 1 && month % 2 === 1;
        const settled = new Date(due.getTime() + (late ? 12 : customer % 2 === 0 ? -5 : -2) * 86_400_000);
        const disputed = customer % 2 === 1 && month % 6 === 5 ? 'Yes' : 'No';
        const toSettle = Math.round((settled.getTime() - issue.getTime()) / 86_400_000);
        rows.push(
          `1,K${customer},1/1/2024,${customer * 100 + month},${day(issue)},${day(due)},${100 + customer},${disputed},${day(settled)},Electronic,${toSettle},${late ? 12 : 0}`,
        );
      }
    }
    const ledger = join(temporaryDirectory('policy-backtest-ledger-'), 'export.csv');
    writeFileSync(ledger, `${rows.join('\r\n')}\r\n`);
    const { code, stdout, report } = run('/nonexistent/shared/data', ledger);
    expect(code).toBe(0);
    expect(stdout).toContain(`Portfolio fitted to ${ledger}: 400 invoices of 40 customers measured as of 2026-01-12`);
    expect(stdout).toMatch(/\n {2}share paid late +25\.0% +\d+\.\d% +\d+\.\d%\n/);
    expect(stdout).toMatch(/\n {2}days late q1 \/ median \/ q3 \/ p90 +12 \/ 12 \/ 12 \/ 12 /);
    expect(stdout).toMatch(
      /\n {2}terms: 30 days 100\.0%; an invoice every 3\d days; on-time invoices paid up to \d+ days early; amounts × 0\.\d+\n/,
    );
    // Every late invoice exactly 12 days late: no mix spreads its delays that little.
    expect(stdout).toMatch(
      /\n {2}not matched \(no mix of the archetypes pays like this\): .*first quartile of days late: \d+ days fitted against 12 days in the ledger/,
    );
    expect(stdout).toContain(
      'Check: the fitted portfolio with no reminders, 60 customers, 100 days, mean over 2 seeds',
    );
    expect(stdout).toMatch(/\n {2}DSO, trailing 30 days \(not fitted\) +\d+\.\d +\d+\.\d\n/);
    expect(stdout).toMatch(/the ledger's over 2024-11-14 to 2025-11-13; the fit does not use them\)/);
    expect(stdout).not.toContain('Calibration: no reminders');
    expect(stdout).toContain('2 seeds (mean ± sample standard deviation), 60 customers, 100 days, USD:');
    expect(report).toContain(`fitted to ${ledger}`);
    // The fit's chart comes first, then the five of the comparison.
    expect(report.match(/<svg /g)?.length).toBe(6);
    expect(report).toContain('How export.csv pays, and the fitted portfolio (days, no reminders)');
  }, 60_000);

  it('reads aggregates from the real files when they are present', () => {
    const directory = temporaryDirectory('policy-backtest-data-');
    // Two made-up rows in the real files' layouts (no real row is copied).
    writeFileSync(join(directory, 'ar-invoices-dev.csv'), 'countryCode,customerID,DaysLate\r\n1,A,0\r\n1,B,6\r\n');
    const figures = readRealFigures(directory);
    expect(figures.ibm).toMatchObject({ invoices: 2, lateShare: 0.5, median: 6 });
    expect(figures.uk).toBeUndefined();
  });

  it('rejects bad arguments with a message', () => {
    const defaults = { customers: 1, days: 1, seeds: 1, out: 'x', data: 'y' };
    expect(parseArgs(['--customers', 'many'], defaults)).toBe('--customers: expected a positive integer, got "many"');
    expect(parseArgs(['--colour', 'red'], defaults)).toBe('unknown option --colour');
    expect(parseArgs(['--seeds', '3'], defaults)).toMatchObject({ seeds: 3 });
    expect(parseArgs(['--ledger', 'export.csv'], defaults)).toMatchObject({ ledger: 'export.csv' });
  });
});
