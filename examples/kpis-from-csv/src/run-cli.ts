import { isCurrencyCode, OverdueError } from '@overdue/core';
import { CsvLayoutError, RECEIVABLES_COLUMNS, readReceivablesCsv } from '@overdue/example-support';
import { formatMonthTable, monthlyKpis, toMonthRows } from './monthly-kpis';

/** Where the CLI reads and writes; `main.ts` passes the real file system and streams, tests pass fakes. */
export interface CliIo {
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const USAGE = `Usage: kpis-from-csv <file.csv> [--json] [--currency XXX]

Reads a receivables export and prints, for every month end from the first invoice month to the last
settlement month: receivables, current (not yet due), DSO (standard, one month), countback DSO, best
possible DSO, average days delinquent, CEI, percent current and average days to pay (invoices settled
in that month).

The file needs this header (dates M/D/YYYY, amounts such as 65.88 or 94, Disputed Yes/No, CRLF or LF):
  ${RECEIVABLES_COLUMNS.join(',')}
Each row is one invoice, paid in full on its SettledDate (an empty SettledDate means still open).

Amounts are assumed to be in USD: the layout has no currency column. Use --currency for another one.

Options:
  --json            print only a JSON array, one object per month: month, receivables, current
                    (exact decimal strings), dso, countbackDso, bestPossibleDso, averageDaysDelinquent,
                    cei, percentCurrent, averageDaysToPay (numbers, or null when undefined)
  --currency XXX    ISO 4217 code of the amounts (default USD)
  -h, --help        show this help

Exit codes: 0 success, 1 unreadable file or layout error (the message names the line and column),
2 bad command line. With pnpm, use \`pnpm -s start <file> --json\` so pnpm adds no banner to the JSON.
`;

interface Arguments {
  file: string;
  json: boolean;
  currency: string;
}

function parseArguments(args: readonly string[]): Arguments | { help: true } | { error: string } {
  let file: string | undefined;
  let json = false;
  let currency = 'USD';
  for (let index = 0; index < args.length; index++) {
    const argument = args[index] as string;
    if (argument === '--') continue; // `pnpm start -- file` passes the separator through
    if (argument === '-h' || argument === '--help') return { help: true };
    if (argument === '--json') {
      json = true;
    } else if (argument === '--currency' || argument.startsWith('--currency=')) {
      const code = argument === '--currency' ? args[++index] : argument.slice('--currency='.length);
      if (code === undefined || !isCurrencyCode(code))
        return {
          error: `--currency needs an ISO 4217 code such as USD or EUR, got ${code === undefined ? 'nothing' : JSON.stringify(code)}`,
        };
      currency = code;
    } else if (argument.startsWith('-') && argument !== '-') {
      return { error: `unknown option ${JSON.stringify(argument)}` };
    } else if (file === undefined) {
      file = argument;
    } else {
      return { error: `expected one file, got ${JSON.stringify(file)} and ${JSON.stringify(argument)}` };
    }
  }
  if (file === undefined) return { error: 'missing the CSV file to read' };
  return { file, json, currency };
}

/**
 * Runs the command line and returns the exit code.
 *
 * @example
 * ```ts
 * runCli(['ar.csv', '--json'], { readFile: (path) => readFileSync(path, 'utf8'), stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) });
 * //=> 0
 * ```
 */
export function runCli(args: readonly string[], io: CliIo): number {
  const parsed = parseArguments(args);
  if ('help' in parsed) {
    io.stdout(USAGE);
    return 0;
  }
  if ('error' in parsed) {
    io.stderr(`kpis-from-csv: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = io.readFile(parsed.file);
  } catch (error) {
    io.stderr(`kpis-from-csv: cannot read ${parsed.file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  try {
    const kpis = monthlyKpis(readReceivablesCsv(text, { currency: parsed.currency }));
    if (parsed.json) {
      io.stdout(`${JSON.stringify(toMonthRows(kpis), null, 2)}\n`);
    } else {
      io.stdout(
        `Receivables KPIs of ${parsed.file}, in ${kpis.currency}, as of each month end from ${kpis.from} to ${kpis.to}\n`,
      );
      io.stdout(`${formatMonthTable(kpis)}\n`);
      io.stdout(
        'DSO family in days (standard method over the month); CEI and current in percent; ADP over invoices settled that month.\n',
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof CsvLayoutError || OverdueError.isInstance(error)) {
      io.stderr(`kpis-from-csv: ${parsed.file}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
