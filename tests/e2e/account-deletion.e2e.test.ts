import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDataCleanup } from '../../server/src/privacy/cleanup.ts';
import { seedContent } from '../sync/helpers/server.ts';
import { enterProfilePin, profileButton, readRegistry, signUpStudent, switchProfile, unlockProfile, waitForApp, waitForProfilePicker } from './flows.ts';
import { startNetProxy, type NetProxy } from './net-proxy.ts';
import { launchChromium, startServer, type RunningBrowser, type RunningServer } from './support.ts';

/**
 * A deleted account reaches a device that was offline throughout: two siblings share a browser;
 * Rohan asks for deletion on another device, the grace passes and the data_cleanup job deletes
 * him while this browser is offline with an answer of his still waiting to upload. When the
 * browser comes back, his profile, its database, its PIN record and the pending upload are
 * erased; Kavya's profile and data are untouched.
 */

let server: RunningServer;
let proxy: NetProxy;
let browser: RunningBrowser;
let page: Page;
const stamp = Date.now();
const kavya = { name: 'Kavya Verma', email: `kavya-del-${stamp}@e2e.cr`, password: 'correct horse battery', standard: 12 as const, pin: '4821' };
const rohan = { name: 'Rohan Verma', email: `rohan-del-${stamp}@e2e.cr`, password: 'battery staple horse', standard: 11 as const, pin: '975310' };

beforeAll(async () => {
  server = await startServer();
  await seedContent(server.db, 2, 'DEL');
  proxy = await startNetProxy(server.url);
  browser = await launchChromium();
  page = await browser.context.newPage();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await server?.close();
});

const main = () => page.locator('main').innerText();

async function answer(concept: string, value: string) {
  await page.getByRole('navigation').getByRole('link', { name: 'Practice' }).click();
  await page.getByRole('link', { name: `Concept ${concept}` }).click();
  await page.waitForURL(`**/practice/${concept}`);
  await expect.poll(main, { timeout: 30_000 }).toContain('What is 2+2?');
  await page.getByRole('textbox', { name: 'Your answer' }).fill(value);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: value === '4' ? 'Correct' : 'Not quite' }).count(), { timeout: 15_000 }).toBe(1);
}

async function userId(email: string): Promise<string> {
  const { rows } = await server.db.pool.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [email]);
  return rows[0]?.id ?? '';
}

async function serverAnswers(email: string): Promise<number> {
  const { rows } = await server.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM attempts a JOIN users u ON u.id = a.student_id WHERE u.email = $1', [email]);
  return rows[0]?.n ?? 0;
}

/** Rohan asks for deletion from another device (straight to the server, not through this browser's link). */
async function requestDeletionElsewhere(email: string, password: string): Promise<void> {
  const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  const token = ((await login.json()) as { data: { token: string } }).data.token;
  const res = await fetch(`${server.url}/api/user/account`, { method: 'DELETE', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ password }) });
  expect(res.status).toBe(202);
}

describe('account deletion on a shared device', () => {
  it('erases the deleted profile when the offline device reconnects, and keeps the sibling', async () => {
    await signUpStudent(page, proxy.url, kavya);
    await answer('DEL0', '4');
    await expect.poll(() => serverAnswers(kavya.email), { timeout: 30_000 }).toBe(1);
    await switchProfile(page);
    await signUpStudent(page, proxy.url, rohan);
    await answer('DEL0', '4');
    await expect.poll(() => serverAnswers(rohan.email), { timeout: 30_000 }).toBe(1);
    const rohanId = await userId(rohan.email);
    const kavyaId = await userId(kavya.email);

    // The browser goes offline; Rohan keeps studying: one more answer waits to upload.
    proxy.setOffline(true);
    await answer('DEL1', '5');
    await switchProfile(page);

    await requestDeletionElsewhere(rohan.email, rohan.password);
    const report = await runDataCleanup(server.db.pool, { now: new Date(Date.now() + 31 * 86_400_000), graceDays: 30, telemetryRetentionDays: 180 });
    expect(report.accounts_deleted).toBe(1);
    expect(await userId(rohan.email)).toBe('');

    // Still offline, Rohan's profile opens from the device with his PIN, his pending answer there.
    await unlockProfile(page, { name: rohan.name, pin: rohan.pin });
    const pendingBefore = await page.evaluate(async (id) => {
      const names = (await indexedDB.databases()).map((d) => d.name);
      return names.includes(`cr-${id}.db`);
    }, rohanId);
    expect(pendingBefore).toBe(true);

    // Back online: the device learns the account is gone and erases the profile.
    proxy.setOffline(false);
    await expect.poll(async () => (await page.getByRole('heading', { level: 1 }).first().innerText()).trim(), { timeout: 60_000 }).toMatch(/^(Who's studying\?|Sign in)$/);
    await expect.poll(async () => (await readRegistry(page)).map((p) => p.userId), { timeout: 30_000 }).toEqual([kavyaId]);
    // The picker says why the profile went.
    await expect.poll(() => page.locator('body').innerText(), { timeout: 30_000 }).toContain('That account was deleted.');
    // Its database was emptied (rows and pending uploads) and closed; the file is deleted at once,
    // or, if the sync worker still holds it, at the next start. Reload: it is gone either way.
    await page.reload();
    await waitForProfilePicker(page);
    await expect
      .poll(async () => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? '')), { timeout: 30_000 })
      .not.toContain(`cr-${rohanId}.db`);

    // The sibling is untouched: her profile opens with her PIN and her answer is still there.
    await waitForProfilePicker(page);
    expect(await profileButton(page, rohan.name).count()).toBe(0);
    await enterProfilePin(page, { name: kavya.name, pin: kavya.pin });
    await waitForApp(page);
    const kavyaRows = await page.evaluate(async (id) => (await indexedDB.databases()).some((d) => d.name === `cr-${id}.db`), kavyaId);
    expect(kavyaRows).toBe(true);
    expect(await serverAnswers(kavya.email)).toBe(1);
  }, 300_000);
});
