import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, createUser, type TestApp } from '../../../tests/helpers/test-app.ts';
import { DEAD_LETTER_SUFFIX } from './queue.ts';

// A handler that fails twice and then succeeds yields exactly one result; one that always fails
// ends in the failed list and the dead-letter queue, and an admin can retry it.

let t: TestApp;
let flakyCalls = 0;
let alwaysFail = true;

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  t = await createTestApp({}, {
    jobs: [
      {
        name: 'flaky',
        retryDelayS: 1,
        handler: async (data: { key: string }) => {
          flakyCalls += 1;
          if (flakyCalls <= 2) throw new Error(`transient failure ${flakyCalls}`);
          // Idempotent write: a replay of the same job changes nothing.
          await t.db.pool.query(`INSERT INTO audit_log (action, resource_type, resource_id) SELECT 'flaky_done', 'job', $1 WHERE NOT EXISTS (SELECT 1 FROM audit_log WHERE action = 'flaky_done' AND resource_id = $1)`, [data.key]);
        },
      },
      {
        name: 'doomed',
        retryLimit: 1,
        retryDelayS: 1,
        handler: async () => {
          if (alwaysFail) throw new Error('doomed to fail');
        },
      },
    ],
  });
});
afterAll(async () => t.close());

describe('job queue', () => {
  it('retries with backoff: fails twice, succeeds once, one result', async () => {
    const id = await t.jobs!.send('flaky', { key: 'k1' });
    await until(async () => (await t.jobs!.boss.getJobById('flaky', id!))?.state === 'completed', 'flaky to complete');
    expect(flakyCalls).toBe(3);
    const { rows } = await t.db.pool.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'flaky_done'`);
    expect(rows[0].n).toBe(1);
  });

  it('shows a job that exhausted its retries to admins, dead-letters it, and lets an admin retry it', async () => {
    const id = (await t.jobs!.send('doomed', { n: 1 }))!;
    await until(async () => (await t.jobs!.boss.getJobById('doomed', id))?.state === 'failed', 'doomed to fail');
    const admin = await createUser(t, 'admin');
    const list = await t.app.inject({ method: 'GET', url: '/api/admin/jobs?state=failed&name=doomed', headers: bearer(admin.token) });
    expect(list.statusCode).toBe(200);
    const failed = list.json().data;
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ id, name: 'doomed', state: 'failed', retry_count: 1 });
    expect(JSON.stringify(failed[0].output)).toContain('doomed to fail');
    expect(await t.jobs!.boss.getQueueSize(`doomed${DEAD_LETTER_SUFFIX}`)).toBe(1);

    alwaysFail = false;
    const retry = await t.app.inject({ method: 'POST', url: `/api/admin/jobs/doomed/${id}/retry`, headers: bearer(admin.token) });
    expect(retry.statusCode).toBe(200);
    await until(async () => (await t.jobs!.boss.getJobById('doomed', id))?.state === 'completed', 'retried job to complete');
    const again = await t.app.inject({ method: 'POST', url: `/api/admin/jobs/doomed/${id}/retry`, headers: bearer(admin.token) });
    expect(again.statusCode).toBe(409);
    const audit = await t.db.pool.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'job_retried' AND actor_id = $1`, [admin.id]);
    expect(audit.rows[0].n).toBe(1);
  });
});
