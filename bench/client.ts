import { formatHlc } from '@cr/shared/engine/hlc';
/**
 * `npm run bench:client`: the client's budgets, one line per figure. Needs `npm run build` first
 * (the script runs it) and Debian's Chromium for the offline start.
 *   - JS for the first screen (gzip): the entry chunk and its static imports, not lazy chunks;
 *     budget 200 KB, the SQLite wasm excluded once it exists.
 *   - precache: what the service worker downloads on the first visit.
 *   - cold offline start: the server stopped, a reload served by the service worker with 4x CPU
 *     slowdown, until the first screen's form is on screen (median of 5).
 *   - the dashboard's fold: the device's code path after its SQL reads (engine context from the
 *     real content, fold of 2,000 attempts, dashboard and map views; then one more answer folded
 *     incrementally), in Node on this machine (median of 5); a phone is several times slower.
 *   - Lighthouse (devDependency, driving Debian's Chromium; it downloads nothing): the performance
 *     score on its default mobile emulation (simulated slow 4G, 4x CPU), median of 3 runs, against
 *     the real server serving the build's pre-compressed files.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildQuestionBank, loadContentGraph } from '../shared/src/content/index.ts';
import { createEngineContext, createPrng, randomInt, type AttemptEvent } from '../shared/src/engine/index.ts';
import { conceptViews, dashboardView, FOLD_CHUNK, foldLearner } from '../client/src/data/learning-views.ts';
import { seedContent } from '../server/src/seed/content.ts';
import { signUpStudent, unlockProfile } from '../tests/e2e/flows.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, CLIENT_DIST, launchChromium, startServer } from '../tests/e2e/support.ts';

const KB = 1024;
const fmt = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function firstScreenFiles(): { js: string[]; css: string[] } {
  const html = readFileSync(path.join(CLIENT_DIST, 'index.html'), 'utf8');
  const attr = (re: RegExp) => [...html.matchAll(re)].map((m) => path.join(CLIENT_DIST, m[1] ?? ''));
  const entries = attr(/<script[^>]+type="module"[^>]+src="([^"]+)"/g);
  const preloads = attr(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g);
  const css = attr(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  // Static imports of the entry are hoisted into modulepreload links by Vite; dynamic ones are not.
  return { js: [...new Set([...entries, ...preloads])], css };
}

function precacheBytes(): { entries: number; bytes: number } {
  const sw = readFileSync(path.join(CLIENT_DIST, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] ?? '');
  const bytes = urls.reduce((n, url) => n + statSync(path.join(CLIENT_DIST, url)).size, 0);
  return { entries: urls.length, bytes };
}

async function coldOfflineStartMs(runs: number): Promise<number[]> {
  const server = await startServer();
  const browser = await launchChromium();
  const samples: number[] = [];
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Make sure this page is controlled, so the next loads come from the precache.
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await server.close();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    for (let i = 0; i < runs; i += 1) {
      await page.reload({ waitUntil: 'commit' });
      await page.waitForSelector('form button[type=submit]', { state: 'visible' });
      samples.push(await page.evaluate(() => performance.now()));
    }
  } finally {
    await browser.close();
  }
  return samples.sort((a, b) => a - b);
}

/**
 * The dashboard's work on the real content with `attempts` attempts (median ms of `runs`): the
 * first load (engine context, full fold, dashboard and map views), and one more answer after it
 * (incremental `foldLearner` plus the views), which is what each practice answer costs.
 */
