import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlanners } from '../../server/src/jobs/notifications.ts';
import { createNotifications, enqueueDeliveries, type NotificationRequest } from '../../server/src/notifications/create.ts';
import { planBenchmarkNotices, planCoachDigests, planReviewReminders, planStreakReminders, planUnreadMessages } from '../../server/src/notifications/planner.ts';
import { seedContent, sleep, waitFor } from '../sync/helpers/server.ts';
import { signupStudent, type SignedIn } from '../helpers/test-app.ts';
import { startNotifyHarness, type NotifyHarness } from './harness.ts';
import { formatHlc } from '@cr/shared/engine/hlc';

// The planners against real rows, and delivery with two workers on one queue: every
// notification is created once and e-mailed exactly once.

let h: NotifyHarness;
const q = (sql: string, v: unknown[] = []) => h.db.pool.query(sql, v);
// Sunday 2026-12-06 12:35 UTC = 18:05 in India.
const EVENING_IST = Date.UTC(2026, 11, 6, 12, 35);
const hlcAt = (ms: number) => formatHlc({ wallMs: ms, counter: 0, node: 'dev1' });

async function dueReview(studentId: string, concept = 'C0') {
  await q(`INSERT INTO student_mastery (student_id, concept_id, mastery_level, next_review_date) VALUES ($1, $2, 0.4, $3)`, [studentId, concept, new Date(EVENING_IST - 86_400_000)]);
}
async function attemptAt(studentId: string, ms: number) {
  await q(
    `INSERT INTO attempts (id, student_id, question_id, concept_id, answer, is_correct, response_time_ms, device_time, hlc) VALUES (gen_random_uuid(), $1, 'Q-C0', 'C0', '4', true, 5000, $2, $3)`,
    [studentId, new Date(ms), hlcAt(ms)],
  );
}

beforeAll(async () => {
  h = await startNotifyHarness({ workers: 2 });
  await seedContent(h.db, 2);
}, 120_000);
afterAll(async () => h?.close(), 60_000);

