import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { syntheticCsv } from './synthetic-csv';

function run(args: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = runCli(args, {
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error('no such file');
      return text;
    },
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

const csv = syntheticCsv(30, 11);

describe('scoring-backtest CLI', () => {
  it('prints the model beside the three baselines and the forecast backtest', () => {
    const { code, stdout } = run(['data.csv'], { 'data.csv': csv });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Trained on \d+ invoices issued before 2013-01-01/);
    for (const name of ['model (', 'prior late rate', 'pays on terms', 'prior median days'])
      expect(stdout).toContain(name);
    expect(stdout).toMatch(/model MAPE \d+\.\d%, due-date rule MAPE \d+\.\d%/);
  });

  it('prints exactly the requested JSON keys, with a model that learned the habits', () => {
    const { code, stdout } = run(['--json', 'data.csv'], { 'data.csv': csv });
    expect(code).toBe(0);
    const metrics = JSON.parse(stdout) as Record<string, number>;
    expect(Object.keys(metrics)).toEqual(['auc', 'accuracy', 'brier', 'maeDaysToSettle', 'n']);
    expect(metrics.n).toBeGreaterThan(300);
    expect(metrics.auc).toBeGreaterThan(0.85);
    expect(metrics.maeDaysToSettle).toBeLessThan(8);
  });

  it('explains usage and layout errors', () => {
    expect(run([]).code).toBe(2);
    expect(run(['a.csv', 'b.csv']).stderr).toMatch(/expected one file/);
    expect(run(['--fast', 'a.csv']).code).toBe(2);
    expect(run(['--help']).stdout).toMatch(/^Usage: scoring-backtest/);
    const missing = run(['nope.csv']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read nope\.csv/);
    const broken = run(['bad.csv'], { 'bad.csv': csv.replace('1/1/2012', '2012-01-01') });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/line 2.*PaperlessDate/);
  });
});
