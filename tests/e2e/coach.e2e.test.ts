import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryRunner } from '../../server/src/coaching/summary.ts';
import { seedContent } from '../../server/src/seed/content.ts';
import { signIn, waitForApp, waitForProfilePicker } from './flows.ts';
import { startNetProxy, type NetProxy } from './net-proxy.ts';
import { launchChromium, screenshots, startServer, type RunningBrowser, type RunningServer } from './support.ts';

/**
 * Coaching in real browsers. The student and the coach each run in their own Chromium
 * through their own cut-off proxy, so one is truly offline (sync worker included) while the other
 * works on. The server is the real one on PGlite with the demo accounts: "Coach Meera" coaches
 * "Demo class 11" (Aarav) and "Demo class 12" (Diya).
 *
 * The student's offline work is practice answers and a weekly test taken and submitted offline;
 * the server runs the real scoring jobs, so the official result reaches the coach. The cohort
 * summary is refreshed by `coaching.summary` every minute and after each scoring in production; the test runs that
 * job's own runner (summaryRunner) at the point the cron would, instead of waiting.
 */

let server: RunningServer;
let studentProxy: NetProxy;
let coachProxy: NetProxy;
let studentBrowser: RunningBrowser;
let coachBrowser: RunningBrowser;
let student: Page;
let coach: Page;
let studentId = '';
let coachId = '';
let cohort11 = '';
const runSummaryJob = summaryRunner();
const errors: string[] = [];

const STUDENT = { email: 'student11@demo.cr', password: 'demo-student-11', pin: '2468', name: 'Aarav (class 11)' };
const COACH = { email: 'coach@demo.cr', password: 'demo-coach-pass', pin: '1357', name: 'Coach Meera' };
const T = 30_000;

const q = <R extends Record<string, unknown>>(sql: string, v: unknown[] = []) => server.db.pool.query<R>(sql, v).then((r) => r.rows);
const indicator = (page: Page) => page.getByTestId('sync-indicator');
const mainText = (page: Page) => page.locator('main').innerText();
const heatmapRow = (page: Page, id: string) => page.locator(`table.heatmap tr[data-student="${id}"]`);

/** Everything synced both ways: connected, nothing waiting to upload. */
async function settled(page: Page): Promise<void> {
  await expect.poll(() => indicator(page).getAttribute('data-state'), { timeout: T }).toBe('online');
  await expect.poll(() => indicator(page).getAttribute('data-pending'), { timeout: T }).toBe('0');
}

