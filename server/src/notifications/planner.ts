import type pg from 'pg';
import {
  DEFAULT_NOTIFICATION_PREFERENCES as D,
  isoWeek,
  localTime,
  planDailyReminder,
  planStreakAtRisk,
  planWeeklyDigest,
} from '@cr/shared/notifications/index';
import type { NotificationRequest } from './create.ts';
import { HLC_WALL_DIGITS, hlcLowerBound, hlcWallMs, isHlc } from '@cr/shared/engine/hlc';
import { DAY_MS } from '@cr/shared/time';

/**
 * What is due to be notified at `nowMs`. Each function reads the database and returns requests;
 * the decision rules are the pure planners in shared/src/notifications. Occasions make every
 * request idempotent, so a planner may run as often as it likes and on several workers.
 */

const PREFS = `coalesce(p.time_zone, '${D.time_zone}') AS tz, coalesce(p.reminder_minute, ${D.reminder_minute})::int AS reminder_minute,
  coalesce(p.quiet_start, ${D.quiet_start})::int AS quiet_start, coalesce(p.quiet_end, ${D.quiet_end})::int AS quiet_end`;

interface PrefRow {
  id: string;
  tz: string;
  reminder_minute: number;
  quiet_start: number;
  quiet_end: number;
}

/** A HLC stamp starts with 13 digits of milliseconds; the device's clock, good enough for "studied today". */
const hlcMs = (hlc: string | null) => (hlc && isHlc(hlc) ? hlcWallMs(hlc) : null);

/** Today's reviews for every active student with something due. */
export async function planReviewReminders(pool: pg.Pool, nowMs: number): Promise<NotificationRequest<'reviews_due'>[]> {
  const { rows } = await pool.query<PrefRow & { due: number; last_hlc: string | null; last_sent: string | null }>(
    `SELECT u.id, ${PREFS}, d.due, (SELECT max(a.hlc) FROM attempts a WHERE a.student_id = u.id) AS last_hlc,
            (SELECT max(n.occasion) FROM notifications n WHERE n.user_id = u.id AND n.kind = 'reviews_due') AS last_sent
       FROM users u
       LEFT JOIN notification_preferences p ON p.user_id = u.id
       CROSS JOIN LATERAL (SELECT count(*)::int AS due FROM student_mastery m WHERE m.student_id = u.id AND m.next_review_date <= $1) d
      WHERE u.role = 'student' AND u.status = 'active' AND u.consent_status IN ('not_required', 'granted') AND d.due > 0`,
    [new Date(nowMs)],
  );
  const out: NotificationRequest<'reviews_due'>[] = [];
  for (const r of rows) {
    const plan = planDailyReminder({ nowMs, timeZone: r.tz, reminderMinute: r.reminder_minute, quiet_start: r.quiet_start, quiet_end: r.quiet_end, dueCount: r.due, lastStudiedMs: hlcMs(r.last_hlc), lastSentDate: r.last_sent });
    if (plan.send) out.push({ userId: r.id, kind: 'reviews_due', occasion: plan.occasion, params: { due: r.due } });
  }
  return out;
}

/** Students who studied yesterday or the day before but not yet today (in UTC±14 h terms), checked precisely per zone. */
export async function planStreakReminders(pool: pg.Pool, nowMs: number): Promise<NotificationRequest<'streak_at_risk'>[]> {
  const { rows } = await pool.query<PrefRow & { stamps: string[]; last_sent: string | null }>(
    `SELECT u.id, ${PREFS}, s.stamps,
            (SELECT max(n.occasion) FROM notifications n WHERE n.user_id = u.id AND n.kind = 'streak_at_risk') AS last_sent
       FROM users u
       LEFT JOIN notification_preferences p ON p.user_id = u.id
       CROSS JOIN LATERAL (
         SELECT array_agg(DISTINCT left(a.hlc, ${HLC_WALL_DIGITS})) AS stamps FROM attempts a
          WHERE a.student_id = u.id AND a.hlc >= $1
       ) s
      WHERE u.role = 'student' AND u.status = 'active' AND u.consent_status IN ('not_required', 'granted') AND s.stamps IS NOT NULL`,
    // HLC stamps sort as text; 40 days of history bound the streak this looks at.
    [hlcLowerBound(nowMs - 40 * DAY_MS)],
  );
  const out: NotificationRequest<'streak_at_risk'>[] = [];
  for (const r of rows) {
    const dates = [...new Set(r.stamps.map((s) => localTime(Number(s), r.tz).date))];
    const plan = planStreakAtRisk({ nowMs, timeZone: r.tz, quiet_start: r.quiet_start, quiet_end: r.quiet_end, studyDates: dates, lastSentDate: r.last_sent });
    if (plan.send) out.push({ userId: r.id, kind: 'streak_at_risk', occasion: plan.occasion, params: { streak: plan.streak } });
  }
  return out;
}

