import { ageReceivables } from './src/index';
import { createRandom } from '@overdue/core';
const n = 1_000_000, customers = 100_000;
const r = createRandom(1);
const pad = (x: number) => String(x).padStart(2, '0');
const dates: string[] = []; for (let d = 0; d < 400; d++) { const t = new Date(Date.UTC(2025, 0, 1) + d * 86400000); dates.push(`${t.getUTCFullYear()}-${pad(t.getUTCMonth()+1)}-${pad(t.getUTCDate())}`); }
const items = new Array(n);
for (let i = 0; i < n; i++) { const issue = r.integer(360); items[i] = { id: `INV-${i}`, customerId: `CUST-${r.integer(customers)}`, currency: 'EUR', issueDate: dates[issue]!.slice(0), dueDate: (dates[issue + 30]!+' ').trim(), amountDue: `${r.integer(100000)}.${pad(r.integer(100))}` }; }
for (let k = 0; k < 7; k++) { const t = performance.now(); const rep = ageReceivables(items, { asOf: '2026-01-15' }); console.log('ms', (performance.now() - t).toFixed(1), rep.rows.length, rep.totals[0]?.totalMinor); }
