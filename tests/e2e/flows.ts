import type { Page } from 'playwright-core';

/**
 * Shared browser-test steps for the account flows of a shared family device, so every suite walks
 * sign-up, sign-in, PIN and profile switching the same way. Signatures are stable; the screens
 * behind them are client/src/screens/{sign-in,sign-up}.tsx and client/src/screens/profiles/**.
 *
 * The flow they drive:
 * * first visit with no profile on the device → /signin (or /signup) → "Choose a PIN" → app;
 * * a device with profiles → "Who's studying?" → pick a profile → "Enter your PIN" → app, at the
 *   URL the page was opened on (online, or offline with the local replica);
 * * in the app, the header's account button (`accountButton`) opens a menu with "Lock",
 *   "Switch profile" and "Sign out" (`accountAction`).
 *
 * Every step waits until the screen it ends on is ready; none asserts wall-clock time.
 */

export interface NewStudent {
  name: string;
  email: string;
  password: string;
  /** Class 11 or 12; the form's default is 12. */
  standard?: 11 | 12;
  /** 4–6 digits. */
  pin: string;
}

export interface Credentials {
  email: string;
  password: string;
  /** 4–6 digits; required for students and coaches. Admins are never remembered on a device and get no PIN. */
  pin?: string;
}

/** Generous: a 2-core CI machine derives PBKDF2 keys and opens SQLite slowly. */
const SCREEN_TIMEOUT_MS = 30_000;

/** The header's account button (any language); it opens the menu with Lock, Switch profile, Sign out. */
export function accountButton(page: Page) {
  return page.getByRole('banner').getByTestId('account-menu');
}

/** The signed-in app is showing: the header's account area is there and no lock covers it. */
export async function waitForApp(page: Page): Promise<void> {
  await accountButton(page).waitFor({ state: 'visible', timeout: SCREEN_TIMEOUT_MS });
  await page.getByRole('dialog', { name: 'Locked' }).waitFor({ state: 'hidden', timeout: SCREEN_TIMEOUT_MS });
}

/** Clicks an item of the header's account menu ("Lock", "Switch profile", "Sign out"), opening it first. */
export async function accountAction(page: Page, name: string): Promise<void> {
  if ((await accountButton(page).getAttribute('aria-expanded')) !== 'true') await accountButton(page).click();
  await page.getByRole('banner').getByRole('button', { name, exact: true }).click();
}

/** "Choose a PIN": enter and confirm it, then wait for the app. */
export async function choosePin(page: Page, pin: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Choose a PIN' }).waitFor({ timeout: SCREEN_TIMEOUT_MS });
  await page.getByLabel('PIN', { exact: true }).fill(pin);
  await page.getByLabel('Confirm PIN', { exact: true }).fill(pin);
  await page.getByRole('button', { name: 'Save PIN', exact: true }).click();
  await waitForApp(page);
}

/** Signs up a new student at `${baseUrl}/signup`, chooses the PIN, and waits for the dashboard. */
export async function signUpStudent(page: Page, baseUrl: string, student: NewStudent): Promise<void> {
  await page.goto(`${baseUrl}/signup`);
  await page.getByLabel('Full name').fill(student.name);
  await page.getByLabel('Email').fill(student.email);
  await page.getByLabel('Password', { exact: true }).fill(student.password);
  await page.getByLabel(`Class ${student.standard ?? 12}`).check();
  await page.getByRole('button', { name: 'Create account', exact: true }).click();
  await choosePin(page, student.pin);
  await page.waitForURL((url) => url.pathname === '/');
}

/** Fills and submits the sign-in form that is already on screen (no navigation, no PIN step). */
export async function submitSignIn(page: Page, credentials: { email: string; password: string }): Promise<void> {
  await page.getByLabel('Email').fill(credentials.email);
  await page.getByLabel('Password', { exact: true }).fill(credentials.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/**
 * Signs in at `${baseUrl}/signin` with the password (the "Add someone" path), chooses the PIN when
 * one is given (students, coaches), and waits for the app.
 */
export async function signIn(page: Page, baseUrl: string, credentials: Credentials): Promise<void> {
  await page.goto(`${baseUrl}/signin`);
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor({ timeout: SCREEN_TIMEOUT_MS });
  await submitSignIn(page, credentials);
  if (credentials.pin !== undefined) await choosePin(page, credentials.pin);
  else await waitForApp(page);
}

/** The "Who's studying?" screen is showing. */
export async function waitForProfilePicker(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: "Who's studying?" }).waitFor({ timeout: SCREEN_TIMEOUT_MS });
}

/**
 * The profile's button on "Who's studying?": its accessible name is the display name, then the
 * role and last use, so the name must be followed by a space (any display name, "Aarav (class
 * 11)" included; "Aarav" does not match "Aarav Kumar").
 */