/** How recent a benchmark event must be to notify about it (ms): a fresh install does not announce last year's papers. */
const EVENT_FRESH_MS = 6 * 3600_000;

/** Benchmark scheduled / opens / closes within the hour / result released, to every active student of its class. */
export async function planBenchmarkNotices(pool: pg.Pool, nowMs: number): Promise<NotificationRequest[]> {
  const now = new Date(nowMs);
  const fresh = new Date(nowMs - EVENT_FRESH_MS);
  const { rows } = await pool.query<{ id: string; standard: number; title: string; opens_at: Date; closes_at: Date; status: string; released_at: Date | null; created_at: Date }>(
    `SELECT id, standard, title, opens_at, closes_at, status, released_at, created_at FROM benchmarks
      WHERE status <> 'cancelled' AND (created_at >= $2 OR (opens_at <= $1 AND opens_at >= $2) OR (closes_at > $1 AND closes_at <= $1::timestamptz + interval '1 hour') OR released_at >= $2)`,
    [now, fresh],
  );
  const out: NotificationRequest[] = [];
  for (const b of rows) {
    const events: NotificationRequest['kind'][] = [];
    if (b.created_at >= fresh && b.opens_at > now) events.push('benchmark_scheduled');
    if (b.opens_at <= now && b.opens_at >= fresh && b.closes_at.getTime() - nowMs > 3600_000) events.push('benchmark_opens');
    if (b.opens_at <= now && b.closes_at > now && b.closes_at.getTime() - nowMs <= 3600_000) events.push('benchmark_closing');
    if (b.status === 'released' && b.released_at && b.released_at >= fresh) events.push('benchmark_result');
    if (events.length === 0) continue;
    // A result goes only to those who sat it; the other notices to the whole class.
    const students = await pool.query<{ id: string; sat: boolean }>(
      `SELECT u.id, EXISTS (SELECT 1 FROM benchmark_submission_status s WHERE s.benchmark_id = $2 AND s.student_id = u.id) AS sat
         FROM users u WHERE u.role = 'student' AND u.status = 'active' AND u.consent_status IN ('not_required', 'granted') AND u.standard = $1`,
      [b.standard, b.id],
    );
    const opensAt = b.opens_at.toISOString();
    const closesAt = b.closes_at.toISOString();
    for (const kind of events) {
      for (const s of students.rows) {
        if (kind === 'benchmark_result' && !s.sat) continue;
        const occasion = `benchmark:${b.id}`;
        if (kind === 'benchmark_scheduled') out.push({ userId: s.id, kind, occasion, params: { title: b.title, opensAt, closesAt } });
        else if (kind === 'benchmark_result') out.push({ userId: s.id, kind, occasion, params: { title: b.title } });
        else out.push({ userId: s.id, kind, occasion, params: { title: b.title, closesAt } });
      }
    }
  }
  return out;
}

