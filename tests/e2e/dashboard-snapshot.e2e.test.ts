import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedContent } from '../../server/src/seed/content.ts';
import { signUpStudent, unlockProfile } from './flows.ts';
import { launchChromium, startServer, type RunningBrowser, type RunningServer } from './support.ts';

/**
 * App start paints the dashboard from the learner snapshot the device stored in IndexedDB, in a
 * real browser against the real server: the snapshot is written after the dashboard computed,
 * the next start paints from it (saying "as of") with the same figures the device computed
 * before, and then shows the current state.
 */

const ATTEMPTS = 300;
const student = { name: 'Kavya Rao', email: `snapshot-${Date.now()}@e2e.cr`, password: 'correct horse battery', pin: '271828' };
/** The cards whose figures the snapshot paint must reproduce. */
const CARDS = ['Your phase', "Today's plan", 'Subject mastery', 'Streak'];

let server: RunningServer;
let browser: RunningBrowser;
let page: Page;
let studentId = '';
const pageErrors: string[] = [];

/** The stored snapshot's attempt count, or null when the profile has none (read as the app reads it). */
function storedAttempts(p: Page, userId: string): Promise<number | null> {
  return p.evaluate(
    (id) =>
      new Promise<number | null>((resolve) => {
        const open = indexedDB.open(`cr-learner-${id}`);
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('learner')) {
            db.close();
            resolve(null);
            return;
          }
          const get = db.transaction('learner').objectStore('learner').get('paint');
          get.onsuccess = () => {
            const value = get.result as { state?: { events?: unknown[] } } | undefined;
            db.close();
            resolve(value?.state?.events?.length ?? null);
          };
          get.onerror = () => {
            db.close();
            resolve(null);
          };
        };
      }),
    userId,
  );
}

async function cardTexts(p: Page): Promise<string[]> {
  return Promise.all(CARDS.map((name) => p.getByRole('region', { name }).innerText()));
}

beforeAll(async () => {
  server = await startServer();
  await seedContent(server.db.pool);
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // On every load, the first dashboard painted while the snapshot note shows: its cards' text.
  await page.addInitScript((cards: string[]) => {
    const w = window as unknown as { snapshotPaint?: string[] };
    new MutationObserver(() => {
      const note = document.querySelector('[data-testid="snapshot-note"]');
      if (w.snapshotPaint || !note || !note.textContent?.includes('as of')) return;
      w.snapshotPaint = cards.map((name) => {
        const heading = [...document.querySelectorAll('main section h2')].find((h) => h.textContent?.trim() === name);
        return (heading?.closest('section') as HTMLElement | null)?.innerText ?? `missing card ${name}`;
      });
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, CARDS);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('dashboard snapshot on the device', () => {
  it('stores the learner once the dashboard has computed it', async () => {
    await signUpStudent(page, server.url, student);
    const { rows } = await server.db.pool.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [student.email]);
    studentId = rows[0]?.id ?? '';
    // Answers from another device over the past days: random questions, about 60 % right.
    await server.db.pool.query(
      `WITH q AS (SELECT id, primary_concept_id, row_number() OVER (ORDER BY md5(id)) - 1 AS k, count(*) OVER () AS total FROM questions)
       INSERT INTO attempts (id, student_id, question_id, concept_id, answer, is_correct, response_time_ms, device_time, hlc)
       SELECT gen_random_uuid(), $1, q.id, q.primary_concept_id, 'A', (a.g % 5) < 3, 30000 + (a.g * 37) % 150000, t,
              lpad((extract(epoch FROM t) * 1000)::bigint::text, 13, '0') || ':0000:e2e'
         FROM (SELECT g, now() - (g * interval '17 minutes') AS t FROM generate_series(1, $2) g) a
         JOIN q ON q.k = (a.g * 7919) % q.total`,
      [studentId, ATTEMPTS],
    );
    await expect.poll(() => storedAttempts(page, studentId), { timeout: 120_000, interval: 1_000 }).toBe(ATTEMPTS);
  });

  it('paints the next start from the snapshot, with the figures computed before, then catches up', async () => {
    const before = await cardTexts(page);
    expect(before[3]).toMatch(/\d+ days?/);
    await page.goto(`${server.url}/`);
    await unlockProfile(page, { name: student.name, pin: student.pin });
    const first = await page.waitForFunction(
      () => {
        const entry = performance.getEntriesByName('cr:dashboard')[0] as PerformanceMeasure | undefined;
        return entry ? (entry.detail as { fromSnapshot: boolean; attempts: number }) : null;
      },
      null,
      { timeout: 120_000 },
    );
    expect(await first.jsonValue()).toEqual({ fromSnapshot: true, attempts: ATTEMPTS });
    // What the snapshot painted is what the device had computed (nothing changed in between).
    expect(await page.evaluate(() => (window as unknown as { snapshotPaint?: string[] }).snapshotPaint)).toEqual(before);
    // The catch-up replaces it: the note goes and the figures stay the same.
    await expect.poll(() => page.getByTestId('snapshot-note').innerText(), { timeout: 120_000 }).toBe('');
    expect(await page.evaluate(() => performance.getEntriesByName('cr:dashboard-current').length)).toBe(1);
    expect(await cardTexts(page)).toEqual(before);
  });

  it('Chromium asks for the sync stream gzip-compressed and decodes it whole (the shipped content)', async () => {
    const got = await page.evaluate(
      async ({ email, password }) => {
        const login = await fetch('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
        const { data } = (await login.json()) as { data: { token: string } };
        const controller = new AbortController();
        const res = await fetch('/sync/stream', {
          method: 'POST',
          signal: controller.signal,
          headers: { authorization: `Token ${data.token}`, 'content-type': 'application/json', accept: 'application/x-ndjson' },
          body: JSON.stringify({ buckets: [], include_checksum: true, raw_data: true }),
        });
        const reader = res.body!.getReader();
        const decoder = new TextDecoder();
        let text = '';
        // Up to the newline that ends the checkpoint_complete line (a chunk may end inside it).
        while (!/"checkpoint_complete"[^\n]*\n/.test(text)) {
          const { value, done } = await reader.read();
          if (done) break;
          text += decoder.decode(value, { stream: true });
        }
        controller.abort();
        const lines = text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, { buckets?: Array<{ bucket: string; count: number }>; data?: unknown[] }>);
        const expected = lines.find((l) => l.checkpoint)?.checkpoint?.buckets?.reduce((n, b) => n + b.count, 0) ?? -1;
        const received = lines.reduce((n, l) => n + (l.data?.data?.length ?? 0), 0);
        return { encoding: res.headers.get('content-encoding'), expected, received, complete: 'checkpoint_complete' in (lines[lines.length - 1] ?? {}) };
      },
      { email: student.email, password: student.password },
    );
    expect(got.encoding).toBe('gzip');
    expect(got.complete).toBe(true);
    expect(got.expected).toBeGreaterThan(0);
    expect(got.received).toBe(got.expected);
    // The shipped content (over 13,000 ops) is what the server sends as compressed blocks spliced
    // into the member (the wire size is checked in tests/sync/shared-batches.pg.test.ts).
    expect(got.expected).toBeGreaterThan(13_000);
  });

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
