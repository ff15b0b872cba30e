/**
 * The aging benchmark. `aging-engine.ts <mode> <count> <customers> <runs>` prints one JSON line.
 * - mode `both`: loads the same rows into Overdue's input and an in-memory DuckDB table, then alternates
 *   timed runs of the two (Overdue, DuckDB, Overdue, ...) so both see the same machine load;
 * - mode `overdue` or `duckdb`: one engine alone, for its peak memory.
 */

import type { DuckDBConnection } from '@duckdb/node-api';
import { DuckDBInstance } from '@duckdb/node-api';
import { ageReceivables } from '@overdue/receivables';
import type { OpenItemRow } from './generate-open-items';
import { generateOpenItems } from './generate-open-items';
import { median, peakRssMiB, timeOnce } from './measure';

const [mode = 'both', countText = '1000000', customersText = '100000', runsText = '7'] = process.argv.slice(2);
const asOf = '2026-06-30';
const rows = generateOpenItems(Number(countText), Number(customersText), 42, asOf);
const dataRssMiB = peakRssMiB();
const runs = Number(runsText);

interface Outcome {
  rows: number;
  totalMinor: Record<string, string>;
}

function runOverdue(): Outcome {
  const report = ageReceivables(rows, { asOf });
  return {
    rows: report.rows.length,
    totalMinor: Object.fromEntries(report.totals.map((total) => [total.currency, String(total.totalMinor)])),
  };
}

async function loadDuckDb(items: OpenItemRow[]): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const connection = await instance.connect();
  await connection.run(
    'CREATE TABLE open_items (id VARCHAR, customer_id VARCHAR, currency VARCHAR, issue_date DATE, due_date DATE, amount_due DECIMAL(18, 2))',
  );
  const appender = await connection.createAppender('open_items');
  for (const row of items) {
    appender.appendVarchar(row.id);
    appender.appendVarchar(row.customerId);
    appender.appendVarchar(row.currency);
    appender.appendVarchar(row.issueDate);
    appender.appendVarchar(row.dueDate);
    appender.appendVarchar(row.amountDue);
    appender.endRow();
  }
  appender.closeSync();
  return connection;
}

// The same report: open amount per customer, currency and bucket on the due-date basis, in minor units. Of
// the equivalent queries tried (one FILTERed SUM per bucket column, with and without the cast inside; this
// long form), the long form is the fastest, so it is the baseline.
const age = `DATE '${asOf}' - due_date`;
const groupBy = `SELECT customer_id, currency,
    CASE WHEN ${age} <= 0 THEN 0 WHEN ${age} <= 30 THEN 1 WHEN ${age} <= 60 THEN 2 WHEN ${age} <= 90 THEN 3 WHEN ${age} <= 120 THEN 4 ELSE 5 END AS bucket,
    CAST(SUM(amount_due) * 100 AS BIGINT) AS total, COUNT(*) AS items
  FROM open_items WHERE issue_date <= DATE '${asOf}' GROUP BY ALL`;
// Engine time: the whole GROUP BY with every aggregate consumed and one row back (a bare count(*) over the
// groups would let the optimizer drop the sums).
const consumed = `SELECT COUNT(*), SUM(total), SUM(items) FROM (${groupBy})`;

async function runDuckDb(connection: DuckDBConnection, readRows: boolean): Promise<Outcome | undefined> {
  if (!readRows) {
    await connection.runAndReadAll(consumed);
    return undefined;
  }
  const result = (await connection.runAndReadAll(groupBy)).getRowsJS();
  const totals: Record<string, bigint> = {};
  const customers = new Set<string>();
  for (const row of result) {
    totals[row[1] as string] = (totals[row[1] as string] ?? 0n) + (row[3] as bigint);
    customers.add(`${row[0] as string}\u0000${row[1] as string}`);
  }
  return {
    rows: customers.size,
    totalMinor: Object.fromEntries(Object.entries(totals).map(([key, value]) => [key, String(value)])),
  };
}

if (mode === 'both') {
  const connection = await loadDuckDb(rows);
  const overdueTimes: number[] = [];
  const duckTimes: number[] = [];
  const transferTimes: number[] = [];
  for (let round = -2; round < runs; round++) {
    const overdue = await timeOnce(runOverdue);
    const duck = await timeOnce(() => runDuckDb(connection, false));
    if (round >= 0) {
      overdueTimes.push(overdue);
      duckTimes.push(duck);
      if (round < 3) transferTimes.push(await timeOnce(() => runDuckDb(connection, true)));
    }
  }
  // Then each engine back to back, caches warm with its own data.
  const overdueWarm: number[] = [];
  const duckWarm: number[] = [];
  for (let round = 0; round < runs; round++) overdueWarm.push(await timeOnce(runOverdue));
  for (let round = 0; round < runs; round++) duckWarm.push(await timeOnce(() => runDuckDb(connection, false)));
  const overdue = runOverdue();
  const duck = await runDuckDb(connection, true);
  const sorted = (values: number[]) => values.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      overdueMedianMs: median(sorted(overdueTimes)),
      duckdbMedianMs: median(sorted(duckTimes)),
      duckdbWithRowsMedianMs: median(sorted(transferTimes)),
      overdueBackToBackMedianMs: median(sorted(overdueWarm)),
      duckdbBackToBackMedianMs: median(sorted(duckWarm)),
      overdueTimesMs: overdueTimes,
      duckdbTimesMs: duckTimes,
      agree: JSON.stringify(overdue) === JSON.stringify(duck),
      overdue,
      duckdb: duck,
    }),
  );
} else {
  const connection = mode === 'duckdb' ? await loadDuckDb(rows) : undefined;
  for (let round = 0; round < 2; round++) {
    if (connection === undefined) runOverdue();
    else await runDuckDb(connection, false);
  }
  console.log(JSON.stringify({ mode, peakRssMiB: peakRssMiB(), dataRssMiB }));
}
