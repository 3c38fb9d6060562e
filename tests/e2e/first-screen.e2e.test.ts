import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedContent } from '../../server/src/seed/content.ts';
import { enterProfilePin, signUpStudent } from './flows.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium, startServer, type RunningBrowser, type RunningServer } from './support.ts';

/**
 * The first screen of a device that has never opened the app (what Lighthouse measures), in a
 * real browser against the real server:
 * - index.html paints the mark and the name before any script has run;
 * - the sign-in screen comes up with the scripts index.html names and nothing else: the local
 *   database's code (PowerSync) is fetched only when there is a removed profile's files to delete,
 *   and the form validation's only once the visitor starts on the form;
 * - the validation still arrives and works: a malformed email is refused by name;
 * - the dashboard's cards, whose code loads after the screen mounts, say so when that code cannot
 *   be fetched and come up on "Try again" once it can.
 */

let server: RunningServer;
let browser: RunningBrowser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Paths of the JavaScript assets `page` requests from now on, in order. */
function scriptRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/assets/') && pathname.endsWith('.js')) seen.push(pathname);
  });
  return seen;
}

describe('first screen of a new device', () => {
  it('paints the mark and the name from index.html before any script runs', async () => {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.locator('#root .splash__name').innerText()).toBe('Cognitive Resonance');
    expect(await page.locator('#root .splash .logo').count()).toBe(1);
    await page.close();
  });

  it('comes up on the sign-in screen with only the scripts index.html names, then loads validation once the form is used', async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    const named = new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]));
    expect(named.size).toBeGreaterThan(0);

    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const scripts = scriptRequests(page);
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/signin');
    await page.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((path) => !named.has(path))).toEqual([]);
    // The app's first render replaced the markup of index.html.
    expect(await page.locator('#root .splash').count()).toBe(0);

    // Starting on the form fetches the validation code; a malformed email is refused by name.
    const before = scripts.length;
    await page.getByLabel('Email').focus();
    await expect.poll(() => scripts.slice(before).filter((path) => !named.has(path)).length).toBeGreaterThan(0);
    // ... and still not the local database's code (no profile on this device, nothing to purge).
    expect(scripts.filter((path) => /\/assets\/database-[^/]+\.js$/.test(path))).toEqual([]);
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByLabel('Password', { exact: true }).fill('correct horse battery');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => page.getByText('Enter a valid email address.').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('dashboard code', () => {
  it('says the dashboard could not load when its code cannot be fetched, and comes up on "Try again"', async () => {
    await seedContent(server.db.pool);
    // No service worker, so every chunk request reaches the network (and the route below).
    const own = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      const context = await own.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 780 } });
      const page = await context.newPage();
      const student = { name: 'Asha Verma', email: `first-screen-${Date.now()}@example.com`, password: 'correct horse battery', pin: '246810' };
      await signUpStudent(page, server.url, student);
      await page.getByRole('heading', { name: 'Your phase' }).waitFor();

      // The cards' code fails to arrive (offline before it was ever cached): the screen says so.
      await page.route(/\/assets\/dashboard-body-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
      await page.reload();
      await enterProfilePin(page, { name: student.name, pin: student.pin });
      await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Could not load your dashboard.' }).count(), { timeout: 30_000 }).toBe(1);
      expect(await page.getByRole('heading', { name: 'Your phase' }).count()).toBe(0);

      // Back online: "Try again" loads it, without reloading the page.
      await page.unroute(/\/assets\/dashboard-body-[^/]+\.js$/);
      await page.getByRole('button', { name: 'Try again' }).click();
      await page.getByRole('heading', { name: 'Your phase' }).waitFor();
      expect(await page.getByRole('alert').filter({ hasText: 'Could not load your dashboard.' }).count()).toBe(0);
      await context.close();
    } finally {
      await own.close();
    }
  });
});
