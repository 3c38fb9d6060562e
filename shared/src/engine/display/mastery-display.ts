import { DAY_MS } from '../../time.ts';
/**
 * What a screen may say about a student's mastery of a concept. The engine's estimate starts
 * from a prior (what students like this one usually know), which is right for scheduling and
 * wrong to show as a fact: "57 %" after 0 of 3 correct is the prior speaking. So the figure shown
 * is capped by the student's own evidence, and is never shown without it:
 * - locked concepts show no mastery at all;
 * - no answer yet: "not started";
 * - answers but none correct: no percentage, only "0 of n correct";
 * - otherwise min(engine estimate, Laplace-smoothed accuracy (correct + 1) / (answered + 2)), with
 *   the evidence beside it ("2 of 7 correct, last 3 days ago").
 * Pure: `nowMs` is a parameter.
 */

/** The student's own evidence on one concept. */
export interface ConceptEvidence {
  /** Answers given (final answers; practice and tests). */
  readonly answered: number;
  readonly correct: number;
  /** Epoch ms of the latest answer, or null. */
  readonly lastAtMs: number | null;
}

/** The display band (no "getting there" without a correct answer). */
export type DisplayBand = 'locked' | 'none' | 'noCorrect' | 'low' | 'mid' | 'high';

export type MasteryDisplay =
  | { readonly band: 'locked' }
  | { readonly band: 'none' }
  | { readonly band: 'noCorrect'; readonly answered: number; readonly daysAgo: number | null }
  | { readonly band: 'low' | 'mid' | 'high'; readonly share: number; readonly answered: number; readonly correct: number; readonly daysAgo: number | null };

/** Band thresholds on the shown share (0–1), as the knowledge map's legend. */
export const MASTERY_BANDS = { mid: 0.5, high: 0.85 } as const;


/** The figure a screen may show for one concept. `mastery` is the engine's estimate (0–1). */
export function masteryDisplay(mastery: number, evidence: ConceptEvidence, locked: boolean, nowMs: number): MasteryDisplay {
  if (locked) return { band: 'locked' };
  if (evidence.answered <= 0) return { band: 'none' };
  const daysAgo = evidence.lastAtMs === null ? null : Math.max(0, Math.floor((nowMs - evidence.lastAtMs) / DAY_MS));
  if (evidence.correct <= 0) return { band: 'noCorrect', answered: evidence.answered, daysAgo };
  const observed = (evidence.correct + 1) / (evidence.answered + 2);
  const share = Math.max(0, Math.min(1, mastery, observed));
  const band = share >= MASTERY_BANDS.high ? 'high' : share >= MASTERY_BANDS.mid ? 'mid' : 'low';
  return { band, share, answered: evidence.answered, correct: evidence.correct, daysAgo };
}

/** Evidence per concept from answer events (primary concept only: that is what the answer tests). */
export function evidenceByConcept(events: Iterable<{ readonly concept_id: string; readonly correct: boolean; readonly device_time_ms: number }>): Map<string, ConceptEvidence> {
  const out = new Map<string, { answered: number; correct: number; lastAtMs: number | null }>();
  for (const e of events) {
    const cur = out.get(e.concept_id) ?? { answered: 0, correct: 0, lastAtMs: null };
    cur.answered++;
    if (e.correct) cur.correct++;
    if (e.device_time_ms > 0 && (cur.lastAtMs === null || e.device_time_ms > cur.lastAtMs)) cur.lastAtMs = e.device_time_ms;
    out.set(e.concept_id, cur);
  }
  return out;
}

/** Share (0–1) a group of concepts may show: the mean of shown shares over concepts with evidence; null with none. */
export function groupShare(displays: readonly MasteryDisplay[]): { share: number | null; measured: number } {
  let sum = 0;
  let n = 0;
  for (const d of displays) {
    if (d.band === 'noCorrect') n++;
    else if (d.band === 'low' || d.band === 'mid' || d.band === 'high') {
      sum += d.share;
      n++;
    }
  }
  return { share: n === 0 ? null : sum / n, measured: n };
}
