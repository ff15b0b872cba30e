import { generateOpenItems } from './src/generate-open-items';
const rows = generateOpenItems(1_000_000, 100_000, 42, '2026-06-30');
const n = rows.length;
const ids = rows.map(r => r.customerId);
const nums = new Int32Array(n); for (let i = 0; i < n; i++) nums[i] = Number(ids[i]!.slice(5));
const variants: Record<string, () => number> = {
  hashOnly: () => { let s = 0; for (let i = 0; i < n; i++) { const k = rows[i]!.customerId; let h = 0; for (let j = 0; j < k.length; j++) h = Math.imul(h ^ k.charCodeAt(j), 16777619); s ^= h; } return s; },
  randomTypedAccess: () => { const t = new Int32Array(1 << 18); let s = 0; for (let i = 0; i < n; i++) { const p = Math.imul(nums[i]!, 0x9e3779b1) >>> 14; s += t[p]!; t[p] = i; } return s; },
  mapInt: () => { const m = new Map<number, number>(); let s = 0; for (let i = 0; i < n; i++) { const k = nums[i]!; let v = m.get(k); if (v === undefined) { v = m.size; m.set(k, v); } s += v; } return s; },
  mapStr: () => { const m = new Map<string, number>(); let s = 0; for (let i = 0; i < n; i++) { const k = rows[i]!.customerId; let v = m.get(k); if (v === undefined) { v = m.size; m.set(k, v); } s += v; } return s; },
  mapStrFromArray: () => { const m = new Map<string, number>(); let s = 0; for (let i = 0; i < n; i++) { const k = ids[i]!; let v = m.get(k); if (v === undefined) { v = m.size; m.set(k, v); } s += v; } return s; },
};
const best: Record<string, number> = {}; for (let round = 0; round < 6; round++) for (const [name, f] of Object.entries(variants)) { const t = performance.now(); f(); const d = performance.now() - t; best[name] = Math.min(best[name] ?? 1e9, d); } console.log(best);
