import { OverdueError } from '@overdue/core';
import { CsvLayoutError, formatTable, RECEIVABLES_COLUMNS, readReceivablesCsv } from '@overdue/example-support';
import { runBacktest } from './backtest';
import { runForecastBacktest } from './forecast-backtest';

/** Where the CLI reads and writes; `main.ts` passes the real file system and streams, tests pass fakes. */
export interface CliIo {
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const USAGE = `Usage: scoring-backtest <file.csv> [--json]

Trains the payment model on the invoices issued before 2013-01-01 and tests it on those issued in 2013,
each predicted as of the day before its issue (only what was known then). Prints the model beside three
baselines (the customer's prior late rate; "pays on terms"; the customer's prior median days to settle):
AUC for late (settled after the due date), accuracy, Brier score, and the mean absolute error of days to
settle. Then a forecast backtest: for each week of 2013, the cash forecast one week ahead from the
invoices open the day before, against what they actually paid, with the mean absolute percentage error.

The file needs this header (dates M/D/YYYY):
  ${RECEIVABLES_COLUMNS.join(',')}
The Disputed column is outcome information and is not used. An invoice went out electronically when
PaperlessDate is on or before InvoiceDate.

Options:
  --json        print only {"auc","accuracy","brier","maeDaysToSettle","n"} for the model
  -h, --help    show this help

Exit codes: 0 success, 1 unreadable file or layout error, 2 bad command line. With pnpm, use
\`pnpm -s start <file> --json\` so pnpm adds no banner to the JSON.
`;

const round = (value: number | null, digits: number) => (value === null ? '—' : value.toFixed(digits));

/** Runs the backtest for `args` and returns the exit code. */
export function runCli(args: readonly string[], io: CliIo): number {
  let file: string | undefined;
  let json = false;
  for (const argument of args) {
    if (argument === '--') continue;
    if (argument === '-h' || argument === '--help') {
      io.stdout(USAGE);
      return 0;
    }
    if (argument === '--json') json = true;
    else if (argument.startsWith('-')) {
      io.stderr(`unknown option ${argument}\n\n${USAGE}`);
      return 2;
    } else if (file === undefined) file = argument;
    else {
      io.stderr(`expected one file, got a second one: ${argument}\n\n${USAGE}`);
      return 2;
    }
  }
  if (file === undefined) {
    io.stderr(`expected a CSV file\n\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    io.stderr(`cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    const csv = readReceivablesCsv(text);
    const result = runBacktest(csv);
    const { auc, accuracy, brier, maeDaysToSettle, n } = result.modelMetrics;
    if (json) {
      io.stdout(`${JSON.stringify({ auc, accuracy, brier, maeDaysToSettle, n })}\n`);
      return 0;
    }
    const forecast = runForecastBacktest(csv, result.model);
    io.stdout(
      `Trained on ${result.trainingInvoices} invoices issued before 2013-01-01 ` +
        `(late classifier: ${result.model.selection.chosenLate}); tested on ${result.testInvoices} issued in 2013.\n\n`,
    );
    io.stdout(
      `${formatTable(
        [
          { header: 'method' },
          { header: 'AUC', align: 'right' },
          { header: 'accuracy', align: 'right' },
          { header: 'Brier', align: 'right' },
          { header: 'MAE days to settle', align: 'right' },
        ],
        result.methods.map((m) => [
          m.name,
          round(m.auc, 4),
          round(m.accuracy, 4),
          round(m.brier, 4),
          round(m.maeDaysToSettle, 2),
        ]),
      )}\n`,
    );
    io.stdout('\nModel selection on the most recent fifth of the training invoices (* kept):\n');
    for (const candidate of [...result.model.selection.late, ...result.model.selection.daysToSettle]) {
      const measure =
        candidate.auc === null
          ? `MAE ${candidate.loss.toFixed(2)} days`
          : `log loss ${candidate.loss.toFixed(4)}, AUC ${round(candidate.auc, 4)}`;
      io.stdout(`  ${candidate.chosen ? '*' : ' '} ${candidate.method} (${candidate.settings}): ${measure}\n`);
    }
    io.stdout(
      `\nForecast backtest, ${forecast.weeks.length} weeks from ${forecast.weeks[0]?.from ?? ''}, one week ahead:\n` +
        `  model MAPE ${(forecast.mape * 100).toFixed(1)}%, due-date rule MAPE ${(forecast.dueDateMape * 100).toFixed(1)}%, ` +
        `actual inside the 80% interval in ${(forecast.intervalCoverage * 100).toFixed(0)}% of weeks\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof CsvLayoutError || OverdueError.isInstance(error)) {
      io.stderr(`${file}: ${(error as Error).message}\n`);
      return 1;
    }
    throw error;
  }
}