/** Goes to an in-app path with the app's own router (no page load: works with the server unreachable). */
async function inApp(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => {
    history.pushState(null, '', p);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.waitForURL((url) => url.pathname === path);
}

/**
 * A reload: the device's profile picker, the PIN, and the app again at the same URL. (Not
 * flows.ts's unlockProfile: its name pattern ends in `\b`, which never matches after a name
 * ending in ")", like "Aarav (class 11)".)
 */
async function reloadAndUnlock(page: Page, who: { name: string; pin: string }): Promise<void> {
  await page.reload();
  await waitForProfilePicker(page);
  const name = new RegExp(`^${who.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  await page.getByRole('list', { name: 'Profiles on this device' }).getByRole('button', { name }).click();
  await page.getByRole('heading', { level: 1, name: 'Enter your PIN' }).waitFor({ timeout: T });
  await page.getByLabel('PIN', { exact: true }).fill(who.pin);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await waitForApp(page);
}

/** A sealed bank that can fill one JEE Main paper (20 single-choice and 5 integer per subject). */
async function fillBenchmarkBank(): Promise<void> {
  const concepts = await q<{ id: string; subject: string }>(`SELECT DISTINCT ON (subject) id, subject FROM concepts ORDER BY subject, id`);
  for (const c of concepts) {
    await q(
      `INSERT INTO benchmark_bank (id, subject, primary_concept_id, type, text, options, answer, difficulty, source, standard)
       SELECT 'BK-' || $1 || '-' || g, $1, $2, CASE WHEN g <= 30 THEN 'SINGLE' ELSE 'INTEGER' END, 'Bank question ' || g,
              CASE WHEN g <= 30 THEN '["A", "B", "C", "D"]'::jsonb END, CASE WHEN g <= 30 THEN 'A' ELSE '7' END, 1 + g % 5, 'e2e', 11
         FROM generate_series(1, 40) g`,
      [c.subject, c.id],
    );
  }
}

/** The bodies of the messages in the thread on screen, in order. */
const thread = (page: Page) => page.locator('.chat__list .chat__body').allInnerTexts();

beforeAll(async () => {
  server = await startServer({ scoringJobs: true });
  // The repository's syllabus and question bank (the weekly test is assembled from it), plus two
  // small concepts of our own for practice with known answers.
  await seedContent(server.db.pool);
  await q(`INSERT INTO units (id, subject, title, ordinal, exam_weight) VALUES ('M.U99', 'MATH', 'Arithmetic', 99, 0.01)`);
  for (const i of [0, 1]) {
    await q(`INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight) VALUES ($1, $2, 'MATH', 'M.U99', 1, 2, 0.5)`, [`CO${i}`, `Counting ${i}`]);
    await q(`INSERT INTO questions (id, subject, primary_concept_id, type, text, answer, difficulty, source) VALUES ($1, 'MATH', $2, 'INTEGER', $3, $4, 2, 'test')`, [
      `Q-CO${i}`,
      `CO${i}`,
      `What is ${i + 2}+2?`,
      String(i + 4),
    ]);
  }
  studentId = (await q<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [STUDENT.email]))[0]!.id;
  coachId = (await q<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [COACH.email]))[0]!.id;
  cohort11 = (await q<{ id: string }>(`SELECT id FROM cohorts WHERE name = 'Demo class 11'`))[0]!.id;
  await runSummaryJob(server.db.pool);

  studentProxy = await startNetProxy(server.url);
  coachProxy = await startNetProxy(server.url);
  studentBrowser = await launchChromium();
  coachBrowser = await launchChromium();
  student = await studentBrowser.context.newPage();
  coach = await coachBrowser.context.newPage();
  for (const [who, page] of [['student', student], ['coach', coach]] as const) page.on('pageerror', (e) => errors.push(`${who}: ${e.message}`));
  await coach.setViewportSize({ width: 1280, height: 860 });
}, 240_000);

afterAll(async () => {
  await studentBrowser?.close();
  await coachBrowser?.close();
  await studentProxy?.close();
  await coachProxy?.close();
  await server?.close();
});

describe('coach and student on two devices', () => {
  it("shows the coach a student's offline practice and weekly test once the student syncs, live, and serves the coach's screens offline", async () => {
    await signIn(student, studentProxy.url, STUDENT);
    await settled(student);
    // Load the practice screen once online (its code is fetched on first use), then come back.
    await inApp(student, '/practice');
    await student.getByRole('link', { name: 'Counting 0' }).waitFor({ timeout: T });
    await inApp(student, '/tests');
    await student.getByRole('link', { name: 'Start a weekly test' }).waitFor({ timeout: T });
    await inApp(student, '/');

    await signIn(coach, coachProxy.url, COACH);
    await settled(coach);
    const cohorts = coach.getByRole('region', { name: 'Your cohorts' });
    await expect.poll(() => cohorts.innerText(), { timeout: T }).toContain('Demo class 11');
    await coach.getByRole('link', { name: 'Demo class 11' }).click();
    await coach.waitForURL(`**/coach/cohorts/${cohort11}`);
    await expect.poll(() => heatmapRow(coach, studentId).innerText(), { timeout: T }).toContain('0 in 7 days · never active');

    // The student practises with the server unreachable: instant feedback, work waits on the device.
    studentProxy.setOffline(true);
    await expect.poll(() => indicator(student).getAttribute('data-state'), { timeout: T }).not.toBe('online');
    for (const i of [0, 1]) {
      await inApp(student, '/practice');
      await student.getByRole('link', { name: `Counting ${i}` }).click();
      await expect.poll(() => mainText(student), { timeout: T }).toContain(`What is ${i + 2}+2?`);
      await student.getByRole('textbox', { name: 'Your answer' }).fill(String(i + 4));
      await student.getByRole('button', { name: 'Check answer' }).click();
      await expect.poll(() => student.getByRole('status').filter({ hasText: 'Correct' }).count(), { timeout: T }).toBe(1);
    }
    // ...and takes a weekly test, assembled on the device, every question answered, submitted.
    await inApp(student, '/tests');
    await student.getByRole('link', { name: 'Start a weekly test' }).click();
    await student.waitForURL(/\/test\/[0-9a-f-]{36}$/, { timeout: T });
    const heading = () => student.locator('article.tq').getByRole('heading', { level: 2 }).innerText();
    const [, totalText] = /Question \d+ of (\d+)/.exec(await heading()) ?? [];
    const total = Number(totalText);
    expect(total).toBeGreaterThanOrEqual(1);
    const article = student.locator('article.tq');
    for (let i = 1; i <= total; i++) {
      // Any answer will do: the coach is shown whatever the server's marking gives.
      const radios = article.getByRole('radio');
      const boxes = article.getByRole('checkbox');
      if ((await radios.count()) > 0) await radios.nth(i % (await radios.count())).check();
      else if ((await boxes.count()) > 0) await boxes.first().check();
      else await article.getByRole('textbox', { name: 'Your answer' }).fill(String(i));
      await student.getByRole('button', { name: 'Save & Next', exact: true }).click();
      if (i < total) await expect.poll(heading, { timeout: T }).toContain(`Question ${i + 1} of ${total}`);
    }
    await student.getByRole('button', { name: 'Submit', exact: true }).click();
    await student.getByRole('dialog', { name: 'Submit the test?' }).getByRole('button', { name: 'Submit the test', exact: true }).click();
    await student.waitForURL(/\/results\/[0-9a-f-]{36}$/, { timeout: T });
    const sittingId = student.url().split('/').pop()!;
    await expect.poll(() => indicator(student).getAttribute('data-pending'), { timeout: T }).not.toBe('0');
    expect(await q('SELECT id FROM attempts WHERE student_id = $1', [studentId])).toHaveLength(0);
    expect(await q('SELECT id FROM test_sittings WHERE student_id = $1', [studentId])).toHaveLength(0);

    // Back online: the work uploads, the scoring job marks the test, the summary job runs, and the
    // coach's open dashboard shows the activity and the official result without a reload.
    studentProxy.setOffline(false);
    await settled(student);
    await expect.poll(async () => (await q('SELECT id FROM attempts WHERE student_id = $1', [studentId])).length, { timeout: T }).toBe(2 + total);
    await expect.poll(async () => (await q('SELECT id FROM test_results WHERE sitting_id = $1', [sittingId])).length, { timeout: 60_000 }).toBe(1);
    const [result] = await q<{ total_score: number; total_marks: number }>('SELECT total_score, total_marks FROM test_results WHERE sitting_id = $1', [sittingId]);
    expect(result!.total_marks).toBe(4 * total);
    const run = await runSummaryJob(server.db.pool);
    expect(run).toMatchObject({ mode: 'incremental', written: 1 });
    await expect.poll(() => heatmapRow(coach, studentId).innerText(), { timeout: T }).toMatch(new RegExp(`${2 + total} in 7 days · last .*${result!.total_score} / ${result!.total_marks}`, 's'));
    await expect.poll(() => coach.getByRole('region', { name: 'Recent results' }).innerText(), { timeout: T }).toContain(`Aarav (class 11)`);
    await screenshots(coach, 'coach-dashboard-live');

    // The coach's screens from the replica with the server unreachable: home, dashboard, all cohorts.
    coachProxy.setOffline(true);
    await expect.poll(() => indicator(coach).getAttribute('data-state'), { timeout: T }).not.toBe('online');
    await inApp(coach, '/');
    await expect.poll(() => mainText(coach), { timeout: T }).toContain('Demo class 12');
    await inApp(coach, `/coach/cohorts/${cohort11}`);
    await expect.poll(() => heatmapRow(coach, studentId).innerText(), { timeout: T }).toMatch(/\d+ in 7 days · last /);
    await inApp(coach, '/coach/cohorts/all');
    await expect.poll(() => coach.locator('table.heatmap').getAttribute('data-rows'), { timeout: T }).toBe('2');
    expect(await mainText(coach)).toContain('Diya (class 12)');
    await screenshots(coach, 'coach-all-cohorts-offline');
    // A reload with the server unreachable: the profile opens with its PIN and the replica serves the dashboard.
    await inApp(coach, `/coach/cohorts/${cohort11}`);
    await reloadAndUnlock(coach, COACH);
    await expect.poll(() => heatmapRow(coach, studentId).innerText(), { timeout: T }).toMatch(/\d+ in 7 days · last /);
    coachProxy.setOffline(false);
    await settled(coach);
  });

  it('delivers mentoring chat both ways with one side offline, with read receipts and no duplicates', async () => {
    // Before anyone has written, the student's Messages lists their coach by name, ready to write to.
    await student.getByRole('navigation').getByRole('link', { name: 'Messages' }).click();
    await student.waitForURL('**/messages');
    const meera = student.getByRole('region', { name: /^Coach Meera/ });
    await expect.poll(() => meera.innerText(), { timeout: T }).toContain('No messages yet.');
    expect(await meera.getByRole('textbox', { name: 'Write a message' }).count()).toBe(1);
    await inApp(student, '/');

    // The coach opens the student (drill-down online) and writes first.
    await inApp(coach, `/coach/students/${studentId}`);
    await expect.poll(() => coach.getByRole('heading', { level: 1 }).innerText(), { timeout: T }).toBe('Student: Aarav (class 11)');
    await coach.getByRole('textbox', { name: 'Write a message' }).fill('Hello Aarav, how is counting going?');
    await coach.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => thread(coach), { timeout: T }).toEqual(['Hello Aarav, how is counting going?']);
    await expect.poll(async () => (await q('SELECT id FROM chat_messages WHERE student_id = $1', [studentId])).length, { timeout: T }).toBe(1);
    await expect.poll(() => coach.locator('.chat__state').first().innerText(), { timeout: T }).toContain('Delivered');

    // The student, online, reads it: the coach sees the read receipt.
    await student.getByRole('navigation').getByRole('link', { name: 'Messages' }).click();
    await student.waitForURL('**/messages');
    await expect.poll(() => thread(student), { timeout: T }).toEqual(['Hello Aarav, how is counting going?']);
    await expect.poll(async () => (await q<{ read_at: Date | null }>('SELECT read_at FROM chat_messages WHERE student_id = $1', [studentId]))[0]?.read_at ?? null, { timeout: T }).not.toBeNull();
    await expect.poll(() => coach.locator('.chat__state').first().innerText(), { timeout: T }).toContain('Read');

    // The student replies offline: shown at once as waiting; delivered on reconnect, read by the coach.
    studentProxy.setOffline(true);
    await expect.poll(() => indicator(student).getAttribute('data-state'), { timeout: T }).not.toBe('online');
    await student.getByRole('textbox', { name: 'Write a message' }).fill('Fine! Did two questions offline.');
    await student.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => thread(student), { timeout: T }).toEqual(['Hello Aarav, how is counting going?', 'Fine! Did two questions offline.']);
    expect(await student.locator('.chat__msg--mine .chat__state').innerText()).toContain('Waiting to send');
    expect(await q('SELECT id FROM chat_messages WHERE student_id = $1', [studentId])).toHaveLength(1);
    studentProxy.setOffline(false);
    await expect.poll(() => thread(coach), { timeout: T }).toEqual(['Hello Aarav, how is counting going?', 'Fine! Did two questions offline.']);
    await expect.poll(() => student.locator('.chat__msg--mine .chat__state').innerText(), { timeout: T }).toContain('Read');

    // The coach writes offline; the student sees it once the coach's device reconnects.
    coachProxy.setOffline(true);
    await expect.poll(() => indicator(coach).getAttribute('data-state'), { timeout: T }).not.toBe('online');
    await coach.getByRole('textbox', { name: 'Write a message' }).fill('Great. Try the next unit tomorrow.');
    await coach.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => coach.locator('.chat__msg--mine .chat__state').last().innerText(), { timeout: T }).toContain('Waiting to send');
    expect(await thread(student)).toHaveLength(2);
    coachProxy.setOffline(false);
    await expect.poll(() => thread(student), { timeout: T }).toEqual([
      'Hello Aarav, how is counting going?',
      'Fine! Did two questions offline.',
      'Great. Try the next unit tomorrow.',
    ]);
    await settled(coach);
    await settled(student);
    await screenshots(student, 'student-messages');

    // Reloads on both sides: the same three messages, once each, here and on the server.
    await reloadAndUnlock(student, STUDENT);
    await reloadAndUnlock(coach, COACH);
    const expected = ['Hello Aarav, how is counting going?', 'Fine! Did two questions offline.', 'Great. Try the next unit tomorrow.'];
    await expect.poll(() => thread(student), { timeout: T }).toEqual(expected);
    await expect.poll(() => thread(coach), { timeout: T }).toEqual(expected);
    const stored = await q<{ id: string; body: string; sender_id: string; read_at: Date | null }>('SELECT id, body, sender_id, read_at FROM chat_messages WHERE student_id = $1 ORDER BY hlc', [studentId]);
    expect(stored.map((m) => m.body)).toEqual(expected);
    expect(new Set(stored.map((m) => m.id)).size).toBe(3);
    expect(stored.map((m) => m.sender_id)).toEqual([coachId, studentId, coachId]);
    // Every message was read by its recipient (the threads were on screen).
    await expect.poll(async () => (await q('SELECT id FROM chat_messages WHERE student_id = $1 AND read_at IS NULL', [studentId])).length, { timeout: T }).toBe(0);
  });

  it("removes a cohort's rows from the coach's device when an admin unassigns the coach", async () => {
    const adminBrowser = await launchChromium();
    const adminProxy = await startNetProxy(server.url);
    try {
      const admin = await adminBrowser.context.newPage();
      await admin.setViewportSize({ width: 1280, height: 860 });
      admin.on('pageerror', (e) => errors.push(`admin: ${e.message}`));
      await signIn(admin, adminProxy.url, { email: 'admin@demo.cr', password: 'demo-admin-pass' });
      await admin.getByRole('link', { name: 'Admin console' }).click();
      await admin.waitForURL('**/admin');
      const row = admin.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: 'Demo class 11', exact: true }) });
      await row.getByRole('button', { name: 'Manage' }).click();
      await admin.getByRole('heading', { level: 3, name: 'Demo class 11' }).waitFor({ timeout: T });
      await admin.getByRole('listitem').filter({ hasText: 'Coach Meera' }).getByRole('button', { name: 'Remove' }).click();
      await expect.poll(() => admin.getByRole('status').filter({ hasText: 'Saved.' }).count(), { timeout: T }).toBeGreaterThan(0);
      await screenshots(admin, 'admin-cohort-unassigned');
      const audit = await q<{ action: string }>(`SELECT action FROM audit_log WHERE action = 'cohort_coach_unassigned' AND resource_id = $1`, [cohort11]);
      expect(audit).toHaveLength(1);

      // Benchmarks: scheduling shows the server's reason when the sealed bank is short, and succeeds once it is filled.
      await admin.getByRole('button', { name: 'Benchmarks', exact: true }).click();
      await admin.getByText('No benchmark scheduled for this class yet.').waitFor({ timeout: T });
      const form = admin.locator('form[aria-labelledby="schedule-heading"]');
      await form.getByLabel('Class').selectOption('11');
      await form.getByLabel('Month').fill('2027-01');
      await form.getByLabel('Title (optional)').fill('January benchmark');
      await form.getByLabel('Opens (your local time)').fill('2027-01-10T09:00');
      await form.getByLabel('Closes (your local time)').fill('2027-01-10T08:00');
      await form.getByRole('button', { name: 'Schedule' }).click();
      await expect.poll(() => admin.getByRole('alert').allInnerTexts(), { timeout: T }).toContain('The closing time must be after the opening time.');
      await form.getByLabel('Closes (your local time)').fill('2027-01-10T12:00');
      await form.getByRole('button', { name: 'Schedule' }).click();
      await expect.poll(async () => (await admin.getByRole('alert').allInnerTexts()).join(' '), { timeout: T }).toContain('the sealed bank cannot fill a class 11 JEE Main paper');
      expect(await q('SELECT id FROM benchmarks')).toHaveLength(0);
      await fillBenchmarkBank();
      await form.getByRole('button', { name: 'Schedule' }).click();
      await expect.poll(() => admin.getByRole('status').filter({ hasText: 'Scheduled: January benchmark.' }).count(), { timeout: T }).toBe(1);
      const scheduled = admin.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: 'January benchmark' }) });
      await expect.poll(() => scheduled.innerText(), { timeout: T }).toContain('Scheduled');
      expect(await q(`SELECT standard, title, grace_s FROM benchmarks`)).toEqual([{ standard: 11, title: 'January benchmark', grace_s: 900 }]);
      await screenshots(admin, 'admin-benchmarks');
      admin.once('dialog', (dialog) => void dialog.accept());
      await scheduled.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => scheduled.innerText(), { timeout: T }).toContain('Cancelled');
      expect(await q(`SELECT status FROM benchmarks`)).toEqual([{ status: 'cancelled' }]);

      // With the server unreachable, the console says so plainly instead of a vague failure.
      adminProxy.setOffline(true);
      await form.getByLabel('Month').fill('2027-02');
      await form.getByRole('button', { name: 'Schedule' }).click();
      await expect.poll(async () => (await admin.getByRole('alert').allInnerTexts()).join(' '), { timeout: T }).toContain('The admin console needs a connection');
    } finally {
      await adminBrowser.close();
      await adminProxy.close();
    }

    // The coach's device, on its next checkpoint: the cohort, its students and its chat are gone.
    await inApp(coach, '/');
    const cohortsShown = async () => {
      const text = await coach.getByRole('region', { name: 'Your cohorts' }).innerText();
      return ['Demo class 11', 'Demo class 12'].filter((name) => text.includes(name));
    };
    await expect.poll(cohortsShown, { timeout: T }).toEqual(['Demo class 12']);
    // The all-cohorts view lists every summary row in the replica.
    await inApp(coach, '/coach/cohorts/all');
    await expect.poll(() => coach.locator('table.heatmap').getAttribute('data-rows'), { timeout: T }).toBe('1');
    expect(await mainText(coach)).not.toContain('Aarav');
    await inApp(coach, `/coach/cohorts/${cohort11}`);
    await expect.poll(() => mainText(coach), { timeout: T }).toContain('This cohort is not among yours');
    expect(await mainText(coach)).not.toContain('Aarav');
    // The thread with Aarav left the replica with the cohort's chat bucket (the drill-down API now refuses too).
    await inApp(coach, `/coach/students/${studentId}`);
    await expect.poll(() => mainText(coach), { timeout: T }).toContain('No messages yet.');
    expect(await mainText(coach)).not.toContain('Aarav');
    expect(await mainText(coach)).not.toContain('Did two questions offline');
    // The student keeps their own thread.
    expect(await thread(student)).toHaveLength(3);
    expect(errors).toEqual([]);
  });

  it('renders a large cohort as a row window: every student reachable by scrolling, few rows in the page', async () => {
    const big = (await q<{ id: string }>(`INSERT INTO cohorts (name, standard) VALUES ('Big batch', 12) RETURNING id`))[0]!.id;
    await q(
      `WITH s AS (
         INSERT INTO users (email, password_hash, role, standard, full_name)
         SELECT 'big' || g || '@e2e.cr', 'x', 'student', 12, 'Big ' || lpad(g::text, 3, '0') FROM generate_series(1, 150) g RETURNING id
       ) INSERT INTO cohort_members (cohort_id, student_id) SELECT $1, id FROM s`,
      [big],
    );
    await q('INSERT INTO cohort_coaches (cohort_id, coach_id) VALUES ($1, $2)', [big, coachId]);
    await runSummaryJob(server.db.pool);
    await inApp(coach, `/coach/cohorts/${big}`);
    await expect.poll(() => coach.locator('table.heatmap').getAttribute('data-rows'), { timeout: T }).toBe('150');
    const rows = coach.locator('table.heatmap tbody tr[data-student]');
    expect(await rows.count()).toBeLessThan(80);
    expect(await rows.first().innerText()).toContain('Big 001');
    await coach.locator('.heatmap__scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => rows.last().innerText(), { timeout: T }).toContain('Big 150');
    expect(await rows.last().getAttribute('aria-rowindex')).toBe('151');
    expect(await coach.locator('table.heatmap').getAttribute('aria-rowcount')).toBe('151');
  });
});
