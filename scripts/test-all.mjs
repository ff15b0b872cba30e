#!/usr/bin/env node
// The whole check, as CI runs it (`pnpm test`). Every stage runs even when an earlier one fails, so the
// summary is complete. The last line of output is always `N passed, N failed`, where the counts are
// vitest tests (all runs) plus stages; the exit code is 1 when anything failed.
//
// Stages: biome ci -> turbo build + typecheck -> turbo check-package (publint + attw) -> vitest (all
// projects) -> vitest again under several TZ values (time-zone sensitive suites only) -> typedoc ->
// check-examples.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'node_modules', '.bin');
const scratch = mkdtempSync(path.join(tmpdir(), 'overdue-test-'));

/** Time zones for the second vitest pass (date-fns runs its suites under several TZ values the same way). */
const timeZones = ['America/New_York', 'Asia/Kolkata', 'Pacific/Chatham'];
/**
 * Path filters (substring matches, OR-ed) selecting the time-zone sensitive test files: every
 * `*.tz.test.ts` anywhere, the core calendar tests, the receivables tests (which age invoices), the
 * dunning tests (event days from instants, dates in messages), the outreach tests (local hours, holidays)
 * and the simulator tests (local hours, day-by-day runs that must not depend on the process zone).
 */
const timeZoneFilters = [
  '.tz.test.',
  'packages/core/src/dates/',
  'packages/receivables/',
  'packages/dunning/',
  'packages/outreach/',
  'packages/simulator/',
];
/** A stage that runs longer than this is killed and counted as failed (the whole run must stay < 15 min). */
const stageTimeoutMs = Number(process.env.OVERDUE_STAGE_TIMEOUT_MS ?? 6 * 60 * 1000);

const env = {
  ...process.env,
  PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
};

const results = [];
let testsPassed = 0;
let testsFailed = 0;
/** Failed tests and files that failed to run, one line each, repeated in the summary so a CI tail shows them. */
const failures = [];

function run(command, args, extraEnv = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...env, ...extraEnv },
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }, stageTimeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      console.error(`  could not start ${command}: ${error.message}`);
      resolve({ code: 127, timedOut });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), timedOut });
    });
  });
}

async function stage(name, command, args, { extraEnv, after } = {}) {
  console.log(`\n=== ${name}\n$ ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const { code, timedOut } = await run(command, args, extraEnv);
  let ok = code === 0;
  let note = timedOut ? `timed out after ${Math.round(stageTimeoutMs / 1000)}s` : `exit ${code}`;
  if (after) {
    const extra = after();
    if (extra.ok === false) ok = false;
    if (extra.note) note += `, ${extra.note}`;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ name, ok, note, seconds });
  console.log(`=== ${name}: ${ok ? 'PASS' : 'FAIL'} (${note}, ${seconds}s)`);
}

/**
 * The first non-empty line of a failure message, and fast-check's `{ seed: ..., path: ... }` line when
 * there is one (so a property failure can be replayed), cut to 400 characters.
 */
function firstLine(message) {
  const lines = String(message ?? '').split('\n');
  const first = lines.find((text) => text.trim() !== '') ?? '(no message)';
  const seed = lines.find((text) => /\bseed: -?\d+/.test(text));
  const line = seed && seed !== first ? `${first.trim()} ${seed.trim()}` : first.trim();
  return line.length > 400 ? `${line.slice(0, 400)}...` : line;
}

/**
 * Reads a vitest JSON report and adds its counts and failures; a missing or unreadable report fails the
 * stage. `label` names the stage in the failure list.
 */
function countTests(reportFile, label) {
  return () => {
    if (!existsSync(reportFile)) return { ok: false, note: 'no JSON report written' };
    try {
      const report = JSON.parse(readFileSync(reportFile, 'utf8'));
      const passed = report.numPassedTests ?? 0;
      const failed = report.numFailedTests ?? 0;
      const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
      const brokenSuites = (report.testResults ?? []).filter(
        (file) => file.status === 'failed' && (file.assertionResults ?? []).every((test) => test.status !== 'failed'),
      ).length;
      testsPassed += passed;
      testsFailed += failed;
      for (const file of report.testResults ?? []) {
        const where = path.relative(root, file.name ?? '');
        const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
        for (const test of failedTests) {
          failures.push(`${label}: ${where} > ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
        }
        if (file.status === 'failed' && failedTests.length === 0) {
          failures.push(`${label}: ${where} did not run: ${firstLine(file.message)}`);
        }
      }
      const parts = [`${passed} tests passed`, `${failed} failed`];
      if (skipped > 0) parts.push(`${skipped} skipped`);
      if (brokenSuites > 0) parts.push(`${brokenSuites} file(s) failed to run`);
      return { ok: failed === 0 && brokenSuites === 0, note: parts.join(', ') };
    } catch (error) {
      return { ok: false, note: `unreadable JSON report (${error.message})` };
    }
  };
}

function vitestArgs(reportFile, extra = []) {
  return ['run', ...extra, '--reporter=default', '--reporter=json', `--outputFile=${reportFile}`];
}

const started = Date.now();
try {
  await stage('biome ci', path.join(bin, 'biome'), ['ci', '.']);
  await stage('turbo build typecheck', path.join(bin, 'turbo'), [
    'run',
    'build',
    'typecheck',
    '--continue=dependencies-successful',
  ]);
  await stage('turbo check-package', path.join(bin, 'turbo'), [
    'run',
    'check-package',
    '--continue=dependencies-successful',
  ]);

  const mainReport = path.join(scratch, 'vitest.json');
  await stage('vitest', path.join(bin, 'vitest'), vitestArgs(mainReport), { after: countTests(mainReport, 'vitest') });

  for (const timeZone of timeZones) {
    const report = path.join(scratch, `vitest-${timeZone.replaceAll('/', '-')}.json`);
    await stage(
      `vitest TZ=${timeZone}`,
      path.join(bin, 'vitest'),
      vitestArgs(report, [...timeZoneFilters, '--passWithNoTests']),
      { extraEnv: { TZ: timeZone }, after: countTests(report, `TZ=${timeZone}`) },
    );
  }

  await stage('typedoc', path.join(bin, 'typedoc'), ['--options', 'docs/typedoc.json']);
  await stage('check-examples', process.execPath, [path.join('scripts', 'check-examples.mjs')]);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const stagesPassed = results.filter((result) => result.ok).length;
const stagesFailed = results.length - stagesPassed;
const width = Math.max(...results.map((result) => result.name.length));
console.log(`\n=== summary (${((Date.now() - started) / 1000).toFixed(0)}s)`);
for (const result of results) {
  console.log(
    `${result.ok ? 'PASS' : 'FAIL'}  ${result.name.padEnd(width)}  ${result.seconds.padStart(6)}s  ${result.note}`,
  );
}
if (failures.length > 0) {
  console.log(`failed tests (${failures.length}):`);
  for (const failure of failures.slice(0, 20)) console.log(`  ${failure}`);
  if (failures.length > 20) console.log(`  ... and ${failures.length - 20} more`);
}
console.log(
  `stages: ${stagesPassed} passed, ${stagesFailed} failed; tests: ${testsPassed} passed, ${testsFailed} failed`,
);
const passed = testsPassed + stagesPassed;
const failed = testsFailed + stagesFailed;
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
