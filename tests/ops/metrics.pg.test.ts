import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobQueue, DEAD_LETTER_SUFFIX, type JobQueue } from '../../server/src/jobs/queue.ts';
import { createBackup } from '../../server/src/ops/backup.ts';
import { registerOpsMetrics } from '../../server/src/ops/metrics.ts';
import { createTestApp, signupStudent, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let queue: JobQueue;
let dir: string;
let clock = 1_800_000_000_000;
let registry: Registry;

/** One scrape of the ops metrics as name{labels} -> value. */
async function scrape(): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const m of await registry.getMetricsAsJSON()) {
    for (const v of m.values) {
      const labels = Object.entries(v.labels).map(([k, x]) => `${k}="${String(x)}"`).join(',');
      out.set(labels ? `${m.name}{${labels}}` : m.name, v.value);
    }
  }
  return out;
}

beforeAll(async () => {
  t = await createTestApp({ METRICS_TOKEN: 'a-long-enough-scrape-token' });
  // A queue nobody works: what is sent stays waiting.
  queue = await createJobQueue(t.db.pool, [{ name: 'ops.idle', handler: async () => undefined }]);
  dir = mkdtempSync(path.join(tmpdir(), 'cr-metrics-'));
  registry = new Registry();
  registerOpsMetrics(registry, { pool: t.db.pool, streams: () => 3, backupDir: dir, cacheMs: 0, now: () => clock });
}, 120_000);

afterAll(async () => {
  await queue?.stop();
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('operations metrics', () => {
  it('/metrics needs the token when one is configured, and never trusts a proxied loopback', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer wrong-token-of-some-length' } })).statusCode).toBe(401);
    const ok = await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer a-long-enough-scrape-token' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('cr_sync_streams_connected 0');
    expect(ok.body).toContain('cr_backup_last_success_timestamp_seconds');

    const open = await createTestApp();
    try {
      expect((await open.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(200);
      const proxied = await open.app.inject({ method: 'GET', url: '/metrics', headers: { 'x-forwarded-for': '203.0.113.9' } });
      expect(proxied.statusCode).toBe(401);
      expect(proxied.json().errors[0].message).toMatch(/METRICS_TOKEN/);
    } finally {
      await open.close();
    }
  });

  it('queue depth and age, dead letters, streams, upload rejections by reason', async () => {
    const before = await scrape();
    expect(before.get('cr_job_queue_depth{queue="ops.idle"}')).toBe(0);
    expect(before.get('cr_job_dead_letters{queue="ops.idle"}')).toBe(0);
    for (let i = 0; i < 3; i += 1) await queue.send('ops.idle', { i });
    await queue.send(`ops.idle${DEAD_LETTER_SUFFIX}`, { failed: true });
    await t.db.pool.query(`UPDATE pgboss.job SET created_on = now() - interval '10 minutes' WHERE name = 'ops.idle'`);
    const student = await signupStudent(t.app);
    await t.db.pool.query(
      `INSERT INTO sync_upload_errors (user_id, op, table_name, error_code, message) VALUES ($1, 'PUT', 'attempts', 'VALIDATION_ERROR', 'x'), ($1, 'PUT', 'attempts', 'VALIDATION_ERROR', 'y'), ($1, 'PATCH', 'users', 'FORBIDDEN', 'z')`,
      [student.id],
    );
    const after = await scrape();
    expect(after.get('cr_job_queue_depth{queue="ops.idle"}')).toBe(3);
    expect(after.get('cr_job_queue_oldest_age_seconds{queue="ops.idle"}')).toBeGreaterThanOrEqual(600);
    expect(after.get('cr_job_dead_letters{queue="ops.idle"}')).toBe(1);
    expect(after.get('cr_sync_streams_connected')).toBe(3);
    expect(after.get('cr_sync_upload_rejections_1h{reason="VALIDATION_ERROR"}')).toBe(2);
    expect(after.get('cr_sync_upload_rejections_1h{reason="FORBIDDEN"}')).toBe(1);
    expect(after.has('cr_scoring_latency_seconds{quantile="0.95"}')).toBe(false); // none completed: no number
    expect(after.get('cr_scoring_jobs_15m')).toBe(0);
  });

  it('sync lag counts from the first scrape that saw the oldest pending change, and is 0 once drained', async () => {
    await t.app.sync.processor.stop();
    try {
      await t.db.pool.query(`INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight) VALUES ('LAG1', 'Lag', 'MATH', 'U1', 1, 2, 0.5)`);
      const first = await scrape();
      expect(first.get('cr_sync_pending_changes')).toBeGreaterThan(0);
      expect(first.get('cr_sync_lag_seconds')).toBe(0);
      clock += 45_000;
      await t.db.pool.query(`INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight) VALUES ('LAG2', 'Lag', 'MATH', 'U1', 1, 2, 0.5)`);
      expect((await scrape()).get('cr_sync_lag_seconds')).toBe(45);
    } finally {
      t.app.sync.processor.start();
    }
    await t.app.sync.processor.flush();
    clock += 15_000;
    const drained = await scrape();
    expect(drained.get('cr_sync_pending_changes')).toBe(0);
    expect(drained.get('cr_sync_lag_seconds')).toBe(0);
  });

  it('backup age: 0 until a backup exists, then its time', async () => {
    expect((await scrape()).get('cr_backup_last_success_timestamp_seconds')).toBe(0);
    const at = new Date('2026-12-01T02:15:00Z');
    await createBackup({ db: t.db, outDir: dir, keyFile: null, now: at });
    expect((await scrape()).get('cr_backup_last_success_timestamp_seconds')).toBe(at.getTime() / 1000);
  });
});
