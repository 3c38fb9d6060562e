import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountButton, choosePin, enterProfilePin, readRegistry, signOut as signOutFlow, submitSignIn, waitForApp, waitForProfilePicker } from './flows.ts';
import { launchChromium, screenshots, startServer, type RunningBrowser, type RunningServer } from './support.ts';

/**
 * The signed-in app shell in a real browser against the real server: sign up (and choose a PIN),
 * dashboard, sign out, sign in, reopening the profile with its PIN after a reload, Hindi, coach
 * and admin homes, and an offline start from the service worker. One browser profile and one page
 * walk through the journey in order, as a student would.
 */

const PIN = '482193';

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

/** Signs out (nothing is pending on these accounts) and checks no session is left on the device. */
async function signOut() {
  await signOutFlow(page);
  expect(await page.evaluate(() => localStorage.getItem('cr.refresh'))).toBeNull();
}

/** Password sign-in on the sign-in form already on screen, then the PIN for students and coaches. */
async function signIn(email: string, password: string, pin: string | null = PIN) {
  await submitSignIn(page, { email, password });
  if (pin) await choosePin(page, pin);
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
    const signup = page.waitForResponse((r) => r.url().endsWith('/api/auth/signup'));
    await button.click();
    const refreshToken = ((await (await signup).json()) as { data: { refresh_token: string } }).data.refresh_token;

    // First sign-in on this device: a PIN before the app opens; a bad one is refused inline.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Choose a PIN');
    await page.getByLabel('PIN', { exact: true }).fill('12');
    await page.getByRole('button', { name: 'Save PIN' }).click();
    await expect.poll(() => textOf('form')).toContain('Enter 4 to 6 digits.');
    await page.getByLabel('PIN', { exact: true }).fill(PIN);
    await page.getByLabel('Confirm PIN', { exact: true }).fill('482190');
    await page.getByRole('button', { name: 'Save PIN' }).click();
    await expect.poll(() => textOf('form')).toContain('The two PINs are not the same.');
    await screenshots(page, 'choose-pin');
    await choosePin(page, PIN);
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
    expect(await accountButton(page).getAttribute('aria-label')).toBe('Account: Kavya Sharma');
    await accountButton(page).click();
    expect(await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
    await screenshots(page, 'account-menu');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).isVisible()).toBe(false);
    await screenshots(page, 'dashboard-new-student');

    // Security: the device keeps the profile, but neither the PIN nor a plaintext refresh token.
    const registry = await readRegistry(page);
    expect(registry).toHaveLength(1);
    expect(registry[0]).toMatchObject({ displayName: 'Kavya Sharma', role: 'student', email });
    const raw = JSON.stringify(registry);
    expect(raw).not.toContain(PIN);
    expect(raw).not.toContain(refreshToken);
    expect(registry[0]?.refresh).toEqual({ iv: expect.any(String), ciphertext: expect.any(String) });
    expect(await page.evaluate(() => localStorage.getItem('cr.refresh'))).toBeNull();
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
    await signIn('student11@demo.cr', 'wrong-password', null);
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('That email and password do not match an account.');
    await signIn('student11@demo.cr', 'demo-student-11');
    await page.waitForURL((url) => url.pathname === '/');
  });

  it('switches to Hindi, keeps it across a reload, and restores the session', async () => {
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'हिन्दी' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('नमस्ते, Aarav');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('hi');
    // The dashboard's cards render once the local fold is done.
    await expect.poll(() => textOf('main'), { timeout: 30_000 }).toContain('आपका चरण');
    const main = await textOf('main');
    for (const phrase of ['आपका चरण', 'नींव', 'आज की योजना', 'नैदानिक परीक्षा से शुरुआत करें', 'विषयवार महारत', 'गणित', 'भौतिकी', 'रसायन विज्ञान']) {
      expect(main).toContain(phrase);
    }
    expect(await accountButton(page).getAttribute('aria-label')).toMatch(/^खाता: Aarav/);
    await accountButton(page).click();
    const menu = page.getByRole('banner');
    for (const item of ['लॉक करें', 'प्रोफ़ाइल बदलें', 'साइन आउट']) expect(await menu.getByRole('button', { name: item, exact: true }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    // No English left on the dashboard: Latin words other than the student's name, JEE and AIR.
    const leftovers = (main.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !['Aarav', 'JEE', 'AIR'].includes(w));
    expect(leftovers).toEqual([]);
    await screenshots(page, 'dashboard-hindi');

    // The access token lives in memory only: after a reload the profile opens again with its PIN,
    // which unseals the refresh token; it rotates and is sealed again.
    const before = (await readRegistry(page))[0]?.refresh;
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('कौन पढ़ रहा है?');
    const picker = await textOf('main');
    expect((picker.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !['Aarav', 'class', 'JEE'].includes(w))).toEqual([]);
    await screenshots(page, 'who-is-studying-hindi');
    await page.getByRole('list', { name: 'इस डिवाइस पर प्रोफ़ाइलें' }).getByRole('button', { name: /^Aarav/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('अपना पिन डालें');
    await page.getByLabel('पिन', { exact: true }).fill(PIN);
    await page.getByRole('button', { name: 'खोलें', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('नमस्ते, Aarav');
    await expect.poll(async () => JSON.stringify((await readRegistry(page))[0]?.refresh)).not.toBe(JSON.stringify(before));
    expect(await page.evaluate(() => localStorage.getItem('cr.refresh'))).toBeNull();

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
    // A coach's PIN and idle lock are in Settings, reached from the account menu.
    await accountButton(page).click();
    await page.getByRole('banner').getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL('**/settings');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'PIN and lock' }).isVisible()).toBe(true);
  });

  it('shows an admin their profile and the accounts', async () => {
    await signOut();
    await signIn('admin@demo.cr', 'demo-admin-pass', null);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Admin home');
    // Admins are never remembered on a device: no PIN, nothing in the registry.
    expect(await readRegistry(page)).toEqual([]);
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

  it('opens the profile offline from the service worker with the server gone, after its PIN', async () => {
    await signIn('student12@demo.cr', 'demo-student-12');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Namaste, Diya');
    await server.close();
    await page.reload();
    // The shell comes from the precache; the profile is listed from the device registry.
    await waitForProfilePicker(page);
    expect(await textOf('main')).toContain('Last used');
    await screenshots(page, 'who-is-studying');
    // A wrong PIN is refused offline too.
    await enterProfilePin(page, { name: 'Diya', pin: '000000' });
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('That PIN is not right. 9 tries left');
    await page.getByLabel('PIN', { exact: true }).fill(PIN);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await waitForApp(page);
    // Opened from the local replica with the cached user; the sync indicator says offline.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Namaste, Diya');
    expect(await page.getByTestId('sync-indicator').getAttribute('data-state')).toBe('offline');
    await screenshots(page, 'offline-unlocked');
  });

  it('threw no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
