import type { Locator, Page } from 'playwright-core';
import type { Question } from '@cr/shared/schemas/content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishJob, rankJob } from '../../server/src/jobs/scoring.ts';
import { seedContent } from '../../server/src/seed/content.ts';
import { addToBank, scheduleBenchmark } from '../../server/src/services/benchmarks.ts';
import { signUpStudent, unlockProfile, waitForApp } from './flows.ts';
import { startNetProxy, type NetProxy } from './net-proxy.ts';
import { launchChromium, screenshots, startServer, type RunningBrowser, type RunningServer } from './support.ts';

/**
 * The student's test journey, in a real browser against the real server with the
 * repository's question bank and the real scoring jobs: sign up, take the diagnostic, the
 * dashboard shows a plan; then with the server unreachable for this browser (a cut TCP proxy:
 * Playwright's setOffline does not reach the SharedWorker that syncs) the app reloads from the
 * service worker, a whole weekly test is assembled and taken on the device, the page is reloaded
 * mid-test and resumes answers, palette and timer; it is submitted with a provisional score;
 * with the server reachable again the attempts reach the server, the scoring job runs and the
 * official result syncs back and is shown as such.
 */

let server: RunningServer;
let proxy: NetProxy;
let browser: RunningBrowser;
let page: Page;
let studentId = '';
const pageErrors: string[] = [];
const student = { name: 'Meera Iyer', email: `weekly-${Date.now()}@e2e.cr`, password: 'correct horse battery', pin: '2468', standard: 12 as const };

beforeAll(async () => {
  server = await startServer({ scoringJobs: true });
  await seedContent(server.db.pool);
  proxy = await startNetProxy(server.url);
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await server?.close();
});

const indicator = () => page.getByTestId('sync-indicator');
const article = () => page.locator('article.tq');
const questionHeading = () => article().getByRole('heading', { level: 2 });

/** "Question 3 of 25" → [3, 25]. */
async function position(): Promise<[number, number]> {
  const text = await questionHeading().innerText();
  const m = /Question (\d+) of (\d+)/.exec(text);
  if (!m) throw new Error(`unexpected question heading: ${text}`);
  return [Number(m[1]), Number(m[2])];
}

/** Answers the question on screen with choice `k` (an option, or a number typed). */
async function answer(k: number): Promise<void> {
  const radios = article().getByRole('radio');
  const boxes = article().getByRole('checkbox');
  const nRadio = await radios.count();
  const nBox = await boxes.count();
  if (nRadio > 0) await radios.nth(k % nRadio).check();
  else if (nBox > 0) await boxes.nth(k % nBox).check();
  else await article().getByRole('textbox', { name: 'Your answer' }).fill(String(k));
}

/** Clicks an action and waits until question `expected` (1-based) is on screen. */
async function actAndWait(name: 'Save & Next' | 'Mark for Review & Next', expected: number): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await expect.poll(async () => (await position())[0], { timeout: 15_000 }).toBe(expected);
}

/** The palette of the current section: button name → NTA state. */
async function paletteStates(): Promise<Record<string, string>> {
  const buttons = page.getByRole('navigation', { name: 'Question palette' }).getByRole('button');
  const out: Record<string, string> = {};
  for (const b of await buttons.all()) out[(await b.getAttribute('aria-label')) ?? ''] = (await b.getAttribute('data-state')) ?? '';
  return out;
}

async function sectionButtons(): Promise<Locator[]> {
  return page.getByRole('navigation', { name: 'Sections' }).getByRole('button').all();
}

/** Every section's palette, visiting each section tab (which moves to its first question). */
async function allPaletteStates(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const tab of await sectionButtons()) {
    await tab.click();
    await expect.poll(() => tab.getAttribute('aria-pressed')).toBe('true');
    Object.assign(out, await paletteStates());
  }
  return out;
}

async function remainingMs(): Promise<number> {
  return Number(await page.getByTestId('countdown').getAttribute('data-remaining-ms'));
}

/** After a reload: the profile's PIN screen (if the app locks on start), then the app. */
async function resumeSession(): Promise<void> {
  const picker = page.getByRole('heading', { level: 1, name: "Who's studying?" });
  const app = page.getByRole('banner').getByRole('button', { name: 'Sign out', exact: true });
  await Promise.race([picker.waitFor({ timeout: 60_000 }), app.waitFor({ timeout: 60_000 })]);
  if (await picker.isVisible()) await unlockProfile(page, { name: student.name, pin: student.pin });
  else await waitForApp(page);
}

