import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../client/src/i18n/en.ts';
import { publishJob, rankJob, sweep } from '../../server/src/jobs/scoring.ts';
import { seedContent } from '../../server/src/seed/content.ts';
import { attemptOp, Device, elapse, sittingOp, type Answer } from '../jobs/fixtures.ts';
import { signIn } from './flows.ts';
import { launchChromium, screenshots, startServer, type RunningBrowser, type RunningServer } from './support.ts';

/**
 * Predicted rank after a released benchmark, in a real browser against the real server: an admin
 * schedules a JEE Main benchmark for class 11 through the API, Aarav's device submits a sitting
 * through the real upload endpoint, the window and grace pass, the real ranking and release jobs
 * run; then his dashboard shows an all-India rank as a range from his score (not "appears after
 * your first benchmark", not AIR 1 for topping a cohort of one), the class rank withheld with the
 * cohort size, and the same figures as /api/user/dashboard.
 */

let server: RunningServer;
let browser: RunningBrowser;
let page: Page;
let studentToken = '';
let studentId = '';
let benchmarkId = '';
const errors: string[] = [];
const STUDENT = { email: 'student11@demo.cr', password: 'demo-student-11', pin: '2468' };
const ADMIN = { email: 'admin@demo.cr', password: 'demo-admin-pass' };
const HOUR_MS = 3_600_000;
const SITTING_ID = '0190a000-0000-7000-8000-00000000a001';
const q = <R extends Record<string, unknown>>(sql: string, v: unknown[] = []) => server.db.pool.query<R>(sql, v).then((r) => r.rows);

async function api<T>(method: string, path: string, token: string | null, body?: unknown): Promise<{ status: number; data: T }> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await res.json()) as { data: T };
  return { status: res.status, data: json.data };
}

const login = async (who: { email: string; password: string }) => (await api<{ token: string }>('POST', '/api/auth/login', null, { email: who.email, password: who.password })).data.token;

/** A sealed class-11 bank that can fill one JEE Main paper (single-correct key A, integer key 7). */
async function fillBenchmarkBank(): Promise<void> {
  const concepts = await q<{ id: string; subject: string }>(`SELECT DISTINCT ON (subject) id, subject FROM concepts ORDER BY subject, id`);
  for (const c of concepts) {
    await q(
      `INSERT INTO benchmark_bank (id, subject, primary_concept_id, type, text, options, answer, difficulty, source, standard)
       SELECT 'BK-' || $1 || '-' || g, $1, $2, CASE WHEN g <= 30 THEN 'SINGLE' ELSE 'INTEGER' END, 'Bank question ' || g,
              CASE WHEN g <= 30 THEN '[{"key": "A", "text": "1"}, {"key": "B", "text": "2"}, {"key": "C", "text": "3"}, {"key": "D", "text": "4"}]'::jsonb END, CASE WHEN g <= 30 THEN 'A' ELSE '7' END, 1 + g % 5, 'e2e', 11
         FROM generate_series(1, 40) g`,
      [c.subject, c.id],
    );
  }
}

