import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RECEIVABLES_COLUMNS } from '@overdue/example-support';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const HEADER = RECEIVABLES_COLUMNS.join(',');
// Made-up invoices, small enough to compute February 2020 by hand (see the test below).
const SMALL = `${[
  HEADER,
  '100,ACME-0001,1/2/2020,0000000101,1/5/2020,2/4/2020,100.00,No,2/1/2020,Electronic,27,0',
  '100,ACME-0001,1/2/2020,0000000102,1/20/2020,2/19/2020,50.00,No,3/10/2020,Electronic,50,20',
  '200,BOLT-0042,6/30/2019,0000000103,12/10/2019,1/9/2020,30.00,Yes,1/25/2020,Paper,46,16',
  '200,BOLT-0042,6/30/2019,0000000104,2/10/2020,3/11/2020,200.00,No,3/5/2020,Paper,24,0',
].join('\r\n')}\r\n`;

const JSON_KEYS = [
  'month',
  'receivables',
  'current',
  'dso',
  'countbackDso',
  'bestPossibleDso',
  'averageDaysDelinquent',
  'cei',
  'percentCurrent',
  'averageDaysToPay',
];

function run(args: string[], files: Record<string, string> = { 'small.csv': SMALL }) {
  let stdout = '';
  let stderr = '';
  const code = runCli(args, {
    readFile: (file) => {
      const text = files[file] ?? (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${file}'`);
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

type Row = Record<string, string | number | null>;

describe('kpis-from-csv', () => {
  it('prints usage for --help, saying amounts are taken as USD unless --currency says otherwise', () => {
    const { code, stdout, stderr } = run(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Usage: kpis-from-csv <file.csv> [--json] [--currency XXX]');
    expect(stdout).toContain('Amounts are assumed to be in USD');
    expect(stdout).toContain(HEADER);
  });

  it('prints only a JSON array with exactly the documented keys, one object per month end', () => {
    const { code, stdout, stderr } = run(['small.csv', '--json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const rows = JSON.parse(stdout) as Row[];
    expect(rows.map((row) => row.month)).toEqual(['2019-12', '2020-01', '2020-02', '2020-03']);
    for (const row of rows) expect(Object.keys(row)).toEqual(JSON_KEYS);
  });

  it('computes February 2020 as worked out by hand', () => {
    // At 2020-02-29: open are 102 (50.00, due 2/19, so past due) and 104 (200.00, due 3/11, current).
    // AR_end 250.00, current 200.00, February sales 200.00 (104), 29 days.
    // DSO = 250 / 200 x 29 = 36.25; BPDSO = 200 / 200 x 29 = 29; ADD = 7.25; % current = 200 / 250 = 80.
    // Countback: 250 > February's 200, so 29 days + 50 / January's sales 150 x 31 days = 39.33.
    // CEI: AR_begin (2020-01-31) = 101 + 102 = 150; (150 + 200 - 250) / (150 + 200 - 200) = 66.67%.
    // ADP: only 101 was settled in February, 27 days after its invoice date.
    const rows = JSON.parse(run(['small.csv', '--json']).stdout) as Row[];
    expect(rows.find((row) => row.month === '2020-02')).toEqual({
      month: '2020-02',
      receivables: '250.00',
      current: '200.00',
      dso: 36.25,
      countbackDso: 39.33,
      bestPossibleDso: 29,
      averageDaysDelinquent: 7.25,
      cei: 66.67,
      percentCurrent: 80,
      averageDaysToPay: 27,
    });
    // March: nothing left open and nothing invoiced, so the DSO family is undefined.
    expect(rows.find((row) => row.month === '2020-03')).toMatchObject({
      receivables: '0.00',
      dso: null,
      bestPossibleDso: null,
      percentCurrent: null,
    });
  });

  it('prints a table with one line per month end', () => {
    const { code, stdout } = run(['--', 'small.csv']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Receivables KPIs of small.csv, in USD, as of each month end from 2019-12-01 to 2020-03-31');
    expect(lines[1]).toMatch(
      /^Month end\s+Receivables\s+Current\s+DSO\s+Countback\s+BPDSO\s+ADD\s+CEI\s+% current\s+ADP$/,
    );
    expect(lines.find((line) => line.startsWith('2020-02-29'))).toMatch(
      /^2020-02-29\s+\$250\.00\s+\$200\.00\s+36\.3\s+39\.3\s+29\.0\s+7\.3\s+66\.7%\s+80\.0%\s+27\.0$/,
    );
  });

  it('reads amounts in the --currency given', () => {
    const rows = JSON.parse(run(['small.csv', '--json', '--currency', 'EUR']).stdout) as Row[];
    expect(rows[2]?.receivables).toBe('250.00');
    expect(run(['small.csv', '--currency=EUR']).stdout).toContain('€250.00');
  });

  it('exits with 1 and the line and column on stderr for a layout error, printing nothing on stdout', () => {
    const bad = SMALL.replace('2/10/2020,3/11/2020', '2020-02-10,3/11/2020');
    const { code, stdout, stderr } = run(['bad.csv', '--json'], { 'bad.csv': bad });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('kpis-from-csv: bad.csv: line 5, column InvoiceDate: expected M/D/YYYY, got "2020-02-10"\n');
  });

  it('exits with 1 when the file cannot be read', () => {
    const { code, stderr } = run(['missing.csv']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^kpis-from-csv: cannot read missing\.csv: ENOENT/);
  });

  it.each([
    [[], 'missing the CSV file to read'],
    [['small.csv', '--xml'], 'unknown option "--xml"'],
    [['small.csv', 'other.csv'], 'expected one file, got "small.csv" and "other.csv"'],
    [['small.csv', '--currency', 'DOLLARS'], '--currency needs an ISO 4217 code such as USD or EUR, got "DOLLARS"'],
    [['small.csv', '--currency'], '--currency needs an ISO 4217 code such as USD or EUR, got nothing'],
  ])('exits with 2 and the usage for the command line %j', (args, message) => {
    const { code, stdout, stderr } = run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.startsWith(`kpis-from-csv: ${message}\n`)).toBe(true);
    expect(stderr).toContain('Usage:');
  });
});

// The real IBM sample sits beside the repository (/work/shared/data); its licence is unknown, so it is read
// in place and never copied. The test is skipped where the file is absent.
const exampleFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const realFile = path.resolve(exampleFolder, '../../../shared/data/ar-invoices-dev.csv');
const realFileExists = existsSync(realFile);

describe('kpis-from-csv on the shared IBM sample', () => {
  it.skipIf(!realFileExists)('gives sane figures that agree with a straightforward recomputation from the file', () => {
    const { code, stdout, stderr } = run([realFile, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Row[];
    // From the first invoice month to the last settlement month, with no gaps.
    expect(rows[0]?.month).toBe('2012-01');
    expect(rows.length).toBeGreaterThanOrEqual(24);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(JSON_KEYS);
      expect(row.receivables).toMatch(/^\d+\.\d{2}$/);
      expect(Number(row.current)).toBeLessThanOrEqual(Number(row.receivables));
      for (const key of [
        'dso',
        'countbackDso',
        'bestPossibleDso',
        'averageDaysDelinquent',
        'averageDaysToPay',
      ] as const) {
        const value = row[key];
        if (value !== null) expect(value).toBeGreaterThanOrEqual(0);
      }
      for (const key of ['cei', 'percentCurrent'] as const) {
        const value = row[key];
        if (value !== null) expect(value).toBeGreaterThanOrEqual(0);
        if (value !== null) expect(value).toBeLessThanOrEqual(100);
      }
    }

    // Independent recomputation straight from the text: an invoice is open at the end of day D when
    // InvoiceDate <= D < SettledDate; it is current when, in addition, D <= DueDate. ADP is the mean of the
    // file's own DaysToSettle over invoices settled in the month.
    const lines = readFileSync(realFile, 'utf8')
      .split(/\r?\n/)
      .filter((line) => line !== '');
    const header = (lines[0] ?? '').split(',');
    const column = (name: string) => header.indexOf(name);
    const day = (text: string) => {
      const [month, dayOfMonth, year] = text.split('/').map(Number);
      return Date.UTC(year ?? 0, (month ?? 1) - 1, dayOfMonth ?? 1);
    };
    const invoices = lines.slice(1).map((line) => {
      const fields = line.split(',');
      const field = (name: string) => fields[column(name)] ?? '';
      return {
        issued: day(field('InvoiceDate')),
        due: day(field('DueDate')),
        settled: day(field('SettledDate')),
        cents: Math.round(Number(field('InvoiceAmount')) * 100),
        daysToSettle: Number(field('DaysToSettle')),
        settledMonth: `${field('SettledDate').split('/')[2]}-${(field('SettledDate').split('/')[0] ?? '').padStart(2, '0')}`,
      };
    });
    const cents = (text: string | number | null) => Math.round(Number(text) * 100);
    for (const month of ['2013-01', '2013-06', '2013-09']) {
      const row = rows.find((candidate) => candidate.month === month);
      const [year, monthNumber] = month.split('-').map(Number);
      const monthEnd = Date.UTC(year ?? 0, monthNumber ?? 1, 0); // day 0 of the next month
      const open = invoices.filter((invoice) => invoice.issued <= monthEnd && monthEnd < invoice.settled);
      expect(cents(row?.receivables ?? null)).toBe(open.reduce((sum, invoice) => sum + invoice.cents, 0));
      expect(cents(row?.current ?? null)).toBe(
        open.filter((invoice) => monthEnd <= invoice.due).reduce((sum, invoice) => sum + invoice.cents, 0),
      );
      const settled = invoices.filter((invoice) => invoice.settledMonth === month);
      const meanDays = settled.reduce((sum, invoice) => sum + invoice.daysToSettle, 0) / settled.length;
      expect(row?.averageDaysToPay).toBeCloseTo(meanDays, 2);
    }

    // Loose comparison with the IBM reference table in kpis-and-scoring.md (computed on all 100 customers;
    // this file has 63, so the figures differ): January 2013 there is AR 5,846.87, DSO 27.0, BPDSO 22.3,
    // ADD 4.7, CEI 86.5%, ADP 26.2. Here the same month is only required to be of the same kind: a DSO of a
    // few weeks on 30-day terms and a collection index well above one half.
    const january = rows.find((row) => row.month === '2013-01');
    expect(january?.dso).toBeGreaterThan(10);
    expect(january?.dso).toBeLessThan(45);
    expect(january?.cei).toBeGreaterThan(50);
  });
});