function learnerFoldMs(attempts: number, runs: number): { first: number; next: number } {
  const graph = loadContentGraph();
  const questions = buildQuestionBank();
  const rng = createPrng(2026);
  const start = Date.UTC(2026, 0, 1);
  const events: AttemptEvent[] = Array.from({ length: attempts + 1 }, (_, i) => {
    const q = questions[randomInt(rng, questions.length)] ?? questions[0];
    if (!q) throw new Error('empty question bank');
    const at = start + i * 600_000;
    return {
      id: `e${i}`,
      hlc: formatHlc({ wallMs: at, counter: 0, node: 'bench' }),
      student_id: 's',
      question_id: q.id,
      concept_id: q.primary_concept_id,
      correct: randomInt(rng, 3) > 0,
      response_time_ms: 20_000 + randomInt(rng, 200_000),
      device_time_ms: at,
    };
  });
  const nowMs = start + (attempts + 1) * 600_000;
  const first: number[] = [];
  const next: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    let t = performance.now();
    const ctx = createEngineContext({ concepts: graph.concepts, prerequisites: graph.prerequisites, questions });
    const learner = foldLearner(ctx, 's', events.slice(0, attempts), nowMs);
    dashboardView(learner, null);
    conceptViews(learner);
    first.push(performance.now() - t);
    t = performance.now();
    const after = foldLearner(ctx, 's', events, nowMs, learner);
    dashboardView(after, null);
    conceptViews(after);
    next.push(performance.now() - t);
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
  return { first: median(first), next: median(next) };
}

/**
 * `loadLearner` in the browser (wa-sqlite reads + fold, the `cr:learner` User Timing measure) for a
 * student with `attempts` synced attempts, on the first dashboard render after a reload with 4x CPU
 * slowdown: median of `runs` reloads, ms.
 */
interface LearnerSample {
  ms: number;
  attempts: number;
  contextMs: number;
  readMs: number;
  foldMs: number;
}

async function browserLearnerMs(attempts: number, runs: number): Promise<LearnerSample> {
  const server = await startServer();
  const browser = await launchChromium();
  try {
    await seedContent(server.db.pool);
    const page = await browser.context.newPage();
    const student = { name: 'Bench Student', email: `bench-${Date.now()}@bench.cr`, password: 'correct horse battery', pin: '135790' };
    await signUpStudent(page, server.url, student);
    const { rows } = await server.db.pool.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [student.email]);
    // As if answered on another device over the past weeks: random questions, ~60 % right.
    await server.db.pool.query(
      `INSERT INTO attempts (id, student_id, question_id, concept_id, answer, is_correct, response_time_ms, device_time, hlc)
       SELECT gen_random_uuid(), $1, q.id, q.primary_concept_id, 'A', random() < 0.6, 30000 + (random() * 150000)::int, t,
              lpad((extract(epoch FROM t) * 1000)::bigint::text, 13, '0') || ':0000:bench'
         FROM (SELECT id, primary_concept_id, now() - (row_number() OVER () * interval '10 minutes') AS t
                 FROM (SELECT id, primary_concept_id FROM questions ORDER BY md5(id) LIMIT $2) s) q`,
      [rows[0]?.id, attempts],
    );
    const measured = (n: number, fullOnly: boolean) =>
      page.waitForFunction(
        ([want, full]) => {
          const found = performance
            .getEntriesByName('cr:learner')
            .map((e) => ({
              ms: e.duration,
              ...((e as PerformanceMeasure).detail as { attempts: number; incremental: boolean; contextMs: number; readMs: number; foldMs: number }),
            }))
            .find((e) => e.attempts >= want && (!full || !e.incremental));
          return found ?? null;
        },
        [n, fullOnly] as const,
        { timeout: 180_000 },
      );
    // Warm-up: the attempts reach the device's replica.
    await measured(attempts, false);
    const cdp = await browser.context.newCDPSession(page);
    const samples: LearnerSample[] = [];
    for (let i = 0; i < runs; i += 1) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await page.goto(`${server.url}/`);
      await unlockProfile(page, { name: student.name, pin: student.pin });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      // The first (full) fold after the reload, the replica already holding every attempt.
      const entry = await measured(attempts, true);
      samples.push((await entry.jsonValue()) as LearnerSample);
    }
    const sorted = samples.sort((a, b) => a.ms - b.ms);
    const mid = sorted[Math.floor(sorted.length / 2)];
    if (!mid) throw new Error('no measurement');
    return mid;
  } finally {
    await browser.close();
    await server.close();
  }
}

