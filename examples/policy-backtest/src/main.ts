// Policy backtest: `cd examples/policy-backtest && pnpm start -- [--customers 2000] [--days 180] [--seeds 5] [--out out/policy-backtest-report.html] [--data ../../../shared/data] [--ledger export.csv]`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OverdueError } from '@overdue/core';
import { CsvLayoutError } from '@overdue/example-support';
import { parseArgs, runBacktest } from './backtest';
import { readRealFigures } from './real-figures';

const defaults = {
  customers: 2000,
  days: 180,
  seeds: 5,
  out: fileURLToPath(new URL('../out/policy-backtest-report.html', import.meta.url)),
  data: process.env.OVERDUE_DATA_DIR ?? fileURLToPath(new URL('../../../../shared/data', import.meta.url)),
};

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const options = parseArgs(args, defaults);
if (typeof options === 'string') {
  process.stderr.write(`${options}\n`);
  process.exitCode = 2;
} else {
  try {
    process.exitCode = runBacktest(options, {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      readRealFigures,
      readFile: (file) => readFileSync(file, 'utf8'),
      writeFile: (file, text) => {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, text);
      },
    });
  } catch (error) {
    const missing = (error as { code?: string }).code === 'ENOENT';
    if (error instanceof CsvLayoutError) process.stderr.write(`policy-backtest: ${options.ledger}: ${error.message}\n`);
    else if (missing) process.stderr.write(`policy-backtest: cannot read ${options.ledger}: no such file\n`);
    else if (OverdueError.isInstance(error)) process.stderr.write(`policy-backtest: ${error.message}\n`);
    else throw error;
    process.exitCode = 2;
  }
}
