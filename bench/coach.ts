/**
 * Coach benchmark: `npm run bench:coach` (PGlite) or `TEST_DB=postgres npm run bench:coach`.
 * One coach with BENCH_COHORTS cohorts × BENCH_COHORT_SIZE students (default 5 × 200), each with
 * mastery over 90 concepts in 30 units, attempts, a result and metrics. Prints one line per figure:
 * server summary recompute (full and incremental), initial sync with the real @powersync/node
 * client, replica and API reads, then the web app in headless Chromium (BENCH_BROWSER=0 skips it):
 * the coach's initial sync in the browser and the time from an in-app navigation to the heatmap
 * committed and painted, for one cohort and for the all-cohorts view, at 1× and 4× CPU throttling.
 * The client is built into a temporary directory unless CLIENT_DIST names a build.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { refreshChangedSummaries, refreshCohortSummaries } from '../server/src/coaching/summary.ts';
import { openDevice } from '../tests/sync/helpers/client.ts';
import { signIn } from '../tests/e2e/flows.ts';
import { launchChromium } from '../tests/e2e/support.ts';
import { SyncTestServer } from '../tests/sync/helpers/server.ts';
import { DAY_MS } from '../shared/src/time.ts';

const COHORTS = Number(process.env.BENCH_COHORTS ?? 5);
const SIZE = Number(process.env.BENCH_COHORT_SIZE ?? 200);
const line = (name: string, value: string) => console.log(`${name.padEnd(56)} ${value}`);

async function seed(s: SyncTestServer): Promise<{ cohorts: string[]; coach: { id: string; email: string; password: string } }> {
  const q = (sql: string, v: unknown[] = []) => s.db.pool.query(sql, v);
  const subjects = [['M', 'MATH'], ['P', 'PHYSICS'], ['C', 'CHEMISTRY']] as const;
  for (const [p, subject] of subjects) {
    for (let u = 1; u <= 10; u++) {
      const unit = `${p}.U${String(u).padStart(2, '0')}`;
      await q(`INSERT INTO units (id, subject, title, ordinal, exam_weight) VALUES ($1, $2, $3, $4, 0.1)`, [unit, subject, `${subject} unit ${u}`, u]);
      for (let c = 0; c < 3; c++) {
        await q(`INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight) VALUES ($1, $1, $2, $3, 1, 2, 0.5)`, [`${unit}.${c}`, subject, unit]);
      }
    }
  }
  const coach = await s.user('coach');
  const cohorts: string[] = [];
  for (let c = 0; c < COHORTS; c++) {
    const id = (await q(`INSERT INTO cohorts (name, standard) VALUES ($1, 12) RETURNING id`, [`Bench ${c + 1}`])).rows[0].id as string;
    cohorts.push(id);
    await q('INSERT INTO cohort_coaches (cohort_id, coach_id) VALUES ($1, $2)', [id, coach.id]);
    const students = Array.from({ length: SIZE }, () => randomUUID());
    await q(
      `INSERT INTO users (id, email, password_hash, standard, full_name) SELECT id, id::text || '@bench.cr', 'x', 12, 'Student ' || left(id::text, 6) FROM unnest($1::uuid[]) AS t(id)`,
      [students],
    );
    await q('INSERT INTO cohort_members (cohort_id, student_id) SELECT $1, id FROM unnest($2::uuid[]) AS t(id)', [id, students]);
    await q(
      `INSERT INTO student_mastery (student_id, concept_id, mastery_level, times_attempted, times_correct)
       SELECT s, c.id, random(), 4, 2 FROM unnest($1::uuid[]) AS t(s) CROSS JOIN concepts c`,
      [students],
    );
    await q(
      `INSERT INTO attempts (id, student_id, question_id, concept_id, is_correct, response_time_ms, device_time, hlc)
       SELECT gen_random_uuid(), s, 'Q', 'M.U01.0', random() > 0.5, (random() * 60000)::int, now() - (g || ' days')::interval, lpad(g::text, 13, '0') || ':0000:bench'
         FROM unnest($1::uuid[]) AS t(s) CROSS JOIN generate_series(0, 9) g`,
      [students],
    );
    await q(
      `INSERT INTO student_performance_metrics (student_id, overall_mastery, burnout_risk, burnout_reasons)
       SELECT s, random(), random(), '["late-night sessions", "accuracy falling"]'::jsonb FROM unnest($1::uuid[]) AS t(s)`,
      [students],
    );
  }
  return { cohorts, coach };
}

/** Where the built client is: CLIENT_DIST, or a fresh build in a temporary directory. */
function clientDist(): { dir: string; cleanup: () => void } {
  if (process.env.CLIENT_DIST && existsSync(path.join(process.env.CLIENT_DIST, 'index.html'))) return { dir: path.resolve(process.env.CLIENT_DIST), cleanup: () => undefined };
  const dir = mkdtempSync(path.join(tmpdir(), 'cr-bench-coach-'));
  execFileSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'inherit' });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * In the page: an in-app navigation (the app's router), then the time until the heatmap with
 * `rows` rows was committed (the performance mark the screen sets) and painted (two frames later).
 */
async function timeHeatmap(page: Page, to: string, rows: number): Promise<{ commit: number; painted: number }> {
  await page.evaluate(`history.pushState(null, '', '/'); dispatchEvent(new PopStateEvent('popstate'));`);
  await page.getByRole('link', { name: 'Bench 1' }).waitFor();
  // A string, not a function: tsx would wrap a function's inner helpers in `__name(...)`, which the page lacks.
  return page.evaluate<{ commit: number; painted: number }>(`(async () => {
    const to = ${JSON.stringify(to)}, rows = ${rows};
    const start = performance.now();
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
    const mark = await new Promise((resolve) => {
      const check = () => {
        const m = performance.getEntriesByName('coach:heatmap-rendered').find((e) => e.startTime >= start && e.detail && e.detail.rows === rows);
        if (m) resolve(m);
        else setTimeout(check, 5);
      };
      check();
    });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return { commit: mark.startTime - start, painted: performance.now() - start };
  })()`);
}

async function browserBench(s: SyncTestServer, cohorts: string[], coach: { email: string; password: string }): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 860 });
    let t = performance.now();
    await signIn(page, s.url, { email: coach.email, password: coach.password, pin: '1357' });
    // One checkpoint carries cohorts, members and summaries: the list is complete once it shows.
    const list = page.getByRole('region', { name: 'Your cohorts' });
    await page.waitForFunction((n) => document.querySelectorAll('section[aria-labelledby="cohorts-heading"] li').length === n, COHORTS, { timeout: 300_000 });
    await list.getByText(`${SIZE} students`).first().waitFor();
    line('coach initial sync in the browser (sign-in → cohorts listed)', `${Math.round(performance.now() - t)} ms (web client, incl. sign-in and PIN)`);
    t = performance.now();

    const cdp = await browser.context.newCDPSession(page);
    for (const rate of [1, 4]) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const one: Array<{ commit: number; painted: number }> = [];
      for (const cohort of cohorts) one.push(await timeHeatmap(page, `/coach/cohorts/${cohort}`, SIZE));
      line(`heatmap, one cohort of ${SIZE} (${rate}× CPU), navigation → committed / painted`, `median ${median(one.map((x) => x.commit)).toFixed(0)} / ${median(one.map((x) => x.painted)).toFixed(0)} ms over ${one.length}`);
      const all: Array<{ commit: number; painted: number }> = [];
      for (let i = 0; i < 3; i++) all.push(await timeHeatmap(page, '/coach/cohorts/all', COHORTS * SIZE));
      line(`heatmap, all ${COHORTS * SIZE} students (${rate}× CPU), navigation → committed / painted`, `median ${median(all.map((x) => x.commit)).toFixed(0)} / ${median(all.map((x) => x.painted)).toFixed(0)} ms over ${all.length}`);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    // The row window is a rendering shortcut, not a cut: scrolled to the end, the last student shows.
    await timeHeatmap(page, '/coach/cohorts/all', COHORTS * SIZE);
    const rendered = await page.locator('table.heatmap tbody tr[data-student]').count();
    const last = (await s.db.pool.query<{ id: string }>('SELECT student_id AS id FROM cohort_student_summary ORDER BY display_name COLLATE "C" DESC, student_id DESC, cohort_id DESC LIMIT 1')).rows[0]!.id;
    await page.locator('.heatmap__scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.locator(`table.heatmap tr[data-student="${last}"]`).waitFor({ timeout: 10_000 });
    line('heatmap rows in the DOM, all-cohorts view (window check)', `${rendered} of ${COHORTS * SIZE}; last student shown after scrolling to the end`);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const browser = process.env.BENCH_BROWSER !== '0';
  const dist = browser ? clientDist() : null;
  const s = await SyncTestServer.start({ RATE_LIMIT_PER_MIN: '100000000', ...(dist ? { CLIENT_DIST: dist.dir } : {}) });
  console.log(`# coach bench on ${s.db.kind}; 1 coach, ${COHORTS} cohorts × ${SIZE} students, 30 units, 90 concepts`);
  try {
    const { cohorts, coach } = await seed(s);
    let t = performance.now();
    const written = await refreshCohortSummaries(s.db.pool);
    line(`summary recompute, all ${COHORTS * SIZE} students`, `${Math.round(performance.now() - t)} ms (${written} rows written)`);
    t = performance.now();
    const again = await refreshCohortSummaries(s.db.pool);
    line('summary recompute, nothing changed', `${Math.round(performance.now() - t)} ms (${again} rows written)`);
    // The 2-minute job between full passes: 10 students practised since the last run.
    const since = (await s.db.pool.query<{ now: Date }>('SELECT now() AS now')).rows[0]!.now;
    await s.db.pool.query(
      `INSERT INTO attempts (id, student_id, question_id, concept_id, is_correct, response_time_ms, device_time, hlc)
       SELECT gen_random_uuid(), student_id, 'Q', 'M.U01.0', true, 9000, now(), lpad('99', 13, '0') || ':0000:bench' FROM cohort_members LIMIT 10`,
    );
    t = performance.now();
    const inc = await refreshChangedSummaries(s.db.pool, since);
    line('summary incremental pass, 10 students practised', `${Math.round(performance.now() - t)} ms (${inc.students} students, ${inc.written} rows written)`);
    await s.app.sync.processor.flush();

    const device = await openDevice({ endpoint: s.url, email: coach.email, password: coach.password });
    t = performance.now();
    await device.connect();
    await device.db.waitForFirstSync();
    const syncMs = performance.now() - t;
    const rows = (await device.db.getAll<{ n: number }>('SELECT count(*) AS n FROM cohort_student_summary'))[0]?.n ?? 0;
    line('coach initial sync (real @powersync/node client)', `${Math.round(syncMs)} ms (${rows} summary rows)`);

    // Dashboard data from the replica: all rows of one cohort, JSON parsed, lists derived.
    const loads: number[] = [];
    for (const cohort of cohorts) {
      const start = performance.now();
      const list = await device.db.getAll<Record<string, unknown>>('SELECT * FROM cohort_student_summary WHERE cohort_id = ? ORDER BY display_name', [cohort]);
      const parsed: Array<Record<string, unknown>> = list.map((r) => ({ ...r, unit_mastery: JSON.parse(String(r.unit_mastery)) as object, burnout_reasons: JSON.parse(String(r.burnout_reasons)) as unknown[] }));
      const cutoff = Date.now() - 7 * DAY_MS;
      parsed.filter((r) => typeof r.last_active_at !== 'string' || Date.parse(r.last_active_at) < cutoff);
      parsed.filter((r) => Number(r.burnout_risk ?? 0) >= 0.6).sort((a, b) => Number(b.burnout_risk) - Number(a.burnout_risk));
      loads.push(performance.now() - start);
    }
    line(`dashboard data from replica, one cohort of ${SIZE}`, `median ${loads.sort((a, b) => a - b)[Math.floor(loads.length / 2)]!.toFixed(1)} ms`);
    const start = performance.now();
    const all = await device.db.getAll('SELECT * FROM cohort_student_summary');
    line(`dashboard data from replica, all ${COHORTS * SIZE} students`, `${(performance.now() - start).toFixed(1)} ms (${all.length} rows)`);

    const token = await s.token(coach.email, coach.password);
    const api: number[] = [];
    for (const cohort of cohorts) {
      const t0 = performance.now();
      const res = await s.app.inject({ method: 'GET', url: `/api/coach/cohorts/${cohort}/dashboard`, headers: { authorization: `Bearer ${token}` } });
      if (res.statusCode !== 200) throw new Error(`dashboard ${res.statusCode}`);
      api.push(performance.now() - t0);
    }
    line(`dashboard API (online), one cohort of ${SIZE}`, `median ${api.sort((a, b) => a - b)[Math.floor(api.length / 2)]!.toFixed(1)} ms`);
    await device.close();
    if (browser) await browserBench(s, cohorts, coach);
  } finally {
    await s.close();
    dist?.cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
