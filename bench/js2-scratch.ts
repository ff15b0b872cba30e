import { generateOpenItems } from './src/generate-open-items';
const rows = generateOpenItems(1_000_000, 100_000, 42, '2026-06-30');
const n = rows.length;
function table(copy: boolean, checkHash: boolean) {
  return () => {
    let cap = 1 << 10, mask = cap - 1; let slots = new Int32Array(cap).fill(-1); let hashes = new Int32Array(cap);
    const keys: string[] = []; let s = 0;
    for (let i = 0; i < n; i++) {
      const k = rows[i]!.customerId; let h = 0x811c9dc5 | 0;
      for (let j = 0; j < k.length; j++) h = Math.imul(h ^ k.charCodeAt(j), 16777619);
      let p = h & mask; let v = -1;
      for (;;) { const e = slots[p]!; if (e < 0) break; if ((!checkHash || hashes[p] === h) && keys[e] === k) { v = e; break; } p = (p + 1) & mask; }
      if (v < 0) {
        v = keys.length; keys.push(copy ? (' ' + k).slice(1) : k); slots[p] = v; hashes[p] = h;
        if (keys.length * 2 > cap) { cap *= 2; mask = cap - 1; const ns = new Int32Array(cap).fill(-1), nh = new Int32Array(cap);
          for (let q = 0; q < slots.length; q++) { const e = slots[q]!; if (e < 0) continue; let pp = hashes[q]! & mask; while (ns[pp]! >= 0) pp = (pp + 1) & mask; ns[pp] = e; nh[pp] = hashes[q]!; } slots = ns; hashes = nh; }
      }
      s += v;
    }
    return s;
  };
}
const variants: Record<string, () => number> = {
  map: () => { const m = new Map<string, number>(); let s = 0; for (let i = 0; i < n; i++) { const k = rows[i]!.customerId; let v = m.get(k); if (v === undefined) { v = m.size; m.set(k, v); } s += v; } return s; },
  custom: table(false, true), customCopy: table(true, true), customCopyNoHash: table(true, false),
};
for (let round = 0; round < 3; round++) for (const [name, f] of Object.entries(variants)) { const t = performance.now(); const r = f(); console.log(name, (performance.now() - t).toFixed(0), r); }
