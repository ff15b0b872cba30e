import { AgingAccumulator } from './src/aging/_lib/aging-accumulator';
const n = 1_000_000, C = 100_000;
let s = 7; const rnd = () => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return (s >>> 0) / 4294967296; };
const objs = new Array(n); for (let i = 0; i < n; i++) objs[i] = { id: `INV-${i}`, customerId: `CUST-${Math.floor(rnd() * C)}`, currency: 'EUR', amountDue: '12.34' };
function run() { const acc = new AgingAccumulator(6); let t = performance.now(); for (let i = 0; i < n; i++) { const o = objs[i]; acc.slot(o.customerId, o.currency); } const a = performance.now() - t; t = performance.now();
 for (let i = 0; i < n; i++) { const o = objs[i]; acc.add(acc.slot(o.customerId, o.currency), 1, 5); } const b = performance.now() - t; t = performance.now(); const r = acc.finish(true).rows.length; return [a, b, performance.now() - t].map(x=>x.toFixed(0)).join(' '); }
for (let k = 0; k < 6; k++) { console.log(run()); }