/** A sealed bank able to fill one JEE Main paper: per subject 22 single-correct and 6 integer items. */
async function sealedItems(prefix: string): Promise<Question[]> {
  const concepts = await server.db.pool.query<{ id: string; subject: 'MATH' | 'PHYSICS' | 'CHEMISTRY' }>(`SELECT DISTINCT ON (subject) id, subject FROM concepts ORDER BY subject, id`);
  return concepts.rows.flatMap((c) =>
    Array.from({ length: 28 }, (_, i): Question => {
      const single = i < 22;
      return {
        id: `${prefix}-${c.subject}-${String(i).padStart(2, '0')}`,
        subject: c.subject,
        primary_concept_id: c.id,
        secondary_concept_ids: [],
        type: single ? 'SINGLE' : 'INTEGER',
        text: `Benchmark ${c.subject} question ${i + 1}`,
        options: single ? (['A', 'B', 'C', 'D'] as const).map((key) => ({ key, text: `Option ${key}` })) : null,
        answer: single ? 'ABCD'.charAt(i % 4) : String(10 + i),
        tolerance: null,
        explanation: `Because ${i}.`,
        difficulty: 1 + (i % 5),
        source: 'e2e',
        year: null,
        image_urls: [],
        generator: null,
      };
    }),
  );
}

/** Moves a benchmark's window (and what was received for it) `seconds` into the past, as time passing would. */
async function elapseBenchmark(benchmarkId: string, seconds: number): Promise<void> {
  const pool = server.db.pool;
  const d = `${seconds} seconds`;
  await pool.query(`UPDATE benchmarks SET opens_at = opens_at - $2::interval, closes_at = closes_at - $2::interval WHERE id = $1`, [benchmarkId, d]);
  await pool.query(`UPDATE benchmark_answer_keys SET window_closes_at = window_closes_at - $2::interval WHERE benchmark_id = $1`, [benchmarkId, d]);
  await pool.query(`UPDATE sitting_submissions SET received_at = received_at - $2::interval WHERE sitting_id IN (SELECT id FROM test_sittings WHERE test_id = $1)`, [benchmarkId, d]);
  await pool.query(`UPDATE attempts SET received_at = received_at - $2::interval, device_time = device_time - $2::interval WHERE sitting_id IN (SELECT id FROM test_sittings WHERE test_id = $1)`, [benchmarkId, d]);
  await pool.query(
    `UPDATE test_sittings SET started_at = started_at - $2::interval, submitted_at = submitted_at - $2::interval, received_at = received_at - $2::interval WHERE test_id = $1`,
    [benchmarkId, d],
  );
}

async function submitTest(): Promise<void> {
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Submit the test?' });
  await dialog.waitFor();
  await screenshots(page, 'test-submit-summary');
  await dialog.getByRole('button', { name: 'Submit the test', exact: true }).click();
  await page.waitForURL(/\/results\/[0-9a-f-]{36}$/, { timeout: 30_000 });
}

