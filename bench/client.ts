/**
 * `npm run bench:client`: the client's budgets, one line per figure. Needs `npm run build` first
 * (the script runs it) and Debian's Chromium for the offline start.
 *   - JS for the first screen (gzip): the entry chunk and its static imports, not lazy chunks;
 *     budget 200 KB (issue 6), the SQLite wasm excluded once it exists.
 *   - precache: what the service worker downloads on the first visit.
 *   - cold offline start: the server stopped, a reload served by the service worker with 4x CPU
 *     slowdown, until the first screen's form is on screen (median of 5).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CLIENT_DIST, launchChromium, startServer } from '../tests/e2e/support.ts';

const KB = 1024;
const fmt = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function firstScreenFiles(): { js: string[]; css: string[] } {
  const html = readFileSync(path.join(CLIENT_DIST, 'index.html'), 'utf8');
  const attr = (re: RegExp) => [...html.matchAll(re)].map((m) => path.join(CLIENT_DIST, m[1] ?? ''));
  const entries = attr(/<script[^>]+type="module"[^>]+src="([^"]+)"/g);
  const preloads = attr(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g);
  const css = attr(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  // Static imports of the entry are hoisted into modulepreload links by Vite; dynamic ones are not.
  return { js: [...new Set([...entries, ...preloads])], css };
}

function precacheBytes(): { entries: number; bytes: number } {
  const sw = readFileSync(path.join(CLIENT_DIST, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] ?? '');
  const bytes = urls.reduce((n, url) => n + statSync(path.join(CLIENT_DIST, url)).size, 0);
  return { entries: urls.length, bytes };
}

async function coldOfflineStartMs(runs: number): Promise<number[]> {
  const server = await startServer();
  const browser = await launchChromium();
  const samples: number[] = [];
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Make sure this page is controlled, so the next loads come from the precache.
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await server.close();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    for (let i = 0; i < runs; i += 1) {
      await page.reload({ waitUntil: 'commit' });
      await page.waitForSelector('form button[type=submit]', { state: 'visible' });
      samples.push(await page.evaluate(() => performance.now()));
    }
  } finally {
    await browser.close();
  }
  return samples.sort((a, b) => a - b);
}

const { js, css } = firstScreenFiles();
const jsGzip = js.reduce((n, f) => n + gz(f), 0);
const lazy = readdirSync(path.join(CLIENT_DIST, 'assets')).filter((f) => f.endsWith('.js') && !js.some((j) => j.endsWith(f)));
const lazyGzip = lazy.reduce((n, f) => n + gz(path.join(CLIENT_DIST, 'assets', f)), 0);
const precache = precacheBytes();

console.log(`first-screen JS (gzip): ${fmt(jsGzip)} in ${js.length} file(s); budget 200 KB (${Math.round((jsGzip / (200 * KB)) * 100)}% used)`);
console.log(`first-screen CSS (gzip): ${fmt(css.reduce((n, f) => n + gz(f), 0))}`);
console.log(`lazy JS (gzip): ${fmt(lazyGzip)} in ${lazy.length} chunk(s)`);
console.log(`precache: ${fmt(precache.bytes)} raw in ${precache.entries} entries`);
const samples = await coldOfflineStartMs(5);
console.log(`cold offline start, 4x CPU slowdown (ms, median of ${samples.length}): ${samples[Math.floor(samples.length / 2)]?.toFixed(0)}`);
console.log('lighthouse: not run (not installed here)');
