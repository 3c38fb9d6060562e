#!/usr/bin/env node
// `npm test`: the whole suite.
//   1. unit + database suites on embedded PGlite (always available);
//   2. the database suites again on real Postgres (TEST_POSTGRES_URL, default 127.0.0.1:5432/test);
//   3. browser suites in Debian's Chromium against a fresh build.
// Arguments pick parts: `npm test -- pglite e2e`; `unit` (the unit suites alone) runs only when
// named. A suite whose prerequisite is missing says so in one line; under CI=true a missing
// prerequisite is a failure, never a silent skip. Ends with every test that did not pass (file,
// name, first line of its error: a CI log's tail names the culprit) and one "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ci = process.env.CI === 'true';
const args = process.argv.slice(2);
const only = (name) => args.length === 0 || args.includes(name);
const outDir = mkdtempSync(path.join(tmpdir(), 'cr-test-'));
let passed = 0;
let failed = 0;
let problems = 0;
/** One line per test (or test file) that did not pass, printed again at the very end. */
const notPassed = [];

const firstLine = (text) => String(text ?? '').split('\n').find((l) => l.trim() !== '')?.trim().slice(0, 300) ?? '';
const LISTED = 50;

/**
 * Adds what did not pass in one report to `notPassed`: each test that did not pass, and a file's
 * own error (a failing import or top-level beforeAll, whose tests are then reported skipped with
 * no message of their own). A hook failing inside a describe block leaves its error out of the
 * JSON report: its tests are listed, the error is in the log above. Never fails the run itself.
 */
function listNotPassed(label, result) {
  try {
    const lines = [];
    for (const file of result.testResults ?? []) {
      const where = file.name ? path.relative(process.cwd(), String(file.name)) : '(unnamed file)';
      if (file.status === 'failed' && file.message) lines.push(`[${label}] ${where}: ${firstLine(file.message)}`);
      for (const t of file.assertionResults ?? []) {
        if (t.status !== 'passed') lines.push(`[${label}] ${where} > ${t.fullName ?? t.title}: ${t.status}${t.failureMessages?.length ? ` - ${firstLine(t.failureMessages[0])}` : ''}`);
      }
    }
    notPassed.push(...lines.slice(0, LISTED));
    if (lines.length > LISTED) notPassed.push(`[${label}] … and ${lines.length - LISTED} more (the log above has them all)`);
  } catch (error) {
    notPassed.push(`[${label}] could not list what did not pass: ${error}`);
  }
}

function vitest(label, projects, env) {
  const report = path.join(outDir, `${label}.json`);
  const projectArgs = projects.flatMap((p) => ['--project', p]);
  const run = spawnSync('npx', ['vitest', 'run', ...projectArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (existsSync(report)) {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    passed += result.numPassedTests;
    failed += result.numFailedTests + result.numPendingTests + result.numTodoTests;
    if (result.numTotalTests === 0) problems += 1;
    listNotPassed(label, result);
  } else {
    problems += 1;
  }
  if (run.status !== 0) problems += 1;
  console.log(`[${label}] exit ${run.status}`);
}

function reachable(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 5432) });
    socket.setTimeout(2000);
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => { socket.destroy(); resolve(false); });
  });
}

function unavailable(line) {
  console.log(`NOT RUN: ${line}`);
  if (ci) problems += 1;
}

if (only('pglite')) vitest('unit+pglite', ['unit', 'db'], { TEST_DB: 'pglite' });
if (args.includes('unit')) vitest('unit', ['unit'], {});

if (only('postgres')) {
  const url = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  if (await reachable(url)) vitest('postgres', ['db'], { TEST_DB: 'postgres', TEST_POSTGRES_URL: url });
  else unavailable(`database suites on Postgres: nothing listens at ${url} (set TEST_POSTGRES_URL)`);
}

if (only('e2e') && existsSync('tests/e2e')) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    unavailable(`browser suites: ${chromium} not found (apt-get install chromium)`);
  } else {
    const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
    if (build.status !== 0) problems += 1;
    else vitest('e2e', ['e2e'], { TEST_DB: 'pglite', CHROMIUM_PATH: chromium });
  }
}

if (notPassed.length > 0) console.log(`\nnot passed:\n${notPassed.join('\n')}`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || problems > 0 ? 1 : 0);