describe('planners', () => {
  it('daily reminder: at the chosen local time, only with reviews due, not after studying today, never in quiet hours, once', async () => {
    const due = await signupStudent(h.app);
    const studied = await signupStudent(h.app);
    const nothing = await signupStudent(h.app);
    const night = await signupStudent(h.app);
    await dueReview(due.id);
    await dueReview(studied.id);
    await attemptAt(studied.id, EVENING_IST - 3600_000);
    await dueReview(night.id);
    // Chose 23:30 New York time; at 07:35 there it is inside quiet hours 22:00–08:00.
    await q(`INSERT INTO notification_preferences (user_id, time_zone, reminder_minute, quiet_start, quiet_end, email_kinds, push_kinds, in_app_kinds) VALUES ($1, 'America/New_York', 1410, 1320, 480, '[]', '[]', '["reviews_due"]')`, [night.id]);
    const at = (ms: number) => planReviewReminders(h.db.pool, ms).then((r) => r.map((x) => x.userId));
    expect(await at(EVENING_IST)).toEqual([due.id]);
    expect(await at(EVENING_IST - 3600_000)).toEqual([]); // 17:05 IST: not yet
    const r = await planReviewReminders(h.db.pool, EVENING_IST);
    expect(r[0]).toMatchObject({ kind: 'reviews_due', occasion: '2026-12-06', params: { due: 1 } });
    expect(nothing.id).not.toBe(due.id);
    // 08:05 in New York: quiet hours just ended, the deferred reminder goes.
    const nyMorning = Date.UTC(2026, 11, 6, 13, 5);
    expect(await at(nyMorning - 60 * 60_000)).not.toContain(night.id);
    expect(await at(nyMorning)).toContain(night.id);
    // Planned twice at the same instant on two workers: created once.
    const both = await Promise.all([runPlanners(h.db.pool, h.workers[0]!, EVENING_IST, h.config), runPlanners(h.db.pool, h.workers[1]!, EVENING_IST, h.config)]);
    expect(both[0] + both[1]).toBe(1);
    expect((await q(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'reviews_due' AND user_id = $1`, [due.id])).rows[0].n).toBe(1);
    expect(await at(EVENING_IST + 10 * 60_000)).toEqual([]);
  });

  it('streak at risk: a 2+ day streak not yet extended today, in the evening', async () => {
    const s = await signupStudent(h.app);
    const lone = await signupStudent(h.app);
    const day = 86_400_000;
    await attemptAt(s.id, EVENING_IST - day);
    await attemptAt(s.id, EVENING_IST - 2 * day);
    await attemptAt(s.id, EVENING_IST - 3 * day);
    await attemptAt(lone.id, EVENING_IST - day);
    const at820 = EVENING_IST + 135 * 60_000; // 20:20 IST
    const plans = await planStreakReminders(h.db.pool, at820);
    expect(plans.map((p) => [p.userId, p.params.streak])).toEqual([[s.id, 3]]);
    expect(await planStreakReminders(h.db.pool, EVENING_IST)).toEqual([]); // 18:05: too early
  });

  it('benchmark: scheduled, opens, closes within the hour, result to those who sat it', async () => {
    const s11 = await signupStudent(h.app, { standard: 11 });
    const sat = await signupStudent(h.app, { standard: 11 });
    const s12 = await signupStudent(h.app, { standard: 12 });
    const now = Date.now();
    await q(
      `INSERT INTO benchmarks (id, standard, month, title, question_ids, max_marks, opens_at, closes_at) VALUES ('BM-N', 11, '2031-01-01', 'January Main', ARRAY['Q-C0'], 4, $1, $2)`,
      [new Date(now + 86_400_000), new Date(now + 86_400_000 + 3 * 3600_000)],
    );
    const kinds = async (ms: number) => (await planBenchmarkNotices(h.db.pool, ms)).map((r) => `${r.kind}:${r.userId === s11.id ? 's11' : r.userId === sat.id ? 'sat' : r.userId === s12.id ? 's12' : '?'}`).sort();
    expect(await kinds(now)).toEqual(['benchmark_scheduled:s11', 'benchmark_scheduled:sat']);
    expect(await kinds(now + 86_400_000 + 60_000)).toEqual(['benchmark_opens:s11', 'benchmark_opens:sat']);
    expect(await kinds(now + 86_400_000 + 2.5 * 3600_000)).toEqual(['benchmark_closing:s11', 'benchmark_closing:sat']);
    const sitting = await q(
      `INSERT INTO test_sittings (id, student_id, test_id, test_type, question_ids, status, started_at, submitted_at) VALUES (gen_random_uuid(), $1, 'BM-N', 'MONTHLY', ARRAY['Q-C0'], 'submitted', now(), now()) RETURNING id`,
      [sat.id],
    );
    await q(`INSERT INTO benchmark_submission_status (benchmark_id, student_id, sitting_id, status, received_at) VALUES ('BM-N', $1, $2, 'counted', now())`, [sat.id, sitting.rows[0].id]);
    await q(`UPDATE benchmarks SET status = 'released', released_at = closes_at + interval '1 hour' WHERE id = 'BM-N'`);
    expect(await kinds(now + 86_400_000 + 4.5 * 3600_000)).toEqual(['benchmark_result:sat']);
  });

  it('unread chat message: its recipient after N minutes, once per unread stretch; the weekly coach digest on Monday', async () => {
    const student = await signupStudent(h.app);
    const coach = await signupStudent(h.app);
    await q(`UPDATE users SET role = 'coach', standard = NULL, full_name = 'Mrs Rao' WHERE id = $1`, [coach.id]);
    const cohort = (await q(`INSERT INTO cohorts (name, standard) VALUES ('N1', 12) RETURNING id`)).rows[0].id as string;
    await q('INSERT INTO cohort_members (cohort_id, student_id) VALUES ($1, $2)', [cohort, student.id]);
    await q('INSERT INTO cohort_coaches (cohort_id, coach_id) VALUES ($1, $2)', [cohort, coach.id]);
    const sent = Date.now() - 45 * 60_000;
    for (const k of [0, 1]) {
      await q(
        `INSERT INTO chat_messages (id, cohort_id, student_id, coach_id, sender_id, body, hlc, sent_at, received_at) VALUES (gen_random_uuid(), $1, $2, $3, $3, $4, $5, $6, $6)`,
        [cohort, student.id, coach.id, `msg ${k}`, hlcAt(sent + k), new Date(sent + k * 1000)],
      );
    }
    const plans = await planUnreadMessages(h.db.pool, Date.now(), 30);
    const mine = plans.filter((p) => p.userId === student.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.params).toMatchObject({ from: 'Mrs Rao', role: 'student' });
    expect((await planUnreadMessages(h.db.pool, Date.now(), 60)).filter((p) => p.userId === student.id)).toEqual([]);

    await q(`INSERT INTO cohort_student_summary (cohort_id, student_id, display_name, last_active_at, burnout_risk) VALUES ($1, $2, 'Asha', now() - interval '10 days', 0.8)`, [cohort, student.id]);
    const monday = Date.UTC(2026, 11, 7, 12, 35); // 18:05 IST
    const digests = (await planCoachDigests(h.db.pool, monday, 0.3)).filter((d) => d.userId === coach.id);
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatchObject({ occasion: '2026-W50', params: { students: 1, inactive: 1, burnout: 1, inactiveNames: ['Asha'] } });
    expect(await planCoachDigests(h.db.pool, monday + 86_400_000, 0.3)).toEqual([]);
  });
});

describe('two workers on one queue', () => {
  it('send each notification exactly once even when every delivery is enqueued by both', async () => {
    const students: SignedIn[] = [];
    for (let i = 0; i < 30; i++) students.push(await signupStudent(h.app));
    const before = h.smtp.received.length;
    const requests: NotificationRequest[] = students.map((s) => ({ userId: s.id, kind: 'benchmark_result', occasion: 'two-workers', params: { title: 'January Main' } }));
    // Both workers' planners race to create the same notifications: each is created once.
    const [a, b] = await Promise.all([createNotifications(h.db.pool, requests), createNotifications(h.db.pool, requests)]);
    expect(a.length + b.length).toBe(30);
    const deliveries = [...a, ...b];
    // Every delivery is enqueued twice, once through each worker's queue.
    await Promise.all([enqueueDeliveries(h.workers[0]!, deliveries), enqueueDeliveries(h.workers[1]!, deliveries)]);
    await waitFor(
      async () => (await q(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notifications.deliver' AND state IN ('created', 'retry', 'active')`)).rows[0].n === 0 || null,
      60_000,
      'all deliver jobs done',
    );
    // A job completes at the SMTP server's 250; the receiver finishes parsing a moment later.
    await h.smtp.waitFor(before + 30, 30_000);
    await sleep(500);
    const got = h.smtp.received.slice(before).filter((m) => m.parsed.subject?.includes('January Main'));
    expect(got).toHaveLength(30);
    expect(new Set(got.map((m) => m.envelope.to[0])).size).toBe(30);
    expect(new Set(got.map((m) => m.envelope.to[0]))).toEqual(new Set(students.map((s) => s.email)));
    const completed = await q(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notifications.deliver' AND state = 'completed' AND data->>'notificationId' = ANY($1)`, [deliveries.map((d) => d.notificationId)]);
    expect(completed.rows[0].n).toBe(60);
  });
});
