// Overdue quickstart: builds a seeded sample ledger, prints its aging and month-by-month KPIs, and writes a
// self-contained HTML report. Run with `pnpm --filter @overdue/example-quickstart start`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExchangeRates } from '@overdue/core';
import { addMonths, formatMoney } from '@overdue/core';
import type { TableColumn, TableRow } from '@overdue/example-support';
import { formatKpiTable, formatTable } from '@overdue/example-support';
import { ageReceivables, kpiSeries, prepareLedger } from '@overdue/receivables';
import { renderHtmlReport } from './render-html-report';
import { buildSampleLedger } from './sample-ledger';
import { topOverdueCustomers } from './top-overdue-customers';

const LOCALE = 'en-GB';
const SEED = 'overdue-quickstart';
/** Illustrative fixed rates: the ledger is mostly EUR with a few GBP customers; we report everything in EUR. */
const RATES: ExchangeRates = { base: 'EUR', rates: { GBP: '1.17' } };

const money = (minor: number, currency: string) => formatMoney({ currency, minor }, LOCALE);

// 1. The data: 300 customers, 24 months of invoices, payments and credit notes, as of a fixed day.
const { ledger, asOf } = buildSampleLedger({ seed: SEED });
const prepared = prepareLedger(ledger); // validate and index once; every function below reuses it
console.log(
  `Sample ledger (seed "${SEED}"): ${ledger.customers.length} customers, ${ledger.invoices.length} invoices, ` +
    `${ledger.payments.length} payments, ${ledger.creditNotes.length} credit notes; as of ${asOf}.\n`,
);

// 2. Aged receivables as of the last day, per customer and currency, plus a total in EUR.
const aging = ageReceivables(prepared, { asOf, rates: RATES });
const names = new Map(ledger.customers.map((customer) => [customer.id, customer.name]));
const top = topOverdueCustomers(aging, { names, limit: 15, rates: RATES });
const bucketColumns: TableColumn[] = aging.buckets.map((bucket) => ({ header: bucket.label, align: 'right' }));

console.log(`Top ${top.length} customers by overdue amount, as of ${asOf}`);
console.log(
  formatTable(
    [
      { header: 'Customer', maxWidth: 30 },
      ...bucketColumns,
      { header: 'Total', align: 'right' },
      { header: 'Overdue', align: 'right' },
    ],
    top.map((customer) => [
      customer.name,
      ...customer.bucketsMinor.map((minor) => money(minor, customer.currency)),
      money(customer.totalMinor, customer.currency),
      money(customer.overdueMinor, customer.currency),
    ]),
  ),
);

const totalRows: TableRow[] = aging.totals.map((total) => [
  total.currency,
  ...total.bucketsMinor.map((minor) => money(minor, total.currency)),
  money(total.totalMinor, total.currency),
  money(total.unappliedMinor, total.currency),
  String(total.customerCount),
]);
if (aging.reporting !== undefined) {
  const reporting = aging.reporting;
  totalRows.push('rule', [
    `All in ${reporting.currency}`,
    ...reporting.bucketsMinor.map((minor) => money(minor, reporting.currency)),
    money(reporting.totalMinor, reporting.currency),
    money(reporting.unappliedMinor, reporting.currency),
    String(reporting.customerCount),
  ]);
}
console.log(`\nAging totals per currency (GBP converted at 1 GBP = ${RATES.rates.GBP} EUR for the total)`);
console.log(
  formatTable(
    [
      { header: 'Currency' },
      ...bucketColumns,
      { header: 'Total', align: 'right' },
      { header: 'Unapplied', align: 'right' },
      { header: 'Customers', align: 'right' },
    ],
    totalRows,
  ),
);

// 3. KPIs month by month over the last 12 months, every currency converted into EUR.
const from = addMonths(`${asOf.slice(0, 7)}-01`, -11);
const series = kpiSeries(prepared, { from, to: asOf, period: 'month', rates: RATES, decimals: 1 });
console.log(`\nMonthly KPIs in ${series.currency ?? 'EUR'} (DSO family in days, standard one-month method)`);
console.log(formatKpiTable(series.points, series.currency ?? RATES.base, LOCALE));

// 4. The same as a self-contained HTML page.
const html = renderHtmlReport({
  title: 'Receivables report',
  subtitle: `Sample ledger, seed "${SEED}" · amounts in EUR, GBP converted at ${RATES.rates.GBP}`,
  asOf,
  locale: LOCALE,
  aging,
  topCustomers: top,
  reportingCurrency: RATES.base,
  rates: RATES,
  kpis: series.points,
});
const outputDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'out');
mkdirSync(outputDirectory, { recursive: true });
const reportPath = path.join(outputDirectory, 'report.html');
writeFileSync(reportPath, html);
console.log(`\nHTML report written to ${reportPath}`);