/** A chat message unread for `afterMinutes` notifies its recipient (student or coach), once per unread message. */
export async function planUnreadMessages(pool: pg.Pool, nowMs: number, afterMinutes: number): Promise<NotificationRequest<'message_unread'>[]> {
  const { rows } = await pool.query<{ id: string; recipient: string; recipient_role: 'student' | 'coach'; student_id: string; sender_name: string | null; received_at: Date }>(
    `SELECT DISTINCT ON (recipient, m.student_id, m.coach_id) m.id, m.student_id, m.received_at,
            CASE WHEN m.sender_id = m.student_id THEN m.coach_id ELSE m.student_id END AS recipient,
            CASE WHEN m.sender_id = m.student_id THEN 'coach' ELSE 'student' END AS recipient_role,
            s.full_name AS sender_name
       FROM chat_messages m JOIN users s ON s.id = m.sender_id
      WHERE m.read_at IS NULL AND m.received_at <= $1::timestamptz - make_interval(mins => $2::int) AND m.received_at >= $1::timestamptz - interval '2 days'
      ORDER BY recipient, m.student_id, m.coach_id, m.received_at`,
    [new Date(nowMs), afterMinutes],
  );
  return rows.map((r) => ({
    userId: r.recipient,
    kind: 'message_unread' as const,
    // The oldest unread message of the thread: one notice per unread stretch, not per message.
    occasion: `chat:${r.id}`,
    params: {
      from: r.sender_name?.trim() || (r.recipient_role === 'student' ? 'Your coach' : 'A student'),
      minutes: Math.max(afterMinutes, Math.round((nowMs - r.received_at.getTime()) / 60_000)),
      role: r.recipient_role,
      studentId: r.student_id,
    },
  }));
}

/** The weekly digest for each active coach: inactive students, burnout alerts and benchmark results across their cohorts. */
export async function planCoachDigests(pool: pg.Pool, nowMs: number, burnoutThreshold: number): Promise<NotificationRequest<'coach_digest'>[]> {
  const { rows } = await pool.query<PrefRow & { last_sent: string | null }>(
    `SELECT u.id, ${PREFS}, (SELECT max(n.occasion) FROM notifications n WHERE n.user_id = u.id AND n.kind = 'coach_digest') AS last_sent
       FROM users u LEFT JOIN notification_preferences p ON p.user_id = u.id
      WHERE u.role = 'coach' AND u.status = 'active' AND u.consent_status IN ('not_required', 'granted') AND EXISTS (SELECT 1 FROM cohort_coaches cc WHERE cc.coach_id = u.id)`,
  );
  const out: NotificationRequest<'coach_digest'>[] = [];
  for (const c of rows) {
    const plan = planWeeklyDigest({ nowMs, timeZone: c.tz, reminderMinute: c.reminder_minute, quiet_start: c.quiet_start, quiet_end: c.quiet_end, lastSentWeek: c.last_sent, week: isoWeek });
    if (!plan.send) continue;
    const { rows: students } = await pool.query<{ name: string; last_active_at: Date | null; burnout_risk: number | null; result_at: string | null }>(
      `SELECT DISTINCT ON (s.student_id) s.display_name AS name, s.last_active_at, s.burnout_risk, s.latest_result->>'test_date' AS result_at
         FROM cohort_student_summary s JOIN cohort_coaches cc ON cc.cohort_id = s.cohort_id AND cc.coach_id = $1
        ORDER BY s.student_id, s.computed_at DESC`,
      [c.id],
    );
    const weekAgo = nowMs - 7 * DAY_MS;
    const inactive = students.filter((s) => !s.last_active_at || s.last_active_at.getTime() < weekAgo);
    const burnout = students.filter((s) => s.burnout_risk !== null && s.burnout_risk >= burnoutThreshold);
    const results = students.filter((s) => s.result_at && Date.parse(s.result_at) >= weekAgo);
    out.push({
      userId: c.id,
      kind: 'coach_digest',
      occasion: plan.occasion,
      params: {
        students: students.length,
        inactive: inactive.length,
        burnout: burnout.length,
        results: results.length,
        inactiveNames: inactive.slice(0, 5).map((s) => s.name),
        burnoutNames: burnout.slice(0, 5).map((s) => s.name),
      },
    });
  }
  return out;
}
