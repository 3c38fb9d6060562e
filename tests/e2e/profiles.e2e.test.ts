import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedContent } from '../sync/helpers/server.ts';
import {
  accountAction,
  accountButton,
  choosePin,
  enterProfilePin,
  lockNow,
  practiceText,
  profileButton,
  readRegistry,
  signOut,
  signUpStudent,
  switchProfile,
  unlockOverlay,
  unlockProfile,
  waitForApp,
  waitForProfilePicker,
} from './flows.ts';
import { startNetProxy, type NetProxy } from './net-proxy.ts';
import { launchChromium, screenshots, startServer, type RunningBrowser, type RunningServer } from './support.ts';

/**
 * A device shared by two siblings, in a real browser against the real server: each profile has its
 * own database and sees only its own work; switching needs the other's PIN; a wrong PIN is refused;
 * the PIN opens a profile with the server unreachable (through a proxy that is cut, so the sync
 * SharedWorker is offline too); the idle lock covers the app without unmounting it; and removing
 * a profile with offline work lists what would be lost before anything is deleted.
 */

let server: RunningServer;
let proxy: NetProxy;
let browser: RunningBrowser;
let page: Page;
const pageErrors: string[] = [];
const stamp = Date.now();
const kavya = { name: 'Kavya Sharma', email: `kavya-${stamp}@e2e.cr`, password: 'correct horse battery', standard: 12 as const, pin: '4821' };
/** Rohan changes his PIN in Settings during the run. */
const rohan = { name: 'Rohan Sharma', email: `rohan-${stamp}@e2e.cr`, password: 'battery staple horse', standard: 11 as const, pin: '975310' };

beforeAll(async () => {
  server = await startServer();
  await seedContent(server.db, 3, 'E2E');
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
const main = () => page.locator('main').innerText();

/** Opens a practice concept and answers its question ("What is 2+2?"). */
async function answer(concept: string, value: string) {
  await page.getByRole('navigation').getByRole('link', { name: 'Practice' }).click();
  await page.getByRole('link', { name: `Concept ${concept}` }).click();
  await page.waitForURL(`**/practice/${concept}`);
  await expect.poll(main, { timeout: 30_000 }).toContain('What is 2+2?');
  await page.getByRole('textbox', { name: 'Your answer' }).fill(value);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: value === '4' ? 'Correct' : 'Not quite' }).count(), { timeout: 15_000 }).toBe(1);
}

/** The answers the server holds for the student, oldest first. */
async function serverAnswers(email: string): Promise<string[]> {
  const { rows } = await server.db.pool.query<{ answer: string }>(
    'SELECT a.answer FROM attempts a JOIN users u ON u.id = a.student_id WHERE u.email = $1 ORDER BY a.hlc',
    [email],
  );
  return rows.map((r) => r.answer);
}

async function userId(email: string): Promise<string> {
  const { rows } = await server.db.pool.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [email]);
  return rows[0]!.id;
}

