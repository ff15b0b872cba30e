import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('main', () => {
  it('runs on small sizes and writes the report file', () => {
    const directory = mkdtempSync(join(tmpdir(), 'policy-backtest-main-'));
    const out = join(directory, 'report.html');
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    const stdout = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--conditions=@overdue/source',
        main,
        '--customers',
        '40',
        '--days',
        '100',
        '--seeds',
        '2',
        '--out',
        out,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    expect(stdout).toContain('Calibration: no reminders, 40 customers, 100 days, mean over 2 seeds');
    expect(stdout).toContain(`Report written to ${out}`);
    const report = readFileSync(out, 'utf8');
    expect(report).toContain('<h1>Policy backtest</h1>');
    expect(report.match(/<svg /g)?.length).toBe(5);
    rmSync(directory, { recursive: true, force: true });
  }, 60_000);

  it.each([
    ['/nonexistent/export.csv', 'policy-backtest: cannot read /nonexistent/export.csv: no such file\n'],
    [
      'bad',
      'policy-backtest: bad: line 1, column 1: expected the column "countryCode", got "date" (the header must be countryCode,customerID,PaperlessDate,invoiceNumber,InvoiceDate,DueDate,InvoiceAmount,Disputed,SettledDate,PaperlessBill,DaysToSettle,DaysLate)\n',
    ],
  ])(
    'exits with 2 and one line when the ledger %s cannot be read',
    (ledger, message) => {
      const directory = mkdtempSync(join(tmpdir(), 'policy-backtest-ledger-'));
      const file = ledger === 'bad' ? join(directory, 'bad.csv') : ledger;
      if (ledger === 'bad') writeFileSync(file, 'date,amount\n1/1/2025,10\n');
      const main = fileURLToPath(new URL('./main.ts', import.meta.url));
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', '--conditions=@overdue/source', main, '--ledger', file],
        {
          encoding: 'utf8',
        },
      );
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(message.replace('bad:', `${file}:`));
      rmSync(directory, { recursive: true, force: true });
    },
    60_000,
  );
});
