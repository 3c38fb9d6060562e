import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryRunner } from '../../server/src/coaching/summary.ts';
import { publishJob, rankJob } from '../../server/src/jobs/scoring.ts';
import { seedBenchmarkBank } from '../../server/src/seed/benchmark-bank.ts';
import { seedContent } from '../../server/src/seed/content.ts';
import { signIn } from './flows.ts';
import { startNetProxy, type NetProxy } from './net-proxy.ts';
import { launchChromium, screenshots, startServer, type RunningBrowser, type RunningServer } from './support.ts';

/**
 * Staff screens on a fresh install, in real browsers against the real server (PGlite, real
 * scoring jobs): the seed step as `npm start` runs it (content, sealed bank, demo accounts); the
 * admin adds a student to a cohort by name and schedules a monthly benchmark from the console;
 * two class 11 students take it; the window and grace pass (moved back on the server, as
 * tests/jobs do) and the ranking job releases it; the coach sees names everywhere, the
 * drill-down with the server's verdict on each answer, offline too, and an inbox with unread counts.
 */

let server: RunningServer;
let coachProxy: NetProxy;
const browsers: RunningBrowser[] = [];
const errors: string[] = [];
const T = 60_000;
const stamp = Date.now();
const AARAV = { email: 'student11@demo.cr', password: 'demo-student-11', pin: '2468', name: 'Aarav (class 11)' };
const ISHAAN = { email: `ishaan-${stamp}@e2e.cr`, password: 'correct horse battery', pin: '1357', name: 'Ishaan Verma' };
const COACH = { email: 'coach@demo.cr', password: 'demo-coach-pass', pin: '8642' };
const ADMIN = { email: 'admin@demo.cr', password: 'demo-admin-pass' };
let benchmarkId = '';
let ishaanId = '';
let aaravId = '';
let coach: Page;
const students: Page[] = [];

const q = <R extends Record<string, unknown>>(sql: string, v: unknown[] = []) => server.db.pool.query<R>(sql, v).then((r) => r.rows);
const mainText = (page: Page) => page.locator('main').innerText();
/** `datetime-local` value of an instant in the browsers' time zone (Asia/Kolkata, UTC+5:30, no DST). */
const kolkata = (ms: number) => new Date(ms + 330 * 60_000).toISOString().slice(0, 16);
const monthLabel = (ms: number) => new Date(ms + 330 * 60_000).toLocaleDateString('en-IN', { month: 'long', year: 'numeric', timeZone: 'UTC' });

async function newPage(width = 1280): Promise<Page> {
  const b = await launchChromium();
  browsers.push(b);
  const page = await b.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width, height: 860 });
  return page;
}

