import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadJeebenchQuestions, loadJeebenchRecords } from '../../shared/src/content/jeebench/load.ts';
import { jeebenchQuestionId } from '../../shared/src/content/jeebench/convert.ts';
import { seedContent } from '../../server/src/seed/content.ts';
import { signUpStudent, unlockProfile } from './flows.ts';
import { startNetProxy, type NetProxy } from './net-proxy.ts';
import { launchChromium, screenshots, startServer, type RunningBrowser, type RunningServer } from './support.ts';

/**
 * The learning views in a real browser against the real server with the real content (syllabus,
 * JEEBench, generated bank): the dashboard, knowledge map, analytics and search computed from the
 * device's own replica, LaTeX typeset by KaTeX (tables included), all of it again with the server
 * unreachable, and no English left on the main screens in Hindi.
 */

let server: RunningServer;
let proxy: NetProxy;
let browser: RunningBrowser;
let page: Page;
let units = 0;
const pageErrors: string[] = [];
const student = { name: 'Meera Iyer', email: `learn-${Date.now()}@e2e.cr`, password: 'correct horse battery', standard: 11 as const, pin: '482913' };

// The JEEBench question with a `tabular` (Planck's constant from stopping potentials).
const tabular = loadJeebenchRecords().find((r) => r.question.includes('\\begin{tabular}') && r.question.includes("Planck's constant"));
const tabularQuestion = loadJeebenchQuestions().find((q) => tabular && q.id === jeebenchQuestionId(tabular));

/** In-app navigation (no reload, so no PIN): what a click on a link does. */
async function go(path: string) {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.waitForURL((url) => url.pathname + url.search === path);
}

const main = () => page.locator('main');
const h1 = () => page.getByRole('heading', { level: 1 });

/**
 * Visible text of the main region with content that is English by nature removed: elements marked
 * `lang="en"` (concept and unit names, question text from the English bank) and typeset math.
 */
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

