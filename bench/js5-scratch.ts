import { StringKeyIndex } from '../packages/receivables/src/_lib/string-key-index';
import { generateOpenItems } from './src/generate-open-items';
const rows = generateOpenItems(1_000_000, 100_000, 42, '2026-06-30');
const n = rows.length;
const variants: Record<string, () => number> = {
  packed: () => { const idx = new StringKeyIndex(); let s = 0; for (let i = 0; i < n; i++) { s += idx.indexOf(rows[i]!.customerId, 0); } return s; },
  packedTwice: () => { const idx = new StringKeyIndex(); let s = 0; for (let i = 0; i < n; i++) { s += idx.indexOf(rows[i]!.customerId, 0); } for (let i = 0; i < n; i++) { s += idx.indexOf(rows[i]!.customerId, 0); } return s; },
};
const best: Record<string, number> = {}; for (let round = 0; round < 6; round++) for (const [name, f] of Object.entries(variants)) { const t = performance.now(); f(); const d = performance.now() - t; best[name] = Math.min(best[name] ?? 1e9, d); } console.log(best);
