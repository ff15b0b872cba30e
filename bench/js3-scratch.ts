import { StringKeyIndex } from '../packages/receivables/src/_lib/string-key-index';
import { generateOpenItems } from './src/generate-open-items';
const rows = generateOpenItems(1_000_000, 100_000, 42, '2026-06-30');
const n = rows.length;
const variants: Record<string, () => number> = {
  map: () => { const m = new Map<string, number>(); let s = 0; for (let i = 0; i < n; i++) { const k = rows[i]!.customerId; let v = m.get(k); if (v === undefined) { v = m.size; m.set(k, v); } s += v; } return s; },
  packed: () => { const idx = new StringKeyIndex(); let s = 0; for (let i = 0; i < n; i++) { s += idx.indexOf(rows[i]!.customerId, 0); } return s; },
};
const best: Record<string, number> = {}; for (let round = 0; round < 8; round++) for (const [name, f] of Object.entries(variants)) { const t = performance.now(); f(); const d = performance.now() - t; best[name] = Math.min(best[name] ?? 1e9, d); } console.log(best);