describe('profiles on a shared device', () => {
  it('keeps two students on one browser apart: each sees only their own work', async () => {
    await signUpStudent(page, proxy.url, kavya);
    await answer('E2E0', '4');
    await expect.poll(main, { timeout: 30_000 }).toContain('1 of 1 answered correctly on this device');
    await expect.poll(() => serverAnswers(kavya.email), { timeout: 30_000, interval: 500 }).toEqual(['4']);
    await expect.poll(() => indicator().getAttribute('data-pending'), { timeout: 30_000 }).toBe('0');

    // The sibling signs up on the same browser; the first profile stays on the device, closed.
    await signUpStudent(page, proxy.url, rohan);
    expect(await accountButton(page).getAttribute('aria-label')).toBe('Account: Rohan Sharma');
    expect(await practiceText(page, 'E2E0')).not.toContain('answered correctly on this device');
    await answer('E2E0', '5');
    await expect.poll(main, { timeout: 30_000 }).toContain('0 of 1 answered correctly on this device');
    await expect.poll(() => serverAnswers(rohan.email), { timeout: 30_000, interval: 500 }).toEqual(['5']);
    await expect.poll(() => indicator().getAttribute('data-pending'), { timeout: 30_000 }).toBe('0');

    // "Who's studying?" lists both, most recent first, with role and last use.
    await switchProfile(page);
    const list = page.getByRole('list', { name: 'Profiles on this device' });
    expect(await list.getByRole('button').allInnerTexts()).toEqual([expect.stringMatching(/^RS\s*Rohan Sharma\s*Student · Last used/), expect.stringMatching(/^KS\s*Kavya Sharma\s*Student · Last used/)]);
    await screenshots(page, 'who-is-studying-two');

    await unlockProfile(page, { name: 'Kavya Sharma', pin: kavya.pin });
    expect(await accountButton(page).getAttribute('aria-label')).toBe('Account: Kavya Sharma');
    // Kavya starts on her dashboard, not on the page Rohan had open.
    expect(new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Namaste, Kavya');
    const text = await practiceText(page, 'E2E0');
    expect(text).toContain('1 of 1 answered correctly on this device');
    expect(text).not.toContain('0 of 1');

    // One database per profile; the server holds each one's answer under its own account.
    const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(names).toEqual(expect.arrayContaining([`cr-${await userId(kavya.email)}.db`, `cr-${await userId(rohan.email)}.db`]));
    expect(await serverAnswers(kavya.email)).toEqual(['4']);
    expect(await serverAnswers(rohan.email)).toEqual(['5']);
  });

  it('refuses a wrong PIN, counting down the tries, and opens with the right one', async () => {
    await switchProfile(page);
    await enterProfilePin(page, { name: 'Rohan Sharma', pin: '111111' });
    await expect.poll(() => page.getByRole('alert').innerText()).toBe('That PIN is not right. 9 tries left before your password is needed.');
    // Still on the PIN screen: Kavya's PIN does not open Rohan's profile.
    await page.getByLabel('PIN', { exact: true }).fill(kavya.pin);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toBe('That PIN is not right. 8 tries left before your password is needed.');
    expect(await accountButton(page).count()).toBe(0);
    await screenshots(page, 'wrong-pin');
    await page.getByLabel('PIN', { exact: true }).fill(rohan.pin);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await waitForApp(page);
    expect(await accountButton(page).getAttribute('aria-label')).toBe('Account: Rohan Sharma');
    // A correct PIN resets the count.
    const row = (await readRegistry(page)).find((p) => p.email === rohan.email);
    expect(row?.failedPins).toBe(0);
  });

  it('locks after the idle time, keeps the screen underneath mounted, and unlocks back to it', async () => {
    // Lock now, from the header: a wrong PIN is refused on the overlay too.
    await lockNow(page);
    const dialog = page.getByRole('dialog', { name: 'Locked' });
    await dialog.getByLabel('PIN', { exact: true }).fill('000000');
    await dialog.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect.poll(() => dialog.getByRole('alert').innerText()).toContain('That PIN is not right.');
    await unlockOverlay(page, rohan.pin);

    // Settings → Change PIN: the current PIN is needed; the new one opens the lock afterwards.
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    const pinForm = page.getByRole('form', { name: 'Change PIN' });
    await pinForm.getByLabel('Current PIN', { exact: true }).fill('000000');
    await pinForm.getByLabel('New PIN', { exact: true }).fill('135790');
    await pinForm.getByLabel('Confirm new PIN', { exact: true }).fill('135790');
    await pinForm.getByRole('button', { name: 'Change PIN' }).click();
    await expect.poll(() => pinForm.innerText()).toContain('That PIN is not right.');
    await pinForm.getByLabel('Current PIN', { exact: true }).fill(rohan.pin);
    await pinForm.getByRole('button', { name: 'Change PIN' }).click();
    await expect.poll(() => pinForm.innerText()).toContain('Your PIN is changed.');
    rohan.pin = '135790';
    await lockNow(page);
    await unlockOverlay(page, rohan.pin);

    // Idle lock after one minute without input, set in Settings for this profile only.
    await page.getByLabel('Lock after no activity for').selectOption('1');
    await expect.poll(async () => (await readRegistry(page)).find((p) => p.email === rohan.email)?.idleLockMinutes).toBe(1);
    expect((await readRegistry(page)).find((p) => p.email === kavya.email)?.idleLockMinutes).toBe(5);
    await screenshots(page, 'settings-pin-and-lock');

    // Half-typed work on a practice question, then no input.
    await page.getByRole('navigation').getByRole('link', { name: 'Practice' }).click();
    await page.getByRole('link', { name: 'Concept E2E2' }).click();
    await page.getByRole('textbox', { name: 'Your answer' }).fill('42');
    await dialog.waitFor({ state: 'visible', timeout: 100_000 });
    // The app is still there, inert under the overlay, with the typed answer.
    expect(await page.locator('.account-root').evaluate((el) => (el as HTMLElement).inert)).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Your answer', includeHidden: true }).inputValue()).toBe('42');
    await screenshots(page, 'idle-lock');
    await unlockOverlay(page, rohan.pin);
    expect(new URL(page.url()).pathname).toBe('/practice/E2E2');
    expect(await page.getByRole('textbox', { name: 'Your answer' }).inputValue()).toBe('42');
    expect(await page.locator('.account-root').evaluate((el) => (el as HTMLElement).inert)).toBe(false);
  }, 180_000);

  it('opens a profile with its PIN while the server is unreachable, from the service worker, with its local data', async () => {
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000, interval: 500 }).toBe(true);
    await switchProfile(page);
    proxy.setOffline(true);
    await page.reload();
    await waitForProfilePicker(page);
    await unlockProfile(page, { name: 'Kavya Sharma', pin: kavya.pin });
    await expect.poll(() => indicator().getAttribute('data-state')).toBe('offline');
    expect(await practiceText(page, 'E2E0')).toContain('1 of 1 answered correctly on this device');
    expect(await accountButton(page).getAttribute('aria-label')).toBe('Account: Kavya Sharma');
    await screenshots(page, 'profile-offline');

    // Work done offline waits on the device; when the server is back, the profile (opened with no
    // session) gets one from its sealed token and the sync connector uploads the work.
    await answer('E2E2', '4');
    await expect.poll(() => indicator().getAttribute('data-pending'), { timeout: 15_000 }).toBe('1');
    proxy.setOffline(false);
    await expect.poll(() => indicator().getAttribute('data-state'), { timeout: 60_000 }).toBe('online');
    await expect.poll(() => serverAnswers(kavya.email), { timeout: 30_000, interval: 500 }).toEqual(['4', '4']);
    await expect.poll(() => indicator().getAttribute('data-pending'), { timeout: 30_000 }).toBe('0');
    proxy.setOffline(true);
    await expect.poll(() => indicator().getAttribute('data-state'), { timeout: 30_000 }).toBe('offline');
  });

  it('will not remove a profile with offline work without saying exactly what would be lost', async () => {
    // An answer made offline cannot be uploaded.
    await answer('E2E1', '4');
    await expect.poll(() => indicator().getAttribute('data-pending'), { timeout: 15_000 }).toBe('1');

    await accountAction(page, 'Sign out');
    const loss = page.getByTestId('pending-loss');
    await loss.waitFor({ timeout: 60_000 });
    expect(await loss.innerText()).toBe('1 answer');
    expect(await page.getByRole('dialog').innerText()).toContain('Some work has not reached the server yet');
    await screenshots(page, 'remove-pending-loss');
    // Keeping it changes nothing.
    await page.getByRole('button', { name: 'Keep my work', exact: true }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect(await indicator().getAttribute('data-pending')).toBe('1');
    expect((await readRegistry(page)).map((p) => p.email).sort()).toEqual([kavya.email, rohan.email].sort());

    // Settings → Remove from this device → Remove anyway.
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Remove from this device', exact: true }).click();
    await loss.waitFor({ timeout: 60_000 });
    expect(await loss.innerText()).toBe('1 answer');
    await page.getByRole('button', { name: 'Remove anyway', exact: true }).click();
    await waitForProfilePicker(page);
    expect(await profileButton(page, 'Kavya Sharma').count()).toBe(0);
    expect(await profileButton(page, 'Rohan Sharma').count()).toBe(1);
    expect((await readRegistry(page)).map((p) => p.email)).toEqual([rohan.email]);
    // The answer removed with the profile never reached the server; the earlier ones did.
    expect(await serverAnswers(kavya.email)).toEqual(['4', '4']);
  });

  it('signs out with nothing pending straight away once the server is back', async () => {
    proxy.setOffline(false);
    await unlockProfile(page, { name: 'Rohan Sharma', pin: rohan.pin });
    await expect.poll(() => indicator().getAttribute('data-state'), { timeout: 30_000 }).toBe('online');
    await signOut(page);
    // The last profile is gone: the device shows sign-in, with no session left anywhere.
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await readRegistry(page)).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('cr.refresh'))).toBeNull();
    // Signed out online: the server revoked the session's refresh token, so none is usable. (Kavya
    // was removed offline; her token could not be revoked, and is no longer on the device.)
    const live = async (email: string) =>
      (
        await server.db.pool.query<{ live: number }>(
          `SELECT count(*)::int AS live FROM refresh_tokens r JOIN users u ON u.id = r.user_id WHERE u.email = $1 AND r.revoked_at IS NULL AND r.used_at IS NULL AND r.expires_at > now()`,
          [email],
        )
      ).rows[0]?.live;
    expect(await live(rohan.email)).toBe(0);
    expect(await live(kavya.email)).toBe(1);
  });

  it('upgrades a device that kept a plaintext refresh token: asks for a PIN, then deletes it', async () => {
    // What an earlier version of the app left in localStorage.
    const token = await page.evaluate(async (credentials) => {
      const response = await fetch('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(credentials) });
      return ((await response.json()) as { data: { refresh_token: string } }).data.refresh_token;
    }, { email: 'student12@demo.cr', password: 'demo-student-12' });
    await page.evaluate((value) => localStorage.setItem('cr.refresh', value), token);
    await page.reload();
    await choosePin(page, '2468');
    expect(await accountButton(page).getAttribute('aria-label')).toBe('Account: Diya (class 12)');
    expect(await page.evaluate(() => localStorage.getItem('cr.refresh'))).toBeNull();
    const registry = await readRegistry(page);
    expect(registry.map((p) => p.email)).toEqual(['student12@demo.cr']);
    expect(JSON.stringify(registry)).not.toContain(token);
    // The old token was exchanged (rotated), so it is spent on the server too.
    const spent = await server.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM refresh_tokens r JOIN users u ON u.id = r.user_id WHERE u.email = 'student12@demo.cr' AND r.used_at IS NOT NULL`,
    );
    expect(spent.rows[0]?.n).toBe(1);
    // And it opens again with the PIN, "Diya (class 12)" being a name the picker matches exactly.
    await switchProfile(page);
    await unlockProfile(page, { name: 'Diya (class 12)', pin: '2468' });
  });

  it('threw no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
