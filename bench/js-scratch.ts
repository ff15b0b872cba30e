import { tryDayNumber, tryParseMinor } from '@overdue/core';
import { generateOpenItems } from './src/generate-open-items';
const rows = generateOpenItems(1_000_000, 100_000, 42, '2026-06-30');
const n = rows.length;
const variants: Record<string, () => number> = {
  read: () => { let s = 0; for (let i = 0; i < n; i++) { const r = rows[i]!; s += r.id.length + r.customerId.length + r.issueDate.length + r.dueDate.length + r.amountDue.length + r.currency.length; } return s; },
  dates: () => { let s = 0; for (let i = 0; i < n; i++) { const r = rows[i]!; s += tryDayNumber(r.issueDate) + tryDayNumber(r.dueDate); } return s; },
  amount: () => { let s = 0; for (let i = 0; i < n; i++) { const r = rows[i]!; s += tryParseMinor(r.amountDue, 2); } return s; },
  map: () => { const m = new Map<string, number>(); let s = 0; for (let i = 0; i < n; i++) { const k = rows[i]!.customerId; let v = m.get(k); if (v === undefined) { v = m.size; m.set(k, v); } s += v; } return s; },
};
for (let round = 0; round < 3; round++) for (const [name, f] of Object.entries(variants)) { const t = performance.now(); f(); console.log(name, (performance.now() - t).toFixed(0)); }
