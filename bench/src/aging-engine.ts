/**
 * One engine of the aging benchmark, run in its own process so its peak memory is its own:
 * `aging-engine.ts overdue|duckdb <count> <customers>` prints one JSON line.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { ageReceivables } from '@overdue/receivables';
import { generateOpenItems } from './generate-open-items';
import { measure, median, peakRssMiB } from './measure';

const [engine = 'overdue', countText = '1000000', customersText = '100000', runsText = '7'] = process.argv.slice(2);
const count = Number(countText);
const customers = Number(customersText);
const runs = Number(runsText);
const asOf = '2026-06-30';
const rows = generateOpenItems(count, customers, 42, asOf);
const baselineRss = peakRssMiB();
let result: { rows: number; totalMinor: Record<string, string> };
let times: number[];
let extra: Record<string, number> = {};

if (engine === 'overdue') {
  const run = () => ageReceivables(rows, { asOf });
  times = await measure(run, runs);
  const report = run();
  result = {
    rows: report.rows.length,
    totalMinor: Object.fromEntries(report.totals.map((total) => [total.currency, String(total.totalMinor)])),
  };
} else {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const connection = await instance.connect();
  await connection.run(
    'CREATE TABLE open_items (id VARCHAR, customer_id VARCHAR, currency VARCHAR, issue_date DATE, due_date DATE, amount_due DECIMAL(18, 2))',
  );
  const appender = await connection.createAppender('open_items');
  for (const row of rows) {
    appender.appendVarchar(row.id);
    appender.appendVarchar(row.customerId);
    appender.appendVarchar(row.currency);
    appender.appendVarchar(row.issueDate);
    appender.appendVarchar(row.dueDate);
    appender.appendVarchar(row.amountDue);
    appender.endRow();
  }
  appender.closeSync();
  // The same report: rows per customer and currency, six buckets on the due-date basis, minor units.
  const age = `DATE '${asOf}' - due_date`;
  const bucket = (condition: string) => `CAST(SUM(amount_due * 100) FILTER (WHERE ${condition}) AS BIGINT)`;
  const sql = `SELECT customer_id, currency,
      ${bucket(`${age} <= 0`)} AS current, ${bucket(`${age} BETWEEN 1 AND 30`)} AS d1_30,
      ${bucket(`${age} BETWEEN 31 AND 60`)} AS d31_60, ${bucket(`${age} BETWEEN 61 AND 90`)} AS d61_90,
      ${bucket(`${age} BETWEEN 91 AND 120`)} AS d91_120, ${bucket(`${age} > 120`)} AS d121,
      CAST(SUM(amount_due * 100) AS BIGINT) AS total, COUNT(*) AS items
    FROM open_items WHERE issue_date <= DATE '${asOf}' GROUP BY customer_id, currency`;
  // Engine time: the full GROUP BY with every aggregate consumed, one row back (a bare count(*) over the
  // groups would let the optimizer drop the aggregates). Transfer time: the grouped rows read into JS.
  const consumed = `SELECT COUNT(*), SUM(current), SUM(d1_30), SUM(d31_60), SUM(d61_90), SUM(d91_120), SUM(d121), SUM(total), SUM(items) FROM (${sql})`;
  const engineTimes = await measure(async () => (await connection.runAndReadAll(consumed)).getRowsJS(), runs);
  const run = async () => (await connection.runAndReadAll(sql)).getRowsJS();
  const transferTimes = await measure(run, Math.min(runs, 5), 1);
  times = engineTimes;
  extra = { withTransferMedianMs: median(transferTimes) };
  const resultRows = await run();
  const totals: Record<string, bigint> = {};
  for (const row of resultRows) totals[row[1] as string] = (totals[row[1] as string] ?? 0n) + (row[8] as bigint);
  result = {
    rows: resultRows.length,
    totalMinor: Object.fromEntries(Object.entries(totals).map(([key, value]) => [key, String(value)])),
  };
}

console.log(
  JSON.stringify({
    engine,
    count,
    customers,
    medianMs: median(times),
    ...extra,
    timesMs: times,
    peakRssMiB: peakRssMiB(),
    dataRssMiB: baselineRss,
    heapUsedMiB: process.memoryUsage().heapUsed / 1048576,
    result,
  }),
);
