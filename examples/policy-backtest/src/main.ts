// Policy backtest: `cd examples/policy-backtest && pnpm start -- [--customers 2000] [--days 180] [--seeds 5] [--out report.html] [--data ../../../shared/data]`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, runBacktest } from './backtest';
import { readRealFigures } from './real-figures';

const defaults = {
  customers: 2000,
  days: 180,
  seeds: 5,
  out: 'policy-backtest-report.html',
  data: process.env.OVERDUE_DATA_DIR ?? fileURLToPath(new URL('../../../../shared/data', import.meta.url)),
};

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const options = parseArgs(args, defaults);
if (typeof options === 'string') {
  process.stderr.write(`${options}\n`);
  process.exitCode = 2;
} else {
  process.exitCode = runBacktest(options, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readRealFigures,
    writeFile: (path, text) => writeFileSync(path, text),
  });
}