async function inApp(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => {
    history.pushState(null, '', p);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.waitForURL((url) => url.pathname === path);
}

/** Moves a benchmark's window (and what was received for it) `seconds` into the past, as time passing would. */
async function elapseBenchmark(id: string, seconds: number): Promise<void> {
  const d = `${seconds} seconds`;
  await q(`UPDATE benchmarks SET opens_at = opens_at - $2::interval, closes_at = closes_at - $2::interval WHERE id = $1`, [id, d]);
  await q(`UPDATE benchmark_answer_keys SET window_closes_at = window_closes_at - $2::interval WHERE benchmark_id = $1`, [id, d]);
  await q(`UPDATE sitting_submissions SET received_at = received_at - $2::interval WHERE sitting_id IN (SELECT id FROM test_sittings WHERE test_id = $1)`, [id, d]);
  await q(`UPDATE attempts SET received_at = received_at - $2::interval, device_time = device_time - $2::interval WHERE sitting_id IN (SELECT id FROM test_sittings WHERE test_id = $1)`, [id, d]);
  await q(`UPDATE test_sittings SET started_at = started_at - $2::interval, submitted_at = submitted_at - $2::interval, received_at = received_at - $2::interval WHERE test_id = $1`, [id, d]);
}

/** Takes the open benchmark: answers the first `n` questions, submits, and waits for the server's "counted". */
async function takeBenchmark(page: Page, n: number): Promise<string> {
  await page.getByRole('navigation').getByRole('link', { name: 'Tests', exact: true }).click();
  const take = page.getByRole('link', { name: 'Take the benchmark' });
  await take.waitFor({ timeout: 120_000 });
  await take.click();
  await page.waitForURL(/\/test\/[0-9a-f-]{36}$/, { timeout: T });
  const sittingId = page.url().split('/').pop()!;
  const article = page.locator('article.tq');
  const heading = () => article.getByRole('heading', { level: 2 }).innerText();
  await expect.poll(heading, { timeout: T }).toContain('Question 1 of 75');
  for (let i = 1; i <= n; i++) {
    const radios = article.getByRole('radio');
    if ((await radios.count()) > 0) await radios.nth(i % (await radios.count())).check();
    else await article.getByRole('textbox', { name: 'Your answer' }).fill(String(i));
    await page.getByRole('button', { name: 'Save & Next', exact: true }).click();
    await expect.poll(heading, { timeout: T }).toContain(`Question ${i + 1} of 75`);
  }
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.getByRole('dialog', { name: 'Submit the test?' }).getByRole('button', { name: 'Submit the test', exact: true }).click();
  await page.waitForURL(`**/results/${sittingId}`, { timeout: T });
  await expect.poll(() => page.getByTestId('benchmark-status').innerText(), { timeout: 120_000, interval: 500 }).toContain('The server received your submission and it counts.');
  return sittingId;
}

beforeAll(async () => {
  server = await startServer({ scoringJobs: true });
  // What the first `npm start` does before serving: content, the sealed bank (demo accounts: startServer).
  await seedContent(server.db.pool);
  expect(await seedBenchmarkBank(server.db.pool)).toBeGreaterThan(0);
  const signup = await fetch(`${server.url}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ISHAAN.email, password: ISHAAN.password, standard: 11, exam_target: new Date(stamp + 200 * 86_400_000).toISOString().slice(0, 10), full_name: ISHAAN.name }),
  });
  expect(signup.status).toBe(201);
  ishaanId = (await q<{ id: string }>('SELECT id FROM users WHERE email = $1', [ISHAAN.email]))[0]!.id;
  aaravId = (await q<{ id: string }>('SELECT id FROM users WHERE email = $1', [AARAV.email]))[0]!.id;
  coachProxy = await startNetProxy(server.url);
}, 300_000);

afterAll(async () => {
  for (const b of browsers) await b.close();
  await coachProxy?.close();
  await server?.close();
});

describe('staff screens on a fresh install', () => {
  it('admin adds a student by name and schedules a benchmark from the console; two students take it; it is released', async () => {
    const admin = await newPage();
    await signIn(admin, server.url, ADMIN);
    await admin.getByRole('link', { name: 'Admin console' }).click();
    await admin.waitForURL('**/admin');

    // A cohort gets a student by name: no user id is typed anywhere.
    const row = admin.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: 'Demo class 11', exact: true }) });
    await row.getByRole('button', { name: 'Manage' }).click();
    await admin.getByRole('heading', { level: 3, name: 'Demo class 11' }).waitFor({ timeout: T });
    await admin.getByRole('searchbox', { name: 'Add a student' }).fill('ishaan');
    await admin.getByRole('button', { name: `Add ${ISHAAN.name}` }).click();
    await expect.poll(() => admin.getByRole('status').filter({ hasText: 'Saved.' }).count(), { timeout: T }).toBeGreaterThan(0);
    expect(await q('SELECT 1 FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id WHERE c.name = $1 AND m.student_id = $2', ['Demo class 11', ishaanId])).toHaveLength(1);

    // The benchmarks tab: the sealed bank is full enough for both classes out of the box.
    await admin.getByRole('button', { name: 'Benchmarks', exact: true }).click();
    const capacity = admin.locator('[data-bank-capacity] [data-class="11"]');
    await expect.poll(() => capacity.innerText(), { timeout: T }).toMatch(/^Class 11: enough for \d+ (more papers|or more papers)/);
    expect(Number(await capacity.getAttribute('data-papers'))).toBeGreaterThanOrEqual(3);
    expect(Number(await admin.locator('[data-bank-capacity] [data-class="12"]').getAttribute('data-papers'))).toBeGreaterThanOrEqual(3);
    expect(await mainText(admin)).toContain('Mathematics');
    await screenshots(admin, 'admin-sealed-bank');

    // Scheduling: class, month, and a window open now (the form pre-fills a morning session).
    const now = Date.now();
    const form = admin.locator('form[aria-labelledby="schedule-heading"]');
    await form.getByLabel('Class').selectOption('11');
    await form.getByLabel('Month').fill(kolkata(now).slice(0, 7));
    expect(await form.getByLabel('Opens (your local time)').inputValue()).toMatch(/T09:30$/);
    await form.getByLabel('Opens (your local time)').fill(kolkata(now - 120_000));
    await form.getByLabel('Closes (your local time)').fill(kolkata(now + 3 * 3600_000));
    await form.getByRole('button', { name: 'Schedule' }).click();
    const name = `Monthly benchmark, ${monthLabel(now)} · class 11`;
    await expect.poll(() => admin.getByRole('status').filter({ hasText: `Scheduled: ${name}.` }).count(), { timeout: T }).toBe(1);
    const scheduled = admin.getByRole('row').filter({ has: admin.getByRole('rowheader', { name }) });
    await expect.poll(() => scheduled.innerText(), { timeout: T }).toContain('Scheduled');
    const [b] = await q<{ id: string; standard: number; n: number }>('SELECT id, standard, cardinality(question_ids) AS n FROM benchmarks');
    expect(b).toMatchObject({ standard: 11, n: 75 });
    benchmarkId = b!.id;
    expect(await mainText(admin)).not.toContain(benchmarkId);

    // The audit log names the actor and the action.
    await admin.getByRole('button', { name: 'Audit log', exact: true }).click();
    const audit = admin.getByRole('row').filter({ hasText: 'Scheduled a benchmark' });
    await expect.poll(() => audit.first().innerText(), { timeout: T }).toContain('Admin Ravi');
    const adminId = (await q<{ id: string }>('SELECT id FROM users WHERE email = $1', [ADMIN.email]))[0]!.id;
    expect(await mainText(admin)).not.toContain(adminId);
    await screenshots(admin, 'admin-audit-names');

    // Two class 11 students take it in their own browsers.
    for (const who of [AARAV, ISHAAN]) {
      const page = await newPage(360);
      await signIn(page, server.url, who);
      students.push(page);
      await takeBenchmark(page, 3);
    }
    expect(await q(`SELECT state FROM sitting_scores WHERE benchmark_id = $1`, [benchmarkId])).toEqual([{ state: 'counted' }, { state: 'counted' }]);

    // The window and the grace pass; the ranking job releases results and keys.
    await elapseBenchmark(benchmarkId, 3 * 3600 + 900 + 60);
    await rankJob(server.db.pool, benchmarkId, null);
    await publishJob(server.db.pool, benchmarkId);
    const results = await q<{ global_rank: number | null; published: boolean }>('SELECT global_rank, published FROM test_results WHERE test_id = $1', [benchmarkId]);
    expect(results).toHaveLength(2);
    for (const r of results) expect(r).toMatchObject({ published: true, global_rank: expect.any(Number) });
    for (const page of students) {
      await expect.poll(() => page.getByTestId('official-score').isVisible(), { timeout: 120_000, interval: 500 }).toBe(true);
      await expect.poll(() => page.getByTestId('benchmark-status').innerText(), { timeout: T }).toContain('Rank in class');
    }
    await screenshots(students[0]!, 'student-benchmark-released');
    expect(errors).toEqual([]);
  });

  it('shows the coach names, server-judged answers, and the drill-downs offline', async () => {
    await summaryRunner()(server.db.pool);
    coach = await newPage();
    await signIn(coach, coachProxy.url, COACH);
    await coach.getByRole('link', { name: 'Demo class 11' }).click();
    await coach.waitForURL('**/coach/cohorts/*');
    const heatmap = coach.locator('table.heatmap');
    await expect.poll(() => heatmap.getAttribute('data-rows'), { timeout: T }).toBe('2');
    // Unit names in the heatmap header, tests by name, subjects in words: no internal ids.
    const header = await heatmap.locator('thead').innerText();
    expect(header).toContain('Sets, relations and functions');
    expect(header).toContain('Atomic structure');
    expect(header).not.toMatch(/\b[MPC]\.U\d\d\b/);
    const name = `Monthly benchmark, ${monthLabel(Date.now())} · class 11`;
    await expect.poll(() => coach.getByRole('region', { name: 'Recent results' }).innerText(), { timeout: T }).toContain(name);
    expect(await mainText(coach)).not.toContain(benchmarkId);
    expect(await coach.getByLabel('Units of').innerText()).toContain('Mathematics');
    await expect.poll(() => coach.locator('[data-freshness]').innerText(), { timeout: T }).toContain('Last updated');
    // Every student's drill-down is saved on the device while online: all of the coach's cohorts
    // (the demo coach also coaches the class 12 cohort), not only the two students on screen. The
    // prefetch runs in the background, so wait for the whole count, never a moment in between.
    const coachedRows = await q<{ n: number }>(
      `SELECT count(DISTINCT s.student_id)::int AS n FROM cohort_student_summary s
         JOIN cohort_coaches c ON c.cohort_id = s.cohort_id JOIN users u ON u.id = c.coach_id WHERE u.email = $1`,
      [COACH.email],
    );
    const coached = coachedRows[0]?.n ?? 0;
    expect(coached).toBeGreaterThanOrEqual(2);
    await expect.poll(() => coach.locator('[data-details-saved]').getAttribute('data-details-saved'), { timeout: T }).toBe(String(coached));
    await screenshots(coach, 'coach-heatmap-names');

    // Aarav's drill-down online: the test by name, and each answer as the server judged it.
    await coach.getByRole('link', { name: AARAV.name }).first().click();
    await coach.waitForURL(`**/coach/students/${aaravId}`);
    const history = coach.getByRole('region', { name: 'Test history' });
    await expect.poll(() => history.innerText(), { timeout: T }).toContain(name);
    const right = await q<{ n: number }>(
      `SELECT count(*)::int AS n FROM question_responses r JOIN test_results tr ON tr.id = r.test_result_id WHERE tr.student_id = $1 AND tr.test_id = $2 AND r.is_correct`,
      [aaravId, benchmarkId],
    );
    const answers = coach.locator('tr[data-answer]');
    await expect.poll(() => answers.count(), { timeout: T }).toBe(3);
    expect(await coach.locator('tr[data-answer="right"]').count()).toBe(right[0]!.n);
    expect(await coach.locator('tr[data-answer="wrong"]').count()).toBe(3 - right[0]!.n);
    expect(await mainText(coach)).toContain(`${right[0]!.n} of 3 right`);

    // Offline: Ishaan's drill-down (never opened on this device) reads from the saved copy.
    coachProxy.setOffline(true);
    await expect.poll(() => coach.getByTestId('sync-indicator').getAttribute('data-state'), { timeout: T }).not.toBe('online');
    await inApp(coach, `/coach/students/${ishaanId}`);
    await expect.poll(() => mainText(coach), { timeout: T }).toContain('Saved on this device');
    await expect.poll(() => coach.locator('tr[data-answer]').count(), { timeout: T }).toBe(3);
    expect(await coach.getByRole('region', { name: 'Test history' }).innerText()).toContain(name);
    await screenshots(coach, 'coach-drilldown-offline');
    coachProxy.setOffline(false);
    expect(errors).toEqual([]);
  });

  it('gives the coach an inbox with unread counts', async () => {
    const aarav = students[0]!;
    await aarav.getByRole('navigation').getByRole('link', { name: 'Messages' }).click();
    const meera = aarav.getByRole('region', { name: /^Coach Meera/ });
    await meera.getByRole('textbox', { name: 'Write a message' }).fill('Sir, question 2 of the benchmark: why is it not B?');
    await meera.getByRole('button', { name: 'Send', exact: true }).click();

    await inApp(coach, '/');
    const inboxLink = coach.getByRole('navigation').getByRole('link', { name: /^Inbox/ });
    await expect.poll(() => inboxLink.locator('[data-unread]').getAttribute('data-unread').catch(() => null), { timeout: T }).toBe('1');
    expect(await inboxLink.innerText()).toContain('1');
    await inboxLink.click();
    await coach.waitForURL('**/coach/inbox');
    const thread = coach.locator(`[data-thread="${aaravId}"]`);
    await expect.poll(() => thread.innerText(), { timeout: T }).toContain('1 unread');
    expect(await thread.innerText()).toContain(AARAV.name);
    expect(await thread.innerText()).toContain('why is it not B?');
    await screenshots(coach, 'coach-inbox');
    await thread.getByRole('link', { name: AARAV.name }).click();
    await coach.waitForURL(`**/coach/students/${aaravId}`);
    // Reading the thread clears the badge.
    await expect.poll(() => inboxLink.locator('[data-unread]').count(), { timeout: T }).toBe(0);
    expect(errors).toEqual([]);
  });
});