describe('tests on the device, offline', () => {
  it('signs up, takes the diagnostic, gets the official result and a plan', async () => {
    await signUpStudent(page, proxy.url, student);
    const { rows } = await server.db.pool.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [student.email]);
    studentId = rows[0]!.id;
    // The bank (3.5k questions) must be on the device before a paper can be assembled there.
    await expect.poll(() => indicator().getAttribute('title'), { timeout: 120_000, interval: 500 }).toContain('Last synced');

    await page.getByRole('navigation').getByRole('link', { name: 'Tests', exact: true }).click();
    await page.waitForURL('**/tests');
    await page.getByRole('link', { name: 'Start the diagnostic' }).click();
    await page.waitForURL(/\/test\/[0-9a-f-]{36}$/, { timeout: 60_000 });
    const [, total] = await position();
    expect(total).toBeGreaterThanOrEqual(20);
    await screenshots(page, 'test-player');
    for (let i = 1; i <= total; i++) {
      await answer(i);
      await actAndWait(i % 7 === 0 ? 'Mark for Review & Next' : 'Save & Next', i === total ? 1 : i + 1);
    }
    await screenshots(page, 'test-palette-answered');
    await submitTest();
    const diagnosticId = page.url().split('/').pop()!;
    await expect.poll(() => page.getByTestId('provisional-score').isVisible(), { timeout: 15_000 }).toBe(true);

    // Online: the submission syncs up, the scoring job runs, the official result syncs down.
    await expect.poll(() => page.getByTestId('official-score').isVisible(), { timeout: 90_000, interval: 500 }).toBe(true);
    await expect.poll(() => page.getByTestId('score-comparison').innerText().catch(() => ''), { timeout: 60_000, interval: 500 }).toContain('matches');
    const official = await server.db.pool.query<{ total_score: number }>('SELECT total_score FROM test_results WHERE sitting_id = $1', [diagnosticId]);
    expect(official.rows).toHaveLength(1);
    expect(await page.getByTestId('official-score').innerText()).toContain(`${official.rows[0]!.total_score} / ${total * 4}`);
    await screenshots(page, 'results-diagnostic');

    // The dashboard now has a plan built from the diagnostic.
    await page.getByRole('navigation').getByRole('link', { name: 'Dashboard', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/');
    const plan = page.getByRole('region', { name: "Today's plan" });
    await expect.poll(() => plan.getByRole('listitem').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await screenshots(page, 'dashboard-plan');
  });

  it('takes a whole weekly test with the server unreachable, resumes it after a reload, and gets the official result once back online', async () => {
    // Precache complete and the page controlled, then cut this browser off the server.
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000, interval: 500 }).toBe(true);
    await expect.poll(() => indicator().getAttribute('data-pending'), { timeout: 30_000 }).toBe('0');
    proxy.setOffline(true);
    await page.reload();
    await resumeSession();
    await expect.poll(() => indicator().getAttribute('data-state'), { timeout: 30_000 }).toBe('offline');

    await page.getByRole('navigation').getByRole('link', { name: 'Tests', exact: true }).click();
    await page.getByRole('link', { name: 'Start a weekly test' }).click();
    await page.waitForURL(/\/test\/[0-9a-f-]{36}$/, { timeout: 60_000 });
    const sittingId = page.url().split('/').pop()!;
    const [, total] = await position();
    expect(total).toBeGreaterThanOrEqual(10);
    const fullMs = await remainingMs();

    // Half the paper: answers, marks for review, and one response cleared again.
    const half = Math.floor(total / 2);
    for (let i = 1; i <= half; i++) {
      await answer(i);
      await actAndWait(i % 4 === 0 ? 'Mark for Review & Next' : 'Save & Next', i + 1);
      if (i === 2) {
        await page.getByRole('button', { name: 'Question 2: Answered', exact: true }).click();
        await expect.poll(async () => (await position())[0]).toBe(2);
        await page.getByRole('button', { name: 'Clear Response', exact: true }).click();
        await expect.poll(() => page.getByRole('button', { name: 'Question 2: Not answered', exact: true }).count()).toBe(1);
        await actAndWait('Save & Next', 3);
      }
    }

    const before = await allPaletteStates();
    expect(Object.values(before).filter((s) => s === 'ANSWERED').length).toBeGreaterThan(0);
    expect(Object.values(before)).toContain('ANSWERED_MARKED');
    expect(Object.values(before)).toContain('NOT_ANSWERED');
    expect(Object.values(before)).toContain('NOT_VISITED');
    const onScreen = await position();
    await answer(1); // selected but not saved: not an answer, on reload or anywhere
    const remainingBefore = await remainingMs();
    expect(remainingBefore).toBeLessThan(fullMs);
    await screenshots(page, 'test-player-offline');

    // Reload mid-test (offline): answers, palette, question on screen and timer resume.
    await page.reload();
    await resumeSession();
    await page.waitForURL(`**/test/${sittingId}`);
    await expect.poll(async () => (await position())[0], { timeout: 30_000 }).toBe(onScreen[0]);
    const remainingAfter = await remainingMs();
    expect(remainingAfter).toBeLessThanOrEqual(remainingBefore);
    expect(remainingAfter).toBeGreaterThan(0);
    expect(await allPaletteStates()).toEqual(before);

    // Finish the paper from where it was: the rest of the questions, then submit.
    const firstTab = (await sectionButtons())[0]!;
    await firstTab.click();
    await expect.poll(async () => (await position())[0]).toBe(1);
    for (let i = 1; i <= total; i++) {
      const [at] = await position();
      if (at > half) await answer(at);
      await actAndWait('Save & Next', at === total ? 1 : at + 1);
    }
    await submitTest();
    expect(page.url()).toContain(`/results/${sittingId}`);
    await expect.poll(() => page.getByTestId('provisional-score').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByTestId('awaiting-official').isVisible()).toBe(true);
    await screenshots(page, 'results-provisional-offline');

    // Nothing reached the server while it was unreachable.
    const none = await server.db.pool.query('SELECT 1 FROM test_sittings WHERE id = $1', [sittingId]);
    expect(none.rows).toHaveLength(0);
    // Server reachable again: the sitting (already submitted: the device sends the register's
    // current state) and then every saved answer arrive, in the device's queue order.
    proxy.setOffline(false);
    const countAttempts = async () =>
      (
        await server.db.pool.query<{ n: number; q: number }>(
          'SELECT count(*)::int AS n, count(DISTINCT question_id)::int AS q FROM attempts WHERE sitting_id = $1 AND student_id = $2',
          [sittingId, studentId],
        )
      ).rows[0]!;
    await expect.poll(async () => (await countAttempts()).q, { timeout: 120_000, interval: 500 }).toBe(total);
    await expect.poll(() => indicator().getAttribute('data-pending'), { timeout: 60_000 }).toBe('0');
    const sittingRow = await server.db.pool.query<{ status: string }>('SELECT status FROM test_sittings WHERE id = $1', [sittingId]);
    expect(sittingRow.rows[0]?.status).toBe('submitted');
    // Exactly the device's saves: one per answered question and the cleared response's empty answer.
    expect((await countAttempts()).n).toBe(total + 1);

    // The scoring job ran (again, as answers arrived after the submission); the official result
    // syncs down, is shown as such, and converges to the provisional one.
    await expect.poll(() => page.getByTestId('score-comparison').innerText().catch(() => ''), { timeout: 120_000, interval: 500 }).toContain('matches');
    const result = await server.db.pool.query<{ total_score: number; total_marks: number }>('SELECT total_score, total_marks FROM test_results WHERE sitting_id = $1', [sittingId]);
    expect(result.rows).toHaveLength(1);
    const officialText = await page.getByTestId('official-score').innerText();
    expect(officialText).toContain('Official score');
    expect(officialText).toContain(`${result.rows[0]!.total_score} / ${result.rows[0]!.total_marks}`);
    expect(await page.getByTestId('provisional-score').innerText()).toContain(`${result.rows[0]!.total_score} / ${result.rows[0]!.total_marks}`);
    expect(await page.getByTestId('awaiting-official').count()).toBe(0);
    expect(await page.getByTestId('pending-answers').count()).toBe(0);
    await screenshots(page, 'results-official');

    // The tests page lists both sittings with their official scores.
    await page.getByRole('navigation').getByRole('link', { name: 'Tests', exact: true }).click();
    const history = page.getByRole('region', { name: 'Your tests' });
    await expect.poll(() => history.getByRole('listitem').count(), { timeout: 15_000 }).toBe(2);
    const weeklyItem = history.locator(`[data-sitting="${sittingId}"]`);
    expect(await weeklyItem.innerText()).toContain(`${result.rows[0]!.total_score} / ${result.rows[0]!.total_marks} (official)`);
    await screenshots(page, 'tests-page');
    expect(pageErrors).toEqual([]);
  });

  it('takes an open monthly benchmark: no provisional score, the submission counted, then rank, percentile and leaderboard after release', async () => {
    // An admin's sealed bank and schedule (server functions over the pool): a JEE Main paper of
    // 75 questions for class 12, open now, closing in an hour with 10 minutes' grace.
    await addToBank(server.db.pool, await sealedItems('E2E-BM'));
    const now = Date.now();
    const month = `${new Date(now).toISOString().slice(0, 7)}-01`;
    const benchmark = await scheduleBenchmark(server.db.pool, {
      standard: 12,
      month,
      title: 'December benchmark',
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 3_600_000).toISOString(),
      graceS: 600,
      actorId: null,
    });

    await page.getByRole('navigation').getByRole('link', { name: 'Tests', exact: true }).click();
    await page.waitForURL('**/tests');
    const take = page.getByRole('link', { name: 'Take the benchmark' });
    await take.waitFor({ timeout: 60_000 });
    await take.click();
    await page.waitForURL(/\/test\/[0-9a-f-]{36}$/, { timeout: 60_000 });
    const sittingId = page.url().split('/').pop()!;
    const [, total] = await position();
    expect(total).toBe(75);
    expect(await article().innerText()).not.toContain('Because'); // no explanation (or key) on the device
    for (let i = 1; i <= 4; i++) {
      await answer(i);
      await actAndWait('Save & Next', i + 1);
    }
    await submitTest();
    // No keys on the device: no provisional score; the submission's fate comes from the server.
    const status = page.getByTestId('benchmark-status');
    await status.waitFor();
    expect(await page.getByTestId('provisional-score').count()).toBe(0);
    await expect.poll(() => status.innerText(), { timeout: 90_000, interval: 500 }).toContain('The server received your submission and it counts.');
    await screenshots(page, 'results-benchmark-counted');
    const sitting = await server.db.pool.query<{ test_id: string; test_type: string; question_ids: string[] }>('SELECT test_id, test_type, question_ids FROM test_sittings WHERE id = $1', [sittingId]);
    expect(sitting.rows[0]).toEqual({ test_id: benchmark.id, test_type: 'MONTHLY', question_ids: benchmark.question_ids });

    // The window and grace pass (moved back on the server), the ranking job releases keys and results.
    await elapseBenchmark(benchmark.id, 3_600 + 600 + 60);
    await rankJob(server.db.pool, benchmark.id, null);
    await publishJob(server.db.pool, benchmark.id);
    const result = await server.db.pool.query<{ total_score: number; total_marks: number; global_rank: number }>(
      'SELECT total_score, total_marks, global_rank FROM test_results WHERE sitting_id = $1',
      [sittingId],
    );
    expect(result.rows).toHaveLength(1);
    await expect.poll(() => page.getByTestId('official-score').isVisible(), { timeout: 90_000, interval: 500 }).toBe(true);
    expect(await page.getByTestId('official-score').innerText()).toContain(`${result.rows[0]!.total_score} / ${result.rows[0]!.total_marks}`);
    await expect.poll(() => status.innerText(), { timeout: 60_000 }).toContain('Rank in class');
    expect(await status.getByRole('table').getByRole('row').count()).toBeGreaterThan(1);
    // Released keys reached the device: the provisional score can now be computed, and matches.
    await expect.poll(() => page.getByTestId('score-comparison').innerText().catch(() => ''), { timeout: 60_000 }).toContain('matches');
    await screenshots(page, 'results-benchmark-released');
    expect(pageErrors).toEqual([]);
  });

  it('submits by itself when the countdown reaches zero', async () => {
    // A short timed paper: a second benchmark for the class with a 5-second limit.
    await addToBank(server.db.pool, await sealedItems('E2E-BT'));
    const now = Date.now();
    const next = new Date(now);
    next.setUTCMonth(next.getUTCMonth() + 1, 1);
    const timed = await scheduleBenchmark(server.db.pool, {
      standard: 12,
      month: next.toISOString().slice(0, 10),
      title: 'Timed paper',
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 3_600_000).toISOString(),
      graceS: 600,
      durationS: 5,
      actorId: null,
    });
    await page.getByRole('navigation').getByRole('link', { name: 'Tests', exact: true }).click();
    const take = page.getByRole('link', { name: 'Take the benchmark' });
    await take.waitFor({ timeout: 60_000 });
    await take.click();
    await page.waitForURL(/\/test\/[0-9a-f-]{36}$/, { timeout: 60_000 });
    const sittingId = page.url().split('/').pop()!;
    await page.waitForURL(`**/results/${sittingId}`, { timeout: 60_000 });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Time is up: your test was submitted.' }).count(), { timeout: 30_000 }).toBe(1);
    await screenshots(page, 'results-time-up');
    await expect
      .poll(async () => (await server.db.pool.query<{ status: string; test_id: string }>('SELECT status, test_id FROM test_sittings WHERE id = $1', [sittingId])).rows[0], {
        timeout: 60_000,
        interval: 500,
      })
      .toEqual({ status: 'submitted', test_id: timed.id });
    expect(pageErrors).toEqual([]);
  });
});
