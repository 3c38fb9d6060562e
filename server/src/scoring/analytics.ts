import type pg from 'pg';
import { assessBurnout, BURNOUT_ALERT_THRESHOLD, markResponse, type BehaviourAttempt } from '@cr/shared/engine/index';
import { withTransaction } from '../db/database.ts';
import { loadKeys, type Queryable } from './content.ts';
import { hlcWallMs } from '@cr/shared/engine/hlc';
import { loadCountedAttempts } from './mastery.ts';
import { DAY_MS } from '@cr/shared/time';

/**
 * Nightly performance metrics per student (student_performance_metrics, one row per student
 * and UTC day: a rerun the same day replaces its row). Correctness is the server's judgement;
 * accuracy windows use HLC wall times; fatigue, stress and burnout risk are the engine's
 * (assessBurnout: device time of day on purpose). A burnout risk rising to the engine's
 * BURNOUT_ALERT_THRESHOLD or above since the previous measurement alerts the student's coaches.
 */

/** Students' offset from UTC (IST), minutes. */
const UTC_OFFSET_MINUTES = 330;



const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Metrics for one batch of students, written in the caller's transaction. */
export interface AnalyticsOptions {
  /** Burnout risk (0–1) whose crossing from below alerts coaches; default the engine's BURNOUT_ALERT_THRESHOLD (config BURNOUT_ALERT_THRESHOLD). */
  burnoutAlertThreshold?: number;
}

