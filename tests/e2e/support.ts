import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildApp } from '../../server/src/app.ts';
import { loadSigningKeys } from '../../server/src/auth/keys.ts';
import { loadConfig } from '../../server/src/config.ts';
import type { Database } from '../../server/src/db/database.ts';
import { createTestDatabase } from '../../server/src/db/test-database.ts';
import { createJobQueue, type JobQueue } from '../../server/src/jobs/queue.ts';
import { scoringJobs } from '../../server/src/jobs/scoring.ts';
import { seedDemoAccounts } from '../../server/src/seed/demo-accounts.ts';

/** Shared set-up for the browser suites: the real server and Debian's Chromium. */

/** The built client; `CLIENT_DIST` lets parallel runs use their own build directory. */
export const CLIENT_DIST = path.resolve(process.env.CLIENT_DIST ?? 'client/dist');
export const SCREENSHOTS = path.resolve('tests/e2e/screenshots');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags the browser suites run Chromium with (headless, no sandbox in containers, quiet). */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface RunningServer {
  url: string;
  /** The server's database, for checking what the UI wrote. */
  db: Database;
  /** Stops the server (idempotent); the browser then finds nothing listening. */
  close: () => Promise<void>;
}

export interface ServerOptions {
  /**
   * Run the real scoring jobs in the server process (pg-boss on the same database, as
   * `JOBS=inline` does in production), so a submission synced in is scored and its result synced
   * back. Off by default: suites that do not submit tests need no queue.
   */
  scoringJobs?: boolean;
}

/**
 * The whole application on a fresh in-memory PGlite with the demo accounts, serving the built
 * client, on a free port. It does not build the client: `npm run build` must have run.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  if (!existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    throw new Error(`${CLIENT_DIST}/index.html is missing: run \`npm run build\` before the browser tests`);
  }
  const db = await createTestDatabase();
  await seedDemoAccounts(db.pool, Date.now());
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    CLIENT_DIST,
    RATE_LIMIT_PER_MIN: '100000',
    LOGIN_RATE_LIMIT_PER_MIN: '100000',
  });
  const keys = await loadSigningKeys(undefined, null);
  let jobs: JobQueue | null = null;
  if (options.scoringJobs) {
    jobs = await createJobQueue(db.pool, scoringJobs(db.pool), { pollingIntervalS: 0.5 });
    await jobs.work();
  }
  const app = await buildApp({ config, pool: db.pool, keys, jobs });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  let closing: Promise<void> | null = null;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    close() {
      closing ??= app
        .close()
        .then(() => jobs?.stop())
        .then(() => db.close());
      return closing;
    },
  };
}

export interface RunningBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/**
 * Chromium with a fresh profile directory. A missing browser is a failure, never a skip: CI
 * installs it (`apt-get install chromium`), and a developer is told how.
 */
export async function launchChromium(): Promise<RunningBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'cr-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 1,
    locale: 'en-IN',
    timezoneId: 'Asia/Kolkata',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Full-page screenshots at phone (360 px) and desktop (1280 px) widths; the viewport is restored. */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const before = page.viewportSize() ?? { width: 360, height: 780 };
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 860 });
    // A full-page capture of a long screen can stall behind a busy renderer on a loaded 2-core CI
    // machine (a clean-clone rehearsal timed out at playwright's default 30 s once; 25 s for the
    // whole Hindi walk when quiet): the screenshots are artifacts, so they get longer.
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true, animations: 'disabled', timeout: 60_000 });
  }
  await page.setViewportSize(before);
}
