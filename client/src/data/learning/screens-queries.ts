import { useQuery, useStatus } from '@powersync/react';
import { assessBurnout, type BurnoutAssessment } from '@cr/shared/engine/burnout/burnout';
import { evidenceByConcept, masteryDisplay, type ConceptEvidence, type MasteryDisplay } from '@cr/shared/engine/display/mastery-display';
import { cohortStanding, predictRankFromResults, type CohortStanding, type RankPrediction } from '@cr/shared/engine/rank/predicted-rank';
import type { Learner } from './learner.ts';
import { conceptViews } from './learning-views.ts';

/**
 * The device side of the predicted rank, the honest mastery display and burnout care. The rank
 * reads the same published result rows as /api/user/dashboard (newest 10, benchmark cohort size
 * from the synced benchmark) and runs the same engine function, so both show the same figures.
 */

interface RankRow {
  test_type: string;
  total_score: number;
  total_marks: number;
  at: string | null;
  percentile: number | null;
  global_rank: number | null;
  candidates: number | null;
}

export interface RankView {
  prediction: RankPrediction | undefined;
  cohort: CohortStanding | null;
}

export function useRankView(studentId: string): { view: RankView; isLoading: boolean } {
  const q = useQuery<RankRow>(
    `SELECT t.test_type, t.total_score, t.total_marks, coalesce(t.submitted_at, t.test_date) AS at, t.percentile, t.global_rank, b.candidates
       FROM test_results t LEFT JOIN benchmarks b ON t.test_type = 'MONTHLY' AND b.id = t.test_id
      WHERE t.student_id = ? ORDER BY coalesce(t.submitted_at, t.test_date) DESC LIMIT 10`,
    [studentId],
  );
  const rows = q.data;
  const prediction = predictRankFromResults(rows.map((r) => ({ testType: r.test_type, totalScore: Number(r.total_score), totalMarks: Number(r.total_marks), at: r.at ?? '' })));
  const bench = rows.find((r) => r.test_type === 'MONTHLY');
  return { view: { prediction, cohort: bench ? cohortStanding(bench.global_rank, bench.percentile, bench.candidates) : null }, isLoading: q.isLoading };
}

/** Per-concept evidence from the answers folded into the learner (the same events as mastery). */
export function conceptEvidence(learner: Learner): Map<string, ConceptEvidence> {
  return evidenceByConcept(learner.state.events);
}

/**
 * Burnout care from this device's own answers, at once and offline: the engine's assessment over
 * the last 14 days in the device's timezone. The review backlog history is not kept on the
 * device, so the backlog signal is left out here (the server's nightly measure includes it).
 */
export function careAssessment(learner: Learner): BurnoutAssessment {
  return assessBurnout({ attempts: learner.state.events, backlog: [], nowMs: learner.nowMs, utcOffsetMinutes: -new Date(learner.nowMs).getTimezoneOffset() });
}

/** What each concept may show (see the engine's display contract), from the map's concept views. */
export function conceptDisplays(learner: Learner, views: ReadonlyMap<string, { readonly mastery: number; readonly revealed: boolean }>): Map<string, MasteryDisplay> {
  const evidence = conceptEvidence(learner);
  const none: ConceptEvidence = { answered: 0, correct: 0, lastAtMs: null };
  const out = new Map<string, MasteryDisplay>();
  for (const [id, v] of views) out.set(id, masteryDisplay(v.mastery, evidence.get(id) ?? none, !v.revealed, learner.nowMs));
  return out;
}

/** Whether the question bank is on the device: the first full sync has completed (persisted across restarts). */
export interface ContentSync {
  readonly ready: boolean;
  /** Not synced and no connection: nothing will arrive until the device is online. */
  readonly stuck: boolean;
  /** Share of the first download done, 0–1, when known. */
  readonly fraction: number | null;
}

export function useContentSync(): ContentSync {
  const status = useStatus();
  const ready = status.hasSynced === true;
  const progress = status.downloadProgress;
  const online = typeof navigator === 'undefined' ? true : navigator.onLine;
  return { ready, stuck: !ready && !online && !status.connecting && !status.connected, fraction: progress ? progress.downloadedFraction : null };
}

/**
 * Subject figures that follow the display contract: the mean over the subject's concepts of what
 * each concept may show (unanswered, locked and never-right concepts count 0), and how many
 * concepts have answers behind it.
 */
export function subjectShares(learner: Learner): Map<string, { share: number; measured: number }> {
  const displays = conceptDisplays(learner, conceptViews(learner));
  const acc = new Map<string, { sum: number; concepts: number; measured: number }>();
  for (const [id, concept] of learner.ctx.concepts) {
    const d = displays.get(id);
    const cur = acc.get(concept.subject) ?? { sum: 0, concepts: 0, measured: 0 };
    cur.concepts++;
    if (d && (d.band === 'low' || d.band === 'mid' || d.band === 'high')) cur.sum += d.share;
    if (d && d.band !== 'none' && d.band !== 'locked') cur.measured++;
    acc.set(concept.subject, cur);
  }
  return new Map([...acc].map(([s, a]) => [s, { share: a.concepts === 0 ? 0 : a.sum / a.concepts, measured: a.measured }]));
}