const { js, css } = firstScreenFiles();
const jsGzip = js.reduce((n, f) => n + gz(f), 0);
const lazy = readdirSync(path.join(CLIENT_DIST, 'assets')).filter((f) => f.endsWith('.js') && !js.some((j) => j.endsWith(f)));
const lazyGzip = lazy.reduce((n, f) => n + gz(path.join(CLIENT_DIST, 'assets', f)), 0);
const precache = precacheBytes();

console.log(`first-screen JS (gzip): ${fmt(jsGzip)} in ${js.length} file(s); budget 200 KB (${Math.round((jsGzip / (200 * KB)) * 100)}% used)`);
console.log(`first-screen CSS (gzip): ${fmt(css.reduce((n, f) => n + gz(f), 0))}`);
console.log(`lazy JS (gzip): ${fmt(lazyGzip)} in ${lazy.length} chunk(s)`);
console.log(`precache: ${fmt(precache.bytes)} raw in ${precache.entries} entries`);
const samples = await coldOfflineStartMs(5);
console.log(`cold offline start, 4x CPU slowdown (ms, median of ${samples.length}): ${samples[Math.floor(samples.length / 2)]?.toFixed(0)}`);
const fold = learnerFoldMs(2_000, 5);
console.log(`dashboard first load (real content, 2,000 attempts: context + fold + views; Node, median of 5): ${fold.first.toFixed(0)} ms`);
console.log(`dashboard after one more answer (incremental fold + views; Node, median of 5): ${fold.next.toFixed(1)} ms`);
const inBrowser = await browserLearnerMs(2_000, 3);
console.log(
  `dashboard loadLearner in Chromium, 4x CPU slowdown (${inBrowser.attempts} attempts, median of 3 reloads): ${inBrowser.ms.toFixed(0)} ms ` +
    `(engine context ${inBrowser.contextMs.toFixed(0)} ms, SQL reads ${inBrowser.readMs.toFixed(0)} ms, fold in ${FOLD_CHUNK}-attempt chunks ${inBrowser.foldMs.toFixed(0)} ms)`,
);
const LIGHTHOUSE = path.resolve('node_modules/.bin/lighthouse');

interface LighthouseRun {
  score: number;
  fcp: string;
  lcp: string;
  tbt: string;
}

/** Lighthouse's CLI against the real server; median score of `runs`. */
async function lighthouse(runs: number): Promise<LighthouseRun[]> {
  const server = await startServer();
  const dir = mkdtempSync(path.join(tmpdir(), 'cr-lighthouse-'));
  try {
    const out: LighthouseRun[] = [];
    for (let i = 0; i < runs; i++) {
      const report = path.join(dir, `run-${i}.json`);
      // Asynchronously: the server under test runs in this process.
      await promisify(execFile)(
        LIGHTHOUSE,
        [`${server.url}/`, '--only-categories=performance', '--form-factor=mobile', `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`, '--output=json', `--output-path=${report}`, '--quiet'],
        { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 },
      );
      const r = JSON.parse(readFileSync(report, 'utf8')) as {
        categories: { performance: { score: number } };
        audits: Record<string, { displayValue?: string }>;
      };
      const shown = (key: string) => (r.audits[key]?.displayValue ?? '?').replace(/\u00a0/g, ' ');
      out.push({ score: Math.round(r.categories.performance.score * 100), fcp: shown('first-contentful-paint'), lcp: shown('largest-contentful-paint'), tbt: shown('total-blocking-time') });
    }
    return out.sort((a, b) => a.score - b.score);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await server.close();
  }
}

if (existsSync(LIGHTHOUSE)) {
  const runs = await lighthouse(3);
  const median = runs[1] ?? runs[0];
  console.log(
    `lighthouse performance, mobile emulation (median of ${runs.length}; seed target > 90): ${median?.score ?? '?'} ` +
      `(FCP ${median?.fcp}, LCP ${median?.lcp}, TBT ${median?.tbt}; runs ${runs.map((r) => r.score).join(', ')})`,
  );
} else {
  console.log('lighthouse: not run (node_modules/.bin/lighthouse missing: run npm ci)');
}
