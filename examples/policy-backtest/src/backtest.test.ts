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

function run(data: string) {
  const directory = temporaryDirectory('policy-backtest-');
  const out = join(directory, 'report.html');
  let stdout = '';
  const code = runBacktest(
    { customers: 60, days: 100, seeds: 2, out, data },
    {
      stdout: (text) => {
        stdout += text;
      },
      stderr: () => {},
      readRealFigures,
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
  });
});
