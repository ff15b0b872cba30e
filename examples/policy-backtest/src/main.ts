// Policy backtest: `cd examples/policy-backtest && pnpm start -- [--customers 2000] [--days 180] [--seeds 5] [--out out/policy-backtest-report.html] [--data ../../../shared/data]`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OverdueError } from '@overdue/core';
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
      writeFile: (file, text) => {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, text);
      },
    });
  } catch (error) {
    if (!OverdueError.isInstance(error)) throw error;
    process.stderr.write(`policy-backtest: ${error.message}\n`);
    process.exitCode = 2;
  }
}
