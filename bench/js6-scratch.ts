import { StringKeyIndex } from '../packages/receivables/src/_lib/string-key-index';
import { generateOpenItems } from './src/generate-open-items';
const rows = generateOpenItems(1_000_000, 100_000, 42, '2026-06-30');
const n = rows.length;
const idx = new StringKeyIndex(); for (let i = 0; i < n; i++) idx.indexOf(rows[i]!.customerId, 0);
const m = new Map<string, number>(); for (let i = 0; i < n; i++) { const k = rows[i]!.customerId; if (!m.has(k)) m.set(k, m.size); }
const best: Record<string, number> = {};
for (let round = 0; round < 10; round++) {
  let t = performance.now(); let s = 0; for (let i = 0; i < n; i++) s += idx.indexOf(rows[i]!.customerId, 0); best.packedLookup = Math.min(best.packedLookup ?? 1e9, performance.now() - t);
  t = performance.now(); for (let i = 0; i < n; i++) s += m.get(rows[i]!.customerId)!; best.mapLookup = Math.min(best.mapLookup ?? 1e9, performance.now() - t);
}
console.log(best);
