import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedContent } from '../../server/src/seed/content.ts';
import { signUpStudent } from './flows.ts';
import { launchChromium, startServer, type RunningBrowser, type RunningServer } from './support.ts';

/**
 * "View in" English / हिन्दी on a practice question: a generated question switches to its Hindi
 * text, which the browser draws with a Devanagari font (not boxes), and back; the answer options
 * keep their keys.
 */

let server: RunningServer;
let browser: RunningBrowser;
let page: Page;
const student = { name: 'Kavya Nair', email: `view-in-${Date.now()}@e2e.cr`, password: 'correct horse battery', standard: 11 as const, pin: '604217' };

beforeAll(async () => {
  server = await startServer();
  await seedContent(server.db.pool);
  browser = await launchChromium();
  page = await browser.context.newPage();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('View in', () => {
  it('shows a generated question in Hindi, rendered in Devanagari, and back in English', async () => {
    await signUpStudent(page, server.url, student);
    await page.evaluate(() => {
      window.history.pushState(null, '', '/practice/M.CG.ELLIPSE');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.getByText(/^Question 1 of \d+$/).waitFor({ timeout: 120_000 });
    const select = page.getByLabel('View in');
    expect(await select.inputValue()).toBe('en');
    const text = page.locator('.practice-question__text').first();
    expect(await text.innerText()).toMatch(/ellipse/);

    await select.selectOption('hi');
    await expect.poll(() => text.getAttribute('lang')).toBe('hi');
    expect(await text.innerText()).toMatch(/दीर्घवृत्त/);
    // A Devanagari font is available and used: the word is laid out wider than a run of
    // missing-glyph boxes would be, and the font check passes for the script.
    const fontOk = await page.evaluate(() => document.fonts.check('16px "Noto Sans Devanagari"', 'दीर्घवृत्त') || document.fonts.check('16px sans-serif', 'दीर्घवृत्त'));
    expect(fontOk).toBe(true);
    const widths = await page.evaluate(() => {
      const c = document.createElement('canvas').getContext('2d')!;
      c.font = `16px ${getComputedStyle(document.body).fontFamily}`;
      return { word: c.measureText('दीर्घवृत्त').width, tofu: c.measureText('\u{10FFFD}'.repeat(7)).width };
    });
    expect(widths.word).toBeGreaterThan(0);
    expect(widths.word).not.toBeCloseTo(widths.tofu, 0);

    await select.selectOption('en');
    await expect.poll(() => text.innerText()).toMatch(/ellipse/);
  }, 240_000);
});
