/**
 * Notification benchmark: `npm run bench:notify` (Postgres at TEST_POSTGRES_URL by default;
 * TEST_DB=pglite for the embedded database). Seeds BENCH_STUDENTS students (default 100,000),
 * each with a review due, and runs the daily-reminder planner at 18:05 India time: plan, create
 * the notifications and their e-mail deliveries, enqueue one notifications.deliver job each.
 * Then BENCH_WORKERS job queues (default 2) work the queue against a local SMTP receiver until
 * BENCH_DELIVER e-mails (default 5,000) arrived. One line per figure; the last is the summary.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../server/src/config.ts';
import { createTestDatabase } from '../server/src/db/test-database.ts';
import { deliverJob } from '../server/src/jobs/notifications.ts';
import { createJobQueue, type JobQueue } from '../server/src/jobs/queue.ts';
import { createMailer } from '../server/src/mail/mailer.ts';
import { startSmtpReceiver } from '../server/src/mail/test-smtp-receiver.ts';
import { createNotifications, enqueueDeliveries } from '../server/src/notifications/create.ts';
import { loadNotifyKeys } from '../server/src/notifications/keys.ts';
import { planReviewReminders } from '../server/src/notifications/planner.ts';

process.env.TEST_DB ??= 'postgres';
const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 100_000);
const DELIVER = Math.min(STUDENTS, Number(process.env.BENCH_DELIVER ?? 5000));
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const line = (name: string, value: string) => console.log(`${name.padEnd(52)} ${value}`);
const seconds = (ms: number) => (ms / 1000).toFixed(2);

const db = await createTestDatabase();
const dataDir = mkdtempSync(path.join(tmpdir(), 'cr-bench-notify-'));
const smtp = await startSmtpReceiver({ parse: false });
const queues: JobQueue[] = [];
try {
  const q = (sql: string, v: unknown[] = []) => db.pool.query(sql, v);
  let t = performance.now();
  await q(`INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight) VALUES ('B0', 'Bench', 'MATH', 'U1', 1, 2, 0.5)`);
  for (let from = 0; from < STUDENTS; from += 20_000) {
    const to = Math.min(STUDENTS, from + 20_000);
    await q(
      `INSERT INTO users (email, password_hash, role, standard, language)
       SELECT 'bench' || i || '@bench.cr', 'x', 'student', 12, CASE WHEN i % 3 = 0 THEN 'hi' ELSE 'en' END FROM generate_series($1::int, $2::int - 1) AS i`,
      [from, to],
    );
  }
  await q(`INSERT INTO student_mastery (student_id, concept_id, mastery_level, next_review_date) SELECT id, 'B0', 0.4, now() - interval '2 days' FROM users WHERE role = 'student'`);
  await q('ANALYZE');
  line(`seed (${process.env.TEST_DB}): students with a review due`, `${STUDENTS} in ${seconds(performance.now() - t)} s`);

  const config = loadConfig({ DATA_DIR: dataDir, SMTP_URL: smtp.url, SMTP_MAX_CONNECTIONS: '8', PUBLIC_URL: 'https://bench.cr' });
  const keys = await loadNotifyKeys(config);
  for (let i = 0; i < WORKERS; i++) {
    const deps = { pool: db.pool, mailer: createMailer(config), keys, publicUrl: config.PUBLIC_URL };
    queues.push(await createJobQueue(db.pool, [deliverJob(() => deps)], { pollingIntervalS: 0.5 }));
  }

  // 18:05 in India today.
  const now = new Date();
  const nowMs = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 12, 35);
  t = performance.now();
  const requests = await planReviewReminders(db.pool, nowMs);
  const tPlan = performance.now() - t;
  const deliveries = await createNotifications(db.pool, requests);
  const tCreate = performance.now() - t - tPlan;
  await enqueueDeliveries(queues[0]!, deliveries);
  const planned = performance.now() - t;
  line('plan: students due a reminder (query + rules)', `${requests.length} in ${seconds(tPlan)} s`);
  line('plan: notifications + deliveries written', `${deliveries.length} in ${seconds(tCreate)} s`);
  line('plan: deliver jobs enqueued', `${deliveries.length} in ${seconds(planned - tPlan - tCreate)} s`);
  if (requests.length !== STUDENTS || deliveries.length !== STUDENTS) throw new Error(`planned ${requests.length} / ${deliveries.length} of ${STUDENTS}`);

  t = performance.now();
  for (const w of queues) await w.work();
  await smtp.waitFor(DELIVER, 30 * 60_000);
  const deliverS = (performance.now() - t) / 1000;
  const rate = DELIVER / deliverS;
  line(`deliver: e-mails to a local SMTP receiver (${WORKERS} workers)`, `${DELIVER} in ${deliverS.toFixed(2)} s`);
  console.log(`notify: planned ${STUDENTS} in ${seconds(planned)} s, delivered ${rate.toFixed(0)} e-mails/s`);
} finally {
  for (const w of queues) await w.stop().catch(() => undefined);
  await smtp.close();
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