export async function measureStudents(db: Queryable, studentIds: readonly string[], nowMs: number, opts: AnalyticsOptions = {}): Promise<{ written: number; alerts: number }> {
  const threshold = opts.burnoutAlertThreshold ?? BURNOUT_ALERT_THRESHOLD;
  if (studentIds.length === 0) return { written: 0, alerts: 0 };
  const day = new Date(Math.floor(nowMs / DAY_MS) * DAY_MS).toISOString();
  const since = nowMs - 28 * DAY_MS;
  // Sequential on purpose: one client runs one query at a time.
  const mastery = await db.query<{ student_id: string; subject: string; m: number }>(
    `SELECT k.student_id, c.subject, sum(c.exam_weight * coalesce(sm.mastery_level, 0)) / nullif(sum(c.exam_weight), 0) AS m
       FROM unnest($1::uuid[]) AS k(student_id) CROSS JOIN concepts c
       LEFT JOIN student_mastery sm ON sm.student_id = k.student_id AND sm.concept_id = c.id
      GROUP BY k.student_id, c.subject`,
    [studentIds],
  );
  // The answers that count (the shared final-answer rule: per sitting question the latest at or
  // before the submission, never a late one; unreleased benchmarks excluded), last 28 days.
  const answers = await loadCountedAttempts(db, studentIds, since);
  // Due reviews at the start of each of the last 14 days, reconstructed from the current
  // cards (a card reviewed since that day counts as not due then: a lower bound).
  const backlog = await db.query<{ student_id: string; backlog: number[] }>(
    `SELECT k.student_id, array_agg(coalesce(n, 0) ORDER BY d) AS backlog
       FROM unnest($1::uuid[]) AS k(student_id)
       CROSS JOIN generate_series(1, 14) AS d
       LEFT JOIN LATERAL (
         SELECT count(*)::int AS n FROM student_mastery sm
          WHERE sm.student_id = k.student_id
            AND sm.next_review_date <= to_timestamp($2 / 1000.0) - make_interval(days => 14 - d)
            AND (sm.last_reviewed IS NULL OR sm.last_reviewed <= to_timestamp($2 / 1000.0) - make_interval(days => 14 - d))) c ON true
      GROUP BY k.student_id`,
    [studentIds, nowMs],
  );
  const ranks = await db.query<{ student_id: string; ranks: number[] }>(
    `SELECT student_id, (array_agg(estimated_rank ORDER BY test_date DESC, submitted_at DESC))[1:2] AS ranks FROM test_results
      WHERE student_id = ANY($1::uuid[]) AND test_type = 'MONTHLY' AND published AND estimated_rank IS NOT NULL GROUP BY student_id`,
    [studentIds],
  );
  const previous = await db.query<{ student_id: string; burnout_risk: number | null }>(
    `SELECT DISTINCT ON (student_id) student_id, burnout_risk FROM student_performance_metrics
      WHERE student_id = ANY($1::uuid[]) AND measured_at < $2 ORDER BY student_id, measured_at DESC`,
    [studentIds, day],
  );

  const keys = await loadKeys(db, [...new Set(answers.map((a) => a.question_id))]);
  const byStudent = new Map<string, { atMs: number; correct: boolean; timeMs: number }[]>();
  const behaviour = new Map<string, BehaviourAttempt[]>();
  for (const a of answers) {
    const q = keys.get(a.question_id);
    if (!q || a.answer === null) continue;
    const list = byStudent.get(a.student_id) ?? [];
    const correct = markResponse(a.pattern ?? 'JEE_ADVANCED', q, a.answer).status === 'CORRECT';
    list.push({ atMs: hlcWallMs(a.hlc), correct, timeMs: a.response_time_ms });
    byStudent.set(a.student_id, list);
    const b = behaviour.get(a.student_id) ?? [];
    b.push({ id: a.id, question_id: a.question_id, correct, response_time_ms: a.response_time_ms, device_time_ms: a.device_ms });
    behaviour.set(a.student_id, b);
  }
  const masteryOf = new Map<string, Record<string, number>>();
  for (const r of mastery.rows) masteryOf.set(r.student_id, { ...masteryOf.get(r.student_id), [r.subject]: Number(r.m ?? 0) });
  const backlogOf = new Map(backlog.rows.map((r) => [r.student_id, r.backlog]));
  const ranksOf = new Map(ranks.rows.map((r) => [r.student_id, r.ranks]));
  const prevRisk = new Map(previous.rows.map((r) => [r.student_id, r.burnout_risk]));

  const rows: Record<string, unknown>[] = [];
  const crossings: { student_id: string; risk: number; reasons: unknown }[] = [];
  for (const id of studentIds) {
    const list = byStudent.get(id) ?? [];
    const inDays = (from: number, to: number) => list.filter((a) => a.atMs >= nowMs - to * DAY_MS && a.atMs < nowMs - from * DAY_MS);
    const acc = (xs: typeof list) => (xs.length < 5 ? null : xs.filter((x) => x.correct).length / xs.length);
    const recent = acc(inDays(0, 14));
    const before = acc(inDays(14, 28));
    const trend = recent !== null && before !== null ? clamp(recent - before, -1, 1) : null;
    const dayKey = (ms: number) => Math.floor((ms + UTC_OFFSET_MINUTES * 60_000) / DAY_MS);
    const activeDays = new Set(inDays(0, 14).map((a) => dayKey(a.atMs)));
    const care = assessBurnout({ attempts: behaviour.get(id) ?? [], backlog: backlogOf.get(id) ?? [], nowMs, utcOffsetMinutes: UTC_OFFSET_MINUTES });
    const wellbeing = {
      fatigue: care.fatigue.score,
      stress: care.stress.score,
      burnoutRisk: care.burnoutRisk.score,
      reasons: care.burnoutRisk.reasons.map((r) => ({ signal: r.signal, level: r.level, contribution: r.contribution, text: r.text })),
    };
    const m = masteryOf.get(id) ?? {};
    const overall = mean([m.MATH ?? 0, m.PHYSICS ?? 0, m.CHEMISTRY ?? 0]) ?? 0;
    const [latestRank, priorRank] = ranksOf.get(id) ?? [];
    rows.push({
      student_id: id,
      math_mastery: clamp(m.MATH ?? 0, 0, 1),
      physics_mastery: clamp(m.PHYSICS ?? 0, 0, 1),
      chemistry_mastery: clamp(m.CHEMISTRY ?? 0, 0, 1),
      overall_mastery: clamp(overall, 0, 1),
      accuracy_trend: trend,
      consistency_score: activeDays.size / 14,
      fatigue_score: wellbeing.fatigue,
      stress_score: wellbeing.stress,
      burnout_risk: wellbeing.burnoutRisk,
      burnout_reasons: wellbeing.reasons,
      confidence_level: clamp(0.5 * (recent ?? overall) + 0.5 * overall, 0, 1),
      motivation_score: clamp(activeDays.size / 14 + (trend ?? 0) / 2, 0, 1),
      predicted_rank: latestRank ?? null,
      rank_improvement: latestRank !== undefined && priorRank !== undefined ? priorRank - latestRank : null,
    });
    const prev = prevRisk.get(id);
    if (wellbeing.burnoutRisk >= threshold && (prev === undefined || prev === null || prev < threshold)) {
      crossings.push({ student_id: id, risk: wellbeing.burnoutRisk, reasons: wellbeing.reasons });
    }
  }
  await db.query(
    `INSERT INTO student_performance_metrics (student_id, math_mastery, physics_mastery, chemistry_mastery, overall_mastery, accuracy_trend,
       consistency_score, fatigue_score, stress_score, burnout_risk, burnout_reasons, confidence_level, motivation_score, predicted_rank,
       rank_improvement, measured_at)
     SELECT r.student_id, r.math_mastery, r.physics_mastery, r.chemistry_mastery, r.overall_mastery, r.accuracy_trend, r.consistency_score,
            r.fatigue_score, r.stress_score, r.burnout_risk, r.burnout_reasons, r.confidence_level, r.motivation_score, r.predicted_rank,
            r.rank_improvement, $2::timestamptz
       FROM jsonb_to_recordset($1::jsonb) AS r(student_id uuid, math_mastery float8, physics_mastery float8, chemistry_mastery float8,
            overall_mastery float8, accuracy_trend float8, consistency_score float8, fatigue_score float8, stress_score float8,
            burnout_risk float8, burnout_reasons jsonb, confidence_level float8, motivation_score float8, predicted_rank int, rank_improvement int)
     ON CONFLICT (student_id, measured_at) DO UPDATE SET math_mastery = EXCLUDED.math_mastery, physics_mastery = EXCLUDED.physics_mastery,
       chemistry_mastery = EXCLUDED.chemistry_mastery, overall_mastery = EXCLUDED.overall_mastery, accuracy_trend = EXCLUDED.accuracy_trend,
       consistency_score = EXCLUDED.consistency_score, fatigue_score = EXCLUDED.fatigue_score, stress_score = EXCLUDED.stress_score,
       burnout_risk = EXCLUDED.burnout_risk, burnout_reasons = EXCLUDED.burnout_reasons, confidence_level = EXCLUDED.confidence_level,
       motivation_score = EXCLUDED.motivation_score, predicted_rank = EXCLUDED.predicted_rank, rank_improvement = EXCLUDED.rank_improvement
     WHERE (student_performance_metrics.math_mastery, student_performance_metrics.physics_mastery, student_performance_metrics.chemistry_mastery, student_performance_metrics.overall_mastery, student_performance_metrics.accuracy_trend, student_performance_metrics.consistency_score, student_performance_metrics.fatigue_score, student_performance_metrics.stress_score, student_performance_metrics.burnout_risk, student_performance_metrics.burnout_reasons, student_performance_metrics.confidence_level, student_performance_metrics.motivation_score, student_performance_metrics.predicted_rank, student_performance_metrics.rank_improvement)
       IS DISTINCT FROM (EXCLUDED.math_mastery, EXCLUDED.physics_mastery, EXCLUDED.chemistry_mastery, EXCLUDED.overall_mastery, EXCLUDED.accuracy_trend, EXCLUDED.consistency_score, EXCLUDED.fatigue_score, EXCLUDED.stress_score, EXCLUDED.burnout_risk, EXCLUDED.burnout_reasons, EXCLUDED.confidence_level, EXCLUDED.motivation_score, EXCLUDED.predicted_rank, EXCLUDED.rank_improvement)`,
    [JSON.stringify(rows), day],
  );
  let alerts = 0;
  if (crossings.length > 0) {
    const inserted = await db.query(
      `INSERT INTO coach_alerts (cohort_id, student_id, kind, ref, severity, message, details)
       SELECT m.cohort_id, r.student_id, 'BURNOUT_RISK', $2, CASE WHEN r.risk >= 0.85 THEN 'critical' ELSE 'warning' END,
              'Burnout risk rose to ' || round(r.risk::numeric, 2) || '.', jsonb_build_object('risk', r.risk, 'reasons', r.reasons)
         FROM jsonb_to_recordset($1::jsonb) AS r(student_id uuid, risk float8, reasons jsonb)
         JOIN cohort_members m ON m.student_id = r.student_id
       ON CONFLICT (cohort_id, student_id, kind, ref) DO NOTHING`,
      [JSON.stringify(crossings), day.slice(0, 10)],
    );
    alerts = inserted.rowCount ?? 0;
  }
  return { written: rows.length, alerts };
}

/** The nightly run over every active student, one transaction per batch. */
export async function runNightlyAnalytics(pool: pg.Pool, nowMs: number, batch = 200, opts: AnalyticsOptions = {}): Promise<{ students: number; alerts: number }> {
  let after = '00000000-0000-0000-0000-000000000000';
  let students = 0;
  let alerts = 0;
  for (;;) {
    const { rows } = await pool.query<{ id: string }>(
      `SELECT id FROM users WHERE role = 'student' AND status = 'active' AND consent_status IN ('not_required', 'granted') AND id > $1 ORDER BY id LIMIT $2`,
      [after, batch],
    );
    if (rows.length === 0) break;
    const ids = rows.map((r) => r.id);
    const r = await withTransaction(pool, (client) => measureStudents(client, ids, nowMs, opts));
    students += r.written;
    alerts += r.alerts;
    after = ids[ids.length - 1] as string;
  }
  return { students, alerts };
}
