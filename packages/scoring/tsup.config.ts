import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // import.meta.url (where the worker file is) in the CommonJS build too.
    shims: true,
  },
  {
    // The worker thread of predictOpenPaymentsInParallel, next to the entry point, with the Overdue code it
    // needs bundled in: it imports no package, so it loads the same whatever the resolution conditions.
    entry: { 'predict-open-worker': 'src/model/predict-open-worker.ts' },
    format: ['esm', 'cjs'],
    sourcemap: true,
    noExternal: [/^@overdue\//],
  },
]);
