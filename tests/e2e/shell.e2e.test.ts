import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshots, startServer, type RunningBrowser, type RunningServer } from './support.ts';

/**
 * The signed-in app shell in a real browser against the real server: sign up, dashboard, sign
 * out, sign in, session restore on reload, Hindi, coach and admin homes. One browser profile and
 * one page walk through the journey in order, as a student would.
 */

let server: RunningServer;
let browser: RunningBrowser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signOut() {
  await page.getByRole('button', { name: /^(Sign out|साइन आउट)$/ }).click();
  await page.waitForURL('**/signin');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('cr.refresh'))).toBeNull();
}

async function signIn(email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Visible text of an element, for "is this on screen" checks that ignore markup. */
const textOf = (selector: string) => page.locator(selector).innerText();

describe('app shell', () => {
  it('sends a signed-out visitor to sign-in, with labelled fields', async () => {
    await page.goto(server.url);
    await page.waitForURL('**/signin');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Sign in');
    expect(await page.getByLabel('Email').getAttribute('type')).toBe('email');
    expect(await page.title()).toContain('Sign in');
    // Keyboard: the first Tab lands on the skip link.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await screenshots(page, 'sign-in');
  });

  it('offers the sign-in screen in Hindi, with no English left over', async () => {
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('साइन इन');
    expect(await page.getByLabel('पासवर्ड', { exact: true }).getAttribute('type')).toBe('password');
    const text = await page.locator('body').innerText();
    const leftovers = (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !['English', 'JEE'].includes(w));
    expect(leftovers).toEqual([]);
    await screenshots(page, 'sign-in-hindi');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Sign in');
  });

  it('shows inline errors from the form and from the API', async () => {
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.waitForURL('**/signup');
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    const email = page.getByLabel('Email');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Password', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await textOf('form')).toContain('Enter a valid email address.');
    expect(await textOf('form')).toContain('Password must be at least 8 characters.');
    // Focus goes to the first invalid field.
    expect(await email.evaluate((el) => el === document.activeElement)).toBe(true);

    // A taken email comes back from the server as EMAIL_TAKEN on field `email`.
    await email.fill('student11@demo.cr');
    await page.getByLabel('Password', { exact: true }).fill('a long enough password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect.poll(() => textOf('form')).toContain('An account with this email already exists.');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await screenshots(page, 'sign-up-errors');
  });

  it('signs up a new student and lands on the dashboard with the phase and the diagnostic', async () => {
    const email = `new-${Date.now()}@e2e.cr`;
    await page.getByLabel('Full name').fill('Kavya Sharma');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('correct horse battery');
    await page.getByLabel('Class 11').check();
    const button = page.getByRole('button', { name: /Create account|Creating account/ });
    await button.click();

    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Namaste, Kavya');
    // Phase and its emphasis: a new student with the exam far away is in the foundation phase.
    const phase = page.getByRole('region', { name: 'Your phase' });
    await expect.poll(() => phase.innerText()).toContain('Foundation');
    expect(await phase.innerText()).toContain('Layer-1 concepts of every subject.');
    expect(await phase.innerText()).toMatch(/\d+\s*days to exam/);
    // The empty plan tells a new student where to start.
    const plan = page.getByRole('region', { name: "Today's plan" });
    expect(await plan.innerText()).toContain('Start with the diagnostic test');
    // Subject mastery bars are progressbars with values.
    const subjects = page.getByRole('region', { name: 'Subject mastery' });
    for (const name of ['Mathematics', 'Physics', 'Chemistry']) {
      expect(await subjects.getByRole('progressbar', { name }).getAttribute('aria-valuenow')).toBe('0');
    }
    expect(await page.getByRole('region', { name: 'Streak' }).innerText()).toContain('0 days');
    expect(await page.getByRole('banner').innerText()).toContain('Sign out');
    expect(await page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
    await screenshots(page, 'dashboard-new-student');
  });

  it('shows the About page with the JEEBench attribution', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'About' }).click();
    await page.waitForURL('**/about');
    expect(await textOf('main')).toContain(
      'Questions from JEEBench (Arora, Singh and Mausam, EMNLP 2023; DAIR, IIT Delhi), MIT licence',
    );
    // In-app navigation moves focus to the new page's heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await screenshots(page, 'about');
  });

  it('shows the student their profile', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Profile' }).click();
    await page.waitForURL('**/profile');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Kavya Sharma');
    const main = await textOf('main');
    expect(main).toMatch(/Class\s*11/);
    expect(main).toMatch(/Role\s*Student/);
    await screenshots(page, 'profile');
    await page.getByRole('navigation').getByRole('link', { name: 'Dashboard' }).click();
    await page.waitForURL((url) => url.pathname === '/');
  });

  it('signs out and back in as a demo student', async () => {
    await signOut();
    await signIn('student11@demo.cr', 'demo-student-11');
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Namaste, Aarav');
    expect(await page.getByRole('banner').innerText()).toContain('Aarav');
  });

  it('rejects a wrong password with a message, not a crash', async () => {
    await signOut();
    await signIn('student11@demo.cr', 'wrong-password');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('That email and password do not match an account.');
    await signIn('student11@demo.cr', 'demo-student-11');
    await page.waitForURL((url) => url.pathname === '/');
  });

  it('switches to Hindi, keeps it across a reload, and restores the session', async () => {
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'हिन्दी' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('नमस्ते, Aarav');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('hi');
    const main = await textOf('main');
    for (const phrase of ['आपका चरण', 'नींव', 'आज की योजना', 'नैदानिक परीक्षा से शुरुआत करें', 'विषयवार महारत', 'गणित', 'भौतिकी', 'रसायन विज्ञान']) {
      expect(main).toContain(phrase);
    }
    expect(await page.getByRole('button', { name: 'साइन आउट' }).isVisible()).toBe(true);
    // No English left on the dashboard: Latin words other than the student's name, JEE and AIR.
    const leftovers = (main.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !['Aarav', 'JEE', 'AIR'].includes(w));
    expect(leftovers).toEqual([]);
    await screenshots(page, 'dashboard-hindi');

    // The access token lives in memory only: a reload restores the session with the refresh token.
    const before = await page.evaluate(() => localStorage.getItem('cr.refresh'));
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('नमस्ते, Aarav');
    const after = await page.evaluate(() => localStorage.getItem('cr.refresh'));
    expect(after).not.toBeNull();
    expect(after).not.toBe(before); // rotated

    // The account remembers the choice, for the student's other devices.
    const language = async () =>
      (await server.db.pool.query(`SELECT language FROM users WHERE email = 'student11@demo.cr'`)).rows[0]?.language as string | undefined;
    await expect.poll(language).toBe('hi');

    await page.getByRole('group', { name: 'भाषा' }).getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Namaste, Aarav');
    await expect.poll(language).toBe('en');
  });

  it('shows a coach their profile and cohorts', async () => {
    await signOut();
    await signIn('coach@demo.cr', 'demo-coach-pass');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Coach home');
    const cohorts = page.getByRole('region', { name: 'Your cohorts' });
    await expect.poll(() => cohorts.innerText()).toContain('Demo class 11');
    expect(await cohorts.innerText()).toContain('Demo class 12');
    expect(await cohorts.innerText()).toContain('1 student');
    expect(await textOf('main')).toContain('coach@demo.cr');
    await screenshots(page, 'coach-home');
  });

  it('shows an admin their profile and the accounts', async () => {
    await signOut();
    await signIn('admin@demo.cr', 'demo-admin-pass');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Admin home');
    const accounts = page.getByRole('region', { name: 'Accounts', exact: true });
    await expect.poll(() => accounts.innerText()).toMatch(/Student\s*3/);
    expect(await textOf('main')).toContain('admin@demo.cr');
    await screenshots(page, 'admin-home');
    await signOut();
  });

  it('installs as a PWA: manifest with icons, and a service worker controlling the page', async () => {
    const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json());
    expect(manifest).toMatchObject({ name: expect.stringContaining('Cognitive Resonance'), short_name: 'Resonance', display: 'standalone' });
    const icons = manifest.icons as Array<{ sizes: string; purpose: string }>;
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  });

  it('opens from the service worker with the server gone, and says it is offline', async () => {
    await signIn('student12@demo.cr', 'demo-student-12');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Namaste, Diya');
    await server.close();
    await page.reload();
    // The shell comes from the precache; the session cannot be refreshed, and the token is kept.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('You are offline');
    expect(await page.evaluate(() => localStorage.getItem('cr.refresh'))).not.toBeNull();
    await screenshots(page, 'offline');
  });

  it('threw no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
