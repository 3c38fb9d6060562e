import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedContent } from '../sync/helpers/server.ts';
import { addAnotherProfile, choosePin, practiceText, submitSignIn, signUpStudent, switchProfile, unlockProfile, waitForApp, waitForProfilePicker } from './flows.ts';
import { launchChromium, screenshots, startServer, type RunningBrowser, type RunningServer } from './support.ts';

/**
 * The student's local replica in a real browser: a profile's own PowerSync database syncs from the
 * real server (sync indicator online, a full checkpoint applied, nothing pending); a second
 * profile on the same browser gets its own database; and with the server gone for real (stopped,
 * not `setOffline`, which the sync SharedWorker ignores) a reload is served entirely by the
 * service worker and the profile opens offline with its PIN, its local data intact.
 */

let server: RunningServer;
let browser: RunningBrowser;
let page: Page;
let userId = '';
const pageErrors: string[] = [];
const email = `sync-${Date.now()}@e2e.cr`;
const PIN = '2580';

// Generous: CI machines with 2 cores are slow to migrate PGlite and start Chromium.
beforeAll(async () => {
  server = await startServer();
  await seedContent(server.db, 3, 'E2E');
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const indicator = () => page.getByTestId('sync-indicator');

describe('local replica and offline start', () => {
  it('opens the new student\'s own database and syncs it', async () => {
    await signUpStudent(page, server.url, { name: 'Arjun Mehta', email, password: 'correct horse battery', standard: 12, pin: PIN });

    const { rows } = await server.db.pool.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [email]);
    userId = rows[0]!.id;

    // Connected, a full checkpoint applied, nothing waiting to upload.
    await expect.poll(() => indicator().getAttribute('data-state'), { timeout: 30_000 }).toBe('online');
    await expect.poll(() => indicator().getAttribute('title'), { timeout: 30_000 }).toContain('Last synced');
    expect(await indicator().getAttribute('data-pending')).toBe('0');
    expect(await indicator().getAttribute('title')).toContain('Everything is synced');

    // One IndexedDB database per profile, named after the user.
    const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(names).toContain(`cr-${userId}.db`);
    await screenshots(page, 'dashboard-synced');
  });

  it('answers a practice question offline-first: instant feedback, and the attempt reaches the server', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Practice' }).click();
    await page.waitForURL('**/practice');
    await page.getByRole('link', { name: 'Concept E2E0' }).click();
    await page.waitForURL('**/practice/E2E0');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), { timeout: 15_000 }).toBe('Concept E2E0');
    expect(await page.locator('main').innerText()).toContain('What is 2+2?');
    await page.getByRole('textbox', { name: 'Your answer' }).fill('4');
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Correct' }).count(), { timeout: 15_000 }).toBe(1);
    await screenshots(page, 'practice-feedback');

    // The attempt row (UUIDv7 id, this device's HLC) is uploaded and stored under this student.
    await expect
      .poll(async () => (await server.db.pool.query('SELECT id, question_id, answer, is_correct, hlc FROM attempts WHERE student_id = $1', [userId])).rows, { timeout: 30_000, interval: 500 })
      .toHaveLength(1);
    const { rows } = await server.db.pool.query<{ id: string; question_id: string; answer: string; is_correct: boolean; hlc: string }>('SELECT id, question_id, answer, is_correct, hlc FROM attempts WHERE student_id = $1', [userId]);
    expect(rows[0]).toMatchObject({ question_id: 'Q-E2E0', answer: '4', is_correct: true });
    expect(rows[0]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(rows[0]!.hlc).toMatch(/^\d{13}:[0-9a-z]{4}:web-[0-9a-f]{12}$/);
    await expect.poll(() => indicator().getAttribute('data-pending'), { timeout: 30_000 }).toBe('0');
    // The local replica shows the synced attempt count.
    expect(await page.locator('main').innerText()).toContain('1 of 1 answered correctly on this device');
  });

  it('keeps a second student on the same browser in their own database, seeing none of the first one\'s work', async () => {

    // "Add someone": the first profile stays on the device, closed.
    await addAnotherProfile(page);
    await submitSignIn(page, { email: 'student11@demo.cr', password: 'demo-student-11' });
    await choosePin(page, '1357');
    await expect.poll(() => indicator().getAttribute('title'), { timeout: 30_000 }).toContain('Last synced');
    expect(await practiceText(page, 'E2E0')).not.toContain('answered correctly on this device');
    const { rows } = await server.db.pool.query<{ id: string }>(`SELECT id FROM users WHERE email = 'student11@demo.cr'`);
    const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(names).toEqual(expect.arrayContaining([`cr-${userId}.db`, `cr-${rows[0]!.id}.db`]));

    await switchProfile(page);
    await unlockProfile(page, { name: 'Arjun Mehta', pin: PIN });
    expect(await practiceText(page, 'E2E0')).toContain('1 of 1 answered correctly on this device');
  });

  it('starts from the service worker with the server stopped, and opens the profile offline with its PIN', async () => {
    // The precache (3+ MB with the SQLite wasm) must be complete before the server goes away.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000, interval: 500 }).toBe(true);
    await server.close();

    const failed: string[] = [];
    page.on('requestfailed', (request) => {
      const url = new URL(request.url());
      // API and sync calls fail by design; the shell, workers and wasm must not. Requests the old
      // page abandons while it unloads (ERR_ABORTED) are not failures to reach the network.
      if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
      if (!url.pathname.startsWith('/api/') && !url.pathname.startsWith('/sync/') && !url.pathname.startsWith('/write-checkpoint')) failed.push(url.pathname);
    });
    await page.reload();
    // Without the server the session cannot be refreshed, but the PIN opens the profile from its
    // local replica, on the page it was on, with the work done on this device.
    await waitForProfilePicker(page);
    await unlockProfile(page, { name: 'Arjun Mehta', pin: PIN });
    await waitForApp(page);
    expect(new URL(page.url()).pathname).toBe('/practice/E2E0');
    await expect.poll(() => page.locator('main').innerText(), { timeout: 30_000 }).toContain('1 of 1 answered correctly on this device');
    expect(await indicator().getAttribute('data-state')).toBe('offline');
    expect(failed).toEqual([]);
    expect(pageErrors).toEqual([]);
    await screenshots(page, 'offline-start');
  });
});
