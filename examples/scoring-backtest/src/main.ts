// Backtest of the payment model on a receivables CSV: `cd examples/scoring-backtest && pnpm start -- <file.csv> [--json]`.
import { readFileSync } from 'node:fs';
import { runCli } from './run-cli';

process.exitCode = runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
