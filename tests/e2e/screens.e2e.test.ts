import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../client/src/i18n/en.ts';
import { hi } from '../../client/src/i18n/hi.ts';
import { seedContent } from '../../server/src/seed/content.ts';
import { signUpStudent } from './flows.ts';
import { launchChromium, screenshots, startServer, type RunningBrowser, type RunningServer } from './support.ts';

/**
 * The student's screens at every width and in Hindi: the navigation shows every destination at
 * 360, 768, 1024, 1280 and 1440 px; the dashboard carries the predicted-rank and care cards; and
 * walking every student screen in Hindi leaves no English UI string of the dictionary on screen
 * (content, marked lang="en", is the content's own language).
 */

let server: RunningServer;
let browser: RunningBrowser;
let page: Page;
const pageErrors: string[] = [];
const student = { name: 'Ananya Rao', email: `screens-${Date.now()}@e2e.cr`, password: 'correct horse battery', standard: 11 as const, pin: '582913' };

/** What the student navigation must contain, in both languages. */
const NAV = {
  en: [en.nav.dashboard, en.practice.title, en.test.navTests, en.learn.navMap, en.learn.navAnalytics, en.coachx.navMessages, en.nav.profile, en.settings.title, en.nav.about],
  hi: [hi.nav.dashboard, hi.practice.title, hi.test.navTests, hi.learn.navMap, hi.learn.navAnalytics, hi.coachx.navMessages, hi.nav.profile, hi.settings.title, hi.nav.about],
};

async function go(path: string) {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.waitForURL((url) => url.pathname + url.search === path);
}

/** Each nav link: fully inside the viewport, not clipped by its container, and the element under its centre. */
async function navProblems(names: readonly string[]): Promise<string[]> {
  return page.evaluate((wanted) => {
    const nav = document.querySelector('nav.topnav');
    if (!nav) return ['no nav'];
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    for (const name of wanted) {
      const link = [...nav.querySelectorAll('a')].find((a) => a.textContent?.trim() === name);
      if (!link) {
        problems.push(`${name}: missing`);
        continue;
      }
      const r = link.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) problems.push(`${name}: not rendered`);
      else if (r.left < 0 || r.right > width + 0.5) problems.push(`${name}: outside the viewport (${Math.round(r.left)}–${Math.round(r.right)} of ${width})`);
      else {
        window.scrollTo(0, 0);
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (!hit || !link.contains(hit)) problems.push(`${name}: covered or clipped`);
      }
    }
    return problems;
  }, names);
}

/** Visible text of the main region without content that is English by nature. */
async function visibleUiText(): Promise<string> {
  return page.evaluate(() => {
    const root = document.querySelector('main');
    if (!root) return '';
    const clone = root.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('[lang="en"], .katex, .math-pending, .visually-hidden, script, style')) el.remove();
    document.body.append(clone);
    clone.style.position = 'absolute';
    const text = clone.innerText;
    clone.remove();
    return text;
  });
}

/**
 * English UI strings of the dictionary that Hindi renders differently: every static string, and
 * the fixed text of templates (their longest literal run). Short fragments and words shared by
 * both languages (JEE, AIR, …) are left out, so a hit is a real untranslated string.
 */
function englishUiStrings(): string[] {
  const out = new Set<string>();
  const walk = (e: unknown, h: unknown) => {
    if (typeof e === 'string') {
      if (typeof h === 'string' && h !== e && /[A-Za-z]{3,}/.test(e) && e.trim().length >= 6) out.add(e.trim());
    } else if (typeof e === 'function') {
      const literal = String(e)
        .split(/\$\{[^}]*\}|[`'"]/)
        .map((s) => s.trim())
        .filter((s) => /^[A-Za-z][A-Za-z ,.'’-]{9,}$/.test(s));
      for (const s of literal) out.add(s);
    } else if (e && typeof e === 'object' && h && typeof h === 'object') {
      for (const k of Object.keys(e)) walk((e as Record<string, unknown>)[k], (h as Record<string, unknown>)[k]);
    }
  };
  walk(en, hi);
  // Exam names are proper nouns, written in Latin in Hindi too (as NTA's Hindi papers do).
  for (const name of ['JEE Main', 'JEE Advanced']) out.delete(name);
  return [...out];
}

beforeAll(async () => {
  server = await startServer();
  await seedContent(server.db.pool);
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('student screens', () => {
  it('signs up and shows the rank and care cards honestly before any evidence', async () => {
    await signUpStudent(page, server.url, student);
    const rank = page.getByTestId('rank-card');
    await rank.waitFor({ timeout: 60_000 });
    expect(await rank.innerText()).toContain(en.screens.rank.unknown);
    expect(await page.getByTestId('care-card').innerText()).toContain(en.screens.care.notEnough);
    // The diagnostic's stated duration is its timer's: 30 questions × 144 s = 72 minutes.
    expect(await page.locator('main').innerText()).toContain(en.dashboard.planEmptyBody);
  });

  it.each([360, 768, 1024, 1280, 1440])('shows every destination in the navigation at %i px', async (width) => {
    await page.setViewportSize({ width, height: 860 });
    await go('/');
    expect(await navProblems(NAV.en)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.screenshot({ path: `tests/e2e/screenshots/nav-${width}.png`, animations: 'disabled' });
  });

  it('walks every student screen in Hindi with no English UI string left', async () => {
    await page.setViewportSize({ width: 1024, height: 860 });
    await go('/');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'हिन्दी' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toContain('नमस्ते');
    for (const width of [360, 1440]) {
      await page.setViewportSize({ width, height: 860 });
      expect(await navProblems(NAV.hi), `Hindi nav at ${width}`).toEqual([]);
    }
    await page.setViewportSize({ width: 1024, height: 860 });
    const strings = englishUiStrings();
    expect(strings.length).toBeGreaterThan(200);
    const found: Record<string, string[]> = {};
    for (const path of ['/', '/practice', '/tests', '/map', '/analytics', '/messages', '/profile', '/settings', '/about', '/search']) {
      await go(path);
      await expect.poll(() => page.locator('main [role="status"][aria-busy="true"], main .loading').count(), { timeout: 30_000 }).toBe(0);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
      const text = await visibleUiText();
      const left = strings.filter((s) => text.includes(s));
      if (left.length > 0) found[path] = left;
      await screenshots(page, `screens-hindi${path === '/' ? '-dashboard' : path.replace('/', '-')}`);
    }
    expect(found).toEqual({});
  });

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
