/**
 * `planDay` on a throttled device: the planner and the engine bundled for the browser (esbuild,
 * minified, as the client build ships them), run in Chromium at 4x CPU slowdown (CDP
 * `Emulation.setCPUThrottlingRate`) with no server. Prints one line per figure.
 *
 *   node --import tsx bench/sim/plan-chromium.ts
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from '../../tests/e2e/support.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'cr-plan-bench-'));
const bundle = path.join(dir, 'plan.js');
await build({ entryPoints: [path.resolve('bench/sim/plan-chromium-entry.ts')], bundle: true, minify: true, format: 'iife', platform: 'browser', outfile: bundle, logLevel: 'warning' });
const browser = await launchChromium();
try {
  const page = await browser.context.newPage();
  await page.setContent('<!doctype html><title>planDay bench</title>');
  await page.addScriptTag({ path: bundle });
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const r = await page.evaluate(() => (globalThis as unknown as { runPlanBench: () => { cards: number; attempts: number; coldMs: number[]; warmMedianMs: number; warmMaxMs: number } }).runPlanBench());
  const load = `load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`;
  console.log(`planDay in Chromium, 4x CPU slowdown, ${r.cards} studied concepts, ${r.attempts} attempts: first calls ${r.coldMs.map((x) => x.toFixed(0)).join(' / ')} ms (expansion / revision / final sprint; ${load})`);
  console.log(`planDay in Chromium, 4x CPU slowdown, warm: median ${r.warmMedianMs.toFixed(1)} ms, largest ${r.warmMaxMs.toFixed(1)} ms of 15 (target < 20 ms; ${load})`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
