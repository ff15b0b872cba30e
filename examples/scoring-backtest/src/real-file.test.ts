import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readReceivablesCsv } from '@overdue/example-support';
import { describe, expect, it } from 'vitest';
import { runBacktest } from './backtest';

// The real IBM sample sits beside the repository (shared/data); its licence is unknown, so it is read in
// place and never copied. The tests are skipped where the file is absent.
const exampleFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const realFile = path.resolve(exampleFolder, '../../../shared/data/ar-invoices-dev.csv');
const present = existsSync(realFile);

describe.skipIf(!present)('scoring backtest on the shared IBM sample', () => {
  const text = present ? readFileSync(realFile, 'utf8') : '';
  const result = present ? runBacktest(readReceivablesCsv(text)) : undefined;

  it('meets the targets (AUC at least 0.88, MAE of days to settle at most 6.2), ahead of every baseline', () => {
    const [model, ...baselines] = result?.methods ?? [];
    expect(result?.testInvoices).toBe(747);
    expect(model?.auc).toBeGreaterThanOrEqual(0.88);
    expect(model?.maeDaysToSettle).toBeLessThanOrEqual(6.2);
    for (const baseline of baselines) {
      if (baseline.auc !== null) expect(model?.auc).toBeGreaterThan(baseline.auc);
      if (baseline.brier !== null) expect(model?.brier).toBeLessThan(baseline.brier);
      if (baseline.maeDaysToSettle !== null) expect(model?.maeDaysToSettle).toBeLessThan(baseline.maeDaysToSettle);
    }
  });

  it('never reads the Disputed column: flipping it changes nothing', () => {
    const flipped = text
      .split('\r\n')
      .map((line, k) =>
        k === 0 ? line : line.replace(/,(Yes|No),/, (_, value) => (value === 'Yes' ? ',No,' : ',Yes,')),
      )
      .join('\r\n');
    expect(runBacktest(readReceivablesCsv(flipped)).modelMetrics).toEqual(result?.modelMetrics);
  });
});