/** Elements of the main region wider than a 360 px phone (the page must not scroll sideways). */
async function overflowAt360(): Promise<string[]> {
  await page.setViewportSize({ width: 360, height: 780 });
  return page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !el.closest('.visually-hidden, .katex-mathml, .math-display, .math-table-wrap'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className.toString()}`),
  );
}

/** Latin words left in Hindi UI text; proper nouns, units and exam names are allowed. */
const ALLOWED = new Set(['Meera', 'JEE', 'AIR', 'NTA', 'JEEBench', 'MIT', 'IIT', 'DAIR', 'PIN', 'KaTeX', 'SQLite', 'JSON', 'CSV', 'km', 'min', 's']);
function latinLeftovers(text: string): string[] {
  return (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !ALLOWED.has(w));
}

beforeAll(async () => {
  server = await startServer();
  const loaded = await seedContent(server.db.pool);
  units = loaded?.units ?? 0;
  proxy = await startNetProxy(server.url);
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await server?.close();
});

describe('learning views on the device', () => {
  it('has a JEEBench question with a table to render', () => {
    expect(tabularQuestion?.text).toContain('\\begin{tabular}');
    expect(units).toBe(54);
  });

  it('renders the dashboard from local data, with the diagnostic first', async () => {
    await signUpStudent(page, proxy.url, student);
    const phase = page.getByRole('region', { name: 'Your phase' });
    await expect.poll(() => phase.innerText(), { timeout: 60_000 }).toContain('Foundation');
    const plan = page.getByRole('region', { name: "Today's plan" });
    expect(await plan.innerText()).toContain('Start with the diagnostic test');
    expect(await plan.getByRole('link', { name: 'Take the diagnostic test' }).getAttribute('href')).toBe('/test/diagnostic');
    const subjects = page.getByRole('region', { name: 'Subject mastery' });
    for (const name of ['Mathematics', 'Physics', 'Chemistry']) {
      expect(await subjects.getByRole('progressbar', { name }).getAttribute('aria-valuenow')).toBe('0');
    }
    // The cards were computed on the device: no dashboard request reached the server.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/api/user/dashboard')))).toBe(false);
    expect(await overflowAt360()).toEqual([]);
    await screenshots(page, 'learn-dashboard');
  });

  it('shows every syllabus unit on the knowledge map, locked concepts with what unlocks them', async () => {
    await go('/map');
    await expect.poll(() => page.locator('.map-unit').count(), { timeout: 120_000 }).toBe(units);
    for (const subject of ['Mathematics', 'Physics', 'Chemistry']) await expect.poll(() => page.getByRole('region', { name: subject }).count()).toBe(1);
    // Not colour alone: every concept says its state in words.
    const locked = page.locator('.map-concept.map-band--locked');
    await expect.poll(() => locked.count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await locked.first().textContent()).toContain('Locked');
    // Keyboard: Tab to a unit and toggle it with Enter (units with an open concept start expanded).
    const summary = page.locator('.map-unit summary').first();
    const wasOpen = (await page.locator('.map-unit').first().getAttribute('open')) !== null;
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await page.locator('.map-unit').first().getAttribute('open')) !== null).toBe(!wasOpen);
    expect(await overflowAt360()).toEqual([]);
    await screenshots(page, 'learn-map');

    const lockedHref = await locked.first().getAttribute('href');
    expect(lockedHref).toMatch(/^\/map\//);
    await go(lockedHref ?? '/map');
    await expect.poll(() => main().innerText()).toContain('Opens when you reach 70% mastery in:');
    expect(await page.getByRole('note').getByRole('link').count()).toBeGreaterThan(0);
    expect(await page.getByRole('region', { name: 'Builds on' }).getByRole('link').count()).toBeGreaterThan(0);
    expect(await overflowAt360()).toEqual([]);
    await screenshots(page, 'learn-concept');
  });

  it('typesets question text with KaTeX and turns the tabular into a table in practice', async () => {
    const q = tabularQuestion;
    expect(q).toBeDefined();
    if (!q) return;
    await go(`/practice/${encodeURIComponent(q.primary_concept_id)}?q=${encodeURIComponent(q.id)}`);
    const card = page.locator('.practice-question');
    await expect.poll(() => card.locator('.katex').count(), { timeout: 30_000 }).toBeGreaterThan(3);
    const table = card.locator('table.math-table');
    await expect.poll(() => table.count()).toBe(1);
    expect(await table.locator('tr').count()).toBe(4);
    expect(await table.innerText()).toContain('0.4');
    // KaTeX's own fonts, not a fallback, draw the math.
    await expect.poll(() => page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
    expect(await card.locator('.math-error').count()).toBe(0);
    // Answer it: feedback and the worked solution appear, and the attempt is stored locally.
    await card.getByRole('radio').first().check();
    await card.getByRole('button', { name: 'Check' }).click();
    await card.getByRole('status').waitFor();
    expect(await overflowAt360()).toEqual([]);
    await screenshots(page, 'learn-practice-latex');
  });

  it('draws analytics charts from the attempts on the device', async () => {
    await go('/analytics');
    await expect.poll(() => main().innerText(), { timeout: 30_000 }).toContain('1 question answered');
    const charts = page.locator('main svg[role="img"]');
    expect(await charts.count()).toBe(5);
    // Each chart is named and described, and carries its data for screen readers.
    for (const chart of await charts.all()) {
      expect(await chart.locator('title').textContent()).not.toBe('');
      expect(await chart.locator('desc').textContent()).not.toBe('');
    }
    expect(await page.locator('main figure table').count()).toBe(5);
    expect(await overflowAt360()).toEqual([]);
    await screenshots(page, 'learn-analytics');
  });

  it("plans today's topics once the diagnostic is submitted (here, on another device)", async () => {
    const { rows } = await server.db.pool.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [student.email]);
    const studentId = rows[0]?.id;
    expect(studentId).toBeDefined();
    await server.db.pool.query(
      `INSERT INTO test_sittings (id, student_id, test_id, test_type, question_ids, status, started_at, submitted_at)
       VALUES (gen_random_uuid(), $1, 'diagnostic-e2e', 'DIAGNOSTIC', ARRAY['q1'], 'submitted', now() - interval '1 hour', now())`,
      [studentId],
    );
    await go('/');
    const plan = page.getByRole('region', { name: "Today's plan" });
    await expect.poll(() => plan.locator('.plan__item').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await plan.innerText()).not.toContain('Start with the diagnostic test');
    const first = await plan.locator('.plan__item a').first().getAttribute('href');
    expect(first).toMatch(/^\/practice\/[^/]+$/);
    expect(await plan.getByRole('link', { name: "Take this week's test" }).getAttribute('href')).toBe('/test/weekly');
    expect(await overflowAt360()).toEqual([]);
    await screenshots(page, 'learn-dashboard-plan');
  });

  it('searches the questions offline-capably with FTS5 and filters', async () => {
    await go('/search');
    const search = page.getByRole('search');
    await search.getByLabel('Words').fill('Planck stopping potential');
    await search.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.locator('.search-count').innerText(), { timeout: 30_000 }).toMatch(/^\d+ questions?$/);
    const hits = page.locator('.search-hit');
    expect(await hits.count()).toBeGreaterThan(0);
    expect(await hits.first().innerText()).toContain('JEE Advanced');
    // Filters narrow: subject and year (the Planck question is from JEE Advanced 2016, Physics).
    await search.getByLabel('Subject').selectOption('PHYSICS');
    await search.getByLabel('Year').selectOption('2016');
    await search.getByRole('button', { name: 'Search' }).click();
    // Wait for the new results, not the empty list shown while the search runs
    // (every() over no hits is true, which let this pass against the loading state).
    await expect.poll(async () => {
      if ((await page.locator('.search-count').count()) === 0) return false;
      const texts = await hits.allInnerTexts();
      return texts.length > 0 && texts.every((t) => t.includes('Physics') && t.includes('JEE Advanced 2016'));
    }, { timeout: 30_000 }).toBe(true);
    expect((await hits.allInnerTexts()).some((t) => t.includes("Planck's constant"))).toBe(true);
    await search.getByLabel('Subject').selectOption('CHEMISTRY');
    await search.getByRole('button', { name: 'Search' }).click();
    await expect.poll(async () => {
      if ((await page.locator('.search-count').count()) === 0) return 'searching';
      return (await hits.allInnerTexts()).some((t) => t.includes('Physics')) ? 'physics shown' : 'no physics';
    }, { timeout: 30_000 }).toBe('no physics');
    // Generated questions by difficulty, no words.
    await search.getByRole('button', { name: 'Clear' }).click();
    await search.getByLabel('Source').selectOption('generated');
    await search.getByLabel('Difficulty').selectOption('2');
    await search.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.locator('.search-count').innerText()).toBe('50 questions');
    expect(await hits.first().innerText()).toContain('Practice generator');
    expect(await overflowAt360()).toEqual([]);
    await screenshots(page, 'learn-search');
  });

  it('finds similar questions for a concept from the map', async () => {
    const q = tabularQuestion;
    if (!q) throw new Error('no tabular question');
    await go(`/map/${encodeURIComponent(q.primary_concept_id)}`);
    await page.getByRole('link', { name: 'Find similar questions' }).click();
    await page.waitForURL((url) => url.pathname === '/search');
    await expect.poll(() => page.locator('.search-count').innerText(), { timeout: 30_000 }).toMatch(/\d+ questions?/);
    expect(await page.locator('.search-hit').count()).toBeGreaterThan(0);
  });

  it('works with the server unreachable: dashboard, map, search and LaTeX after a reload', async () => {
    proxy.setOffline(true);
    await page.goto(`${proxy.url}/`);
    await unlockProfile(page, { name: student.name, pin: student.pin });
    await expect.poll(() => page.getByRole('region', { name: 'Your phase' }).innerText(), { timeout: 60_000 }).toContain('Foundation');
    // The start may paint the stored snapshot (from before practice) first; wait until it is current.
    await expect.poll(() => page.getByTestId('snapshot-note').innerText(), { timeout: 60_000 }).toBe('');
    // The attempt from practice counts today.
    expect(await page.getByRole('region', { name: 'Streak' }).innerText()).toContain('1 day');

    await go('/map');
    await expect.poll(() => page.locator('.map-unit').count(), { timeout: 60_000 }).toBe(units);

    await go('/search?q=matrix');
    await expect.poll(() => page.locator('.search-count').innerText(), { timeout: 30_000 }).toMatch(/^\d+ questions?$/);
    expect(await page.locator('.search-hit').count()).toBeGreaterThan(0);

    const q = tabularQuestion;
    if (!q) throw new Error('no tabular question');
    await go(`/practice/${encodeURIComponent(q.primary_concept_id)}?q=${encodeURIComponent(q.id)}`);
    await expect.poll(() => page.locator('.practice-question .katex').count(), { timeout: 30_000 }).toBeGreaterThan(3);
    await expect.poll(() => page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
    await expect.poll(() => page.locator('.practice-question table.math-table').count(), { timeout: 30_000 }).toBe(1);
    proxy.setOffline(false);
  });

  it('leaves no English on the main screens in Hindi', async () => {
    await go('/');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'हिन्दी' }).click();
    await expect.poll(() => h1().innerText()).toBe('नमस्ते, Meera');
    const q = tabularQuestion;
    if (!q) throw new Error('no tabular question');
    const screens: [string, string][] = [
      ['/', 'dashboard'],
      ['/map', 'map'],
      [`/map/${encodeURIComponent(q.primary_concept_id)}`, 'concept'],
      [`/practice/${encodeURIComponent(q.primary_concept_id)}?q=${encodeURIComponent(q.id)}`, 'practice'],
      ['/analytics', 'analytics'],
      ['/search?q=matrix', 'search'],
      ['/settings', 'settings'],
    ];
    const found: Record<string, string[]> = {};
    for (const [path, name] of screens) {
      await go(path);
      // Wait for the screen's content, not its loading state.
      await expect.poll(() => page.locator('main [role="status"][aria-busy="true"], main .loading').count(), { timeout: 30_000 }).toBe(0);
      await expect.poll(() => h1().count()).toBeGreaterThan(0);
      if (name === 'map') await expect.poll(() => page.locator('.map-unit').count(), { timeout: 60_000 }).toBe(units);
      if (name === 'search') await expect.poll(() => page.locator('.search-count').count(), { timeout: 30_000 }).toBe(1);
      const leftovers = latinLeftovers(await visibleUiText());
      if (leftovers.length > 0) found[name] = leftovers;
      await screenshots(page, `learn-hindi-${name}`);
    }
    expect(found).toEqual({});
  });

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
