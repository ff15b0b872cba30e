import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
});