beforeAll(async () => {
  server = await startServer();
  await seedContent(server.db.pool);
  await fillBenchmarkBank();
  studentId = (await q<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [STUDENT.email]))[0]!.id;
  const adminToken = await login(ADMIN);
  studentToken = await login(STUDENT);
  const now = Date.now();
  const scheduled = await api<{ id: string; question_ids: string[] }>('POST', '/api/admin/benchmarks', adminToken, {
    standard: 11,
    month: '2031-01',
    opens_at: new Date(now - 60_000).toISOString(),
    closes_at: new Date(now + 3 * HOUR_MS).toISOString(),
    grace_s: 3600,
  });
  expect(scheduled.status, JSON.stringify(scheduled.data)).toBe(201);
  benchmarkId = scheduled.data.id;
  const paper = scheduled.data.question_ids;
  const bank = new Map((await q<{ id: string; primary_concept_id: string; type: string }>(`SELECT id, primary_concept_id, type FROM benchmark_bank`)).map((b) => [b.id, b]));
  // 36 right, 24 wrong, 15 left blank: 36 × 4 − 24 = 120 marks of 300.
  const answers: Answer[] = paper.map((id, j) => {
    const b = bank.get(id)!;
    const right = b.type === 'SINGLE' ? 'A' : '7';
    const wrong = b.type === 'SINGLE' ? 'C' : '3';
    return { questionId: id, concept: b.primary_concept_id, answer: j < 36 ? right : j < 60 ? wrong : null, atMs: now - 50_000 + j * 100 };
  });
  const device = new Device('rankdev');
  const sittingId = SITTING_ID;
  const ops = [sittingOp(device, { sittingId, testId: benchmarkId, testType: 'MONTHLY', questionIds: paper, startedAtMs: now - 55_000, submittedAtMs: now - 1000 }, studentId), ...answers.map((a) => attemptOp(device, sittingId, studentId, a))];
  const res = await fetch(`${server.url}/sync/upload`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${studentToken}` }, body: JSON.stringify({ client_id: 'rankdev', ops }) });
  expect(res.status, await res.clone().text()).toBe(200);
  await sweep(server.db.pool, null);
  await elapse(server.db.pool, benchmarkId, 5 * 3600);
  await rankJob(server.db.pool, benchmarkId, null);
  await publishJob(server.db.pool, benchmarkId);
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('predicted rank after a released benchmark', () => {
  it('the API predicts a range from the score and withholds the class rank of a cohort of one', async () => {
    const d = (await api<{ predicted_rank: number; rank_prediction: { basis: string; rank: { best: number; likely: number; worst: number }; marks300: { likely: number } }; cohort_standing: unknown }>('GET', '/api/user/dashboard', studentToken)).data;
    expect(d.rank_prediction.basis).toBe('BENCHMARK');
    expect(d.rank_prediction.marks300.likely).toBe(120);
    expect(d.rank_prediction.rank.best).toBeLessThan(d.rank_prediction.rank.worst);
    expect(d.predicted_rank).toBe(d.rank_prediction.rank.likely);
    // 120/300 sits near the 97.7th national percentile: tens of thousands, never rank 1.
    expect(d.predicted_rank).toBeGreaterThan(10_000);
    expect(d.cohort_standing).toEqual({ shown: false, rank: null, percentile: null, cohort_size: 1, reason: 'SMALL_COHORT', minimum: 30 });
  });

  it('the dashboard on the device shows the same range, labelled, with the class rank withheld', async () => {
    await signIn(page, server.url, STUDENT);
    const d = (await api<{ rank_prediction: { rank: { best: number; likely: number; worst: number } } }>('GET', '/api/user/dashboard', studentToken)).data;
    const fmt = new Intl.NumberFormat('en-IN');
    const card = page.getByTestId('rank-card');
    await expect.poll(() => card.innerText(), { timeout: 60_000 }).toContain(en.screens.rank.range(fmt.format(d.rank_prediction.rank.best), fmt.format(d.rank_prediction.rank.worst)));
    const text = await card.innerText();
    expect(text).toContain(en.screens.rank.likely(fmt.format(d.rank_prediction.rank.likely)));
    expect(text).toContain(en.screens.rank.fromBenchmark);
    expect(text).toContain(en.screens.rank.cohortSmall('1', '30'));
    expect(text).not.toContain(en.screens.rank.unknown);
    await screenshots(page, 'rank-after-release');

    // The benchmark's result page tells the same story (it said "AIR 1" for the top of a tiny cohort).
    await page.evaluate((p) => {
      history.pushState(null, '', p);
      dispatchEvent(new PopStateEvent('popstate'));
    }, `/results/${SITTING_ID}`);
    const standing = page.getByTestId('benchmark-standing');
    await expect.poll(() => standing.innerText(), { timeout: 60_000 }).toContain(en.screens.rank.range(fmt.format(d.rank_prediction.rank.best), fmt.format(d.rank_prediction.rank.worst)));
    expect(await standing.innerText()).toContain(en.screens.rank.cohortSmall('1', '30'));
    await screenshots(page, 'rank-benchmark-result');
  });

  it('raised no uncaught errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