export function profileButton(page: Page, name: string) {
  return page.getByRole('list', { name: 'Profiles on this device' }).getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}(?=\\s|$)`) });
}

/** Opens the profile's PIN screen from "Who's studying?" and enters the PIN (no waiting after). */
export async function enterProfilePin(page: Page, { name, pin }: { name: string; pin: string }): Promise<void> {
  await waitForProfilePicker(page);
  await profileButton(page, name).click();
  await page.getByRole('heading', { level: 1, name: 'Enter your PIN' }).waitFor({ timeout: SCREEN_TIMEOUT_MS });
  await page.getByLabel('PIN', { exact: true }).fill(pin);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

/**
 * From "Who's studying?", picks the profile by its display name, enters the PIN and waits for the
 * app (online or offline alike).
 */
export async function unlockProfile(page: Page, { name, pin }: { name: string; pin: string }): Promise<void> {
  await enterProfilePin(page, { name, pin });
  await waitForApp(page);
}

/**
 * After a reload or a start: resolves to which screen came up first, "Who's studying?" ('picker')
 * or the app ('app'), without assuming which one the flow shows.
 */
export async function waitForPickerOrApp(page: Page): Promise<'picker' | 'app'> {
  const picker = page.getByRole('heading', { level: 1, name: "Who's studying?" });
  const app = accountButton(page);
  await Promise.race([picker.waitFor({ timeout: 60_000 }), app.waitFor({ timeout: 60_000 })]);
  return (await picker.isVisible()) ? 'picker' : 'app';
}

/** From the app: "Switch profile" in the header, back to "Who's studying?" (nothing is removed). */
export async function switchProfile(page: Page): Promise<void> {
  await accountAction(page, 'Switch profile');
  await waitForProfilePicker(page);
}

/**
 * From the app or from "Who's studying?": "Add someone", which opens the sign-in form (its
 * "Create an account" link leads to sign-up). Follow with `submitSignIn` + `choosePin`.
 */
export async function addAnotherProfile(page: Page): Promise<void> {
  const inApp = await accountButton(page).isVisible();
  if (inApp) await switchProfile(page);
  await waitForProfilePicker(page);
  await page.getByRole('button', { name: 'Add someone', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor({ timeout: SCREEN_TIMEOUT_MS });
}

/** The header's "Lock": the PIN overlay covers the app, which stays mounted underneath. */
export async function lockNow(page: Page): Promise<void> {
  await accountAction(page, 'Lock');
  await page.getByRole('dialog', { name: 'Locked' }).waitFor({ timeout: SCREEN_TIMEOUT_MS });
}

/** Unlocks the idle-lock overlay with the PIN and waits until the app is usable again. */
export async function unlockOverlay(page: Page, pin: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Locked' });
  await dialog.getByLabel('PIN', { exact: true }).fill(pin);
  await dialog.getByRole('button', { name: 'Unlock', exact: true }).click();
  await dialog.waitFor({ state: 'hidden', timeout: SCREEN_TIMEOUT_MS });
}

/**
 * "Sign out" in the header: uploads pending work first. If something could not be uploaded the
 * app lists what would be lost and asks; `discardPending: true` confirms, otherwise the step fails
 * there. Ends on "Who's studying?" (other profiles remain) or on sign-in (none left).
 */
export async function signOut(page: Page, options: { discardPending?: boolean } = {}): Promise<void> {
  await accountAction(page, 'Sign out');
  await finishRemoval(page, options);
}

/** Waits for the remove/sign-out dialog to finish, confirming data loss only when told to. */
export async function finishRemoval(page: Page, { discardPending = false }: { discardPending?: boolean } = {}): Promise<void> {
  const signedOut = page.getByRole('heading', { level: 1, name: /^(Who's studying\?|Sign in)$/ });
  const confirm = page.getByRole('button', { name: 'Remove anyway', exact: true });
  await Promise.race([signedOut.waitFor({ timeout: 60_000 }), confirm.waitFor({ timeout: 60_000 })]);
  if (await confirm.isVisible()) {
    if (!discardPending) throw new Error('signing out would lose unsynced work, and the test did not allow it');
    await confirm.click();
    await signedOut.waitFor({ timeout: 60_000 });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The device registry's rows exactly as IndexedDB holds them (to check that nothing is stored in plaintext). */
export function readRegistry(page: Page): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(
    () =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const request = indexedDB.open('cr-device');
        request.onerror = () => reject(request.error ?? new Error('cannot open cr-device'));
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('profiles')) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction('profiles').objectStore('profiles').getAll();
          all.onerror = () => reject(all.error ?? new Error('cannot read profiles'));
          all.onsuccess = () => {
            db.close();
            resolve(all.result as Array<Record<string, unknown>>);
          };
        };
      }),
  );
}

/**
 * Opens Practice → concept and returns the text of the page once its first question is on screen and this
 * device's count of attempts have loaded (the page is `aria-busy` until then), so that a line that
 * is absent is absent because the replica says so, not because its query had not answered yet.
 */
export async function practiceText(page: Page, concept: string): Promise<string> {
  await page.getByRole('navigation').getByRole('link', { name: 'Practice' }).click();
  await page.getByRole('link', { name: `Concept ${concept}` }).click();
  await page.waitForURL(`**/practice/${concept}`, { timeout: SCREEN_TIMEOUT_MS });
  // A profile that has just signed up may still be syncing its questions: wait for the first card.
  await page.getByText(/^Question 1 of \d+$/).waitFor({ timeout: SCREEN_TIMEOUT_MS });
  await page.locator('main section[aria-busy="false"]').first().waitFor({ timeout: SCREEN_TIMEOUT_MS });
  return page.locator('main').innerText();
}
