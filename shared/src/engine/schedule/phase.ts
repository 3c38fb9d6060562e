/**
 * Preparation phases. Inputs: days to the exam target, syllabus coverage (share of exam weight
 * whose concepts the student has studied, 0–1) and mastery (exam-weighted mean, 0–1).
 *
 * Rules, first match wins:
 * 1. FINAL_SPRINT  — ≤ 14 days left: reviews and full mocks; no time share for new learning, and
 *                    `planDay` admits a new concept only when it adds more exam-day marks per
 *                    minute than a review.
 * 2. REVISION      — ≤ 60 days left: reviews, weak spots, weekly mocks; new concepts only if
 *                    coverage < 0.9 (the highest-weight ones).
 * 3. FOUNDATION    — coverage < 0.3: learn layer-1/2 concepts, light review.
 * 4. EXPANSION     — coverage < 0.85: learn new concepts steadily; `behind` when fewer than
 *                    `coverage`-proportional days remain (see below).
 * 5. CONSOLIDATION — otherwise: syllabus covered; raise mastery with reviews and practice.
 *
 * The time mix (shares summing to 1) shifts from new learning to review and tests as the exam
 * nears, and towards review when mastery is low.
 */

export type Phase = 'FOUNDATION' | 'EXPANSION' | 'CONSOLIDATION' | 'REVISION' | 'FINAL_SPRINT';

/** Inputs to `determinePhase`. */
export interface PhaseInput {
  /** Whole days until the exam target (negative: the date has passed). */
  readonly daysToExam: number;
  /** Share of exam weight studied, 0–1. */
  readonly coverage: number;
  /** Exam-weighted mean mastery, 0–1. */
  readonly mastery: number;
}

/** A phase with its daily time mix (shares 0–1 summing to 1) and the reasons behind it. */
export interface PhasePlan {
  readonly phase: Phase;
  readonly mix: { readonly learnNew: number; readonly review: number; readonly tests: number };
  /** True when the remaining uncovered syllabus needs more days than are left at a steady pace. */
  readonly behind: boolean;
  readonly reasons: readonly string[];
}

/** Days of steady study one unit (1.0) of syllabus coverage takes; used for the `behind` flag. */
export const DAYS_PER_FULL_SYLLABUS = 300;

function mix(learnNew: number, review: number, tests: number): PhasePlan['mix'] {
  const s = learnNew + review + tests;
  return { learnNew: learnNew / s, review: review / s, tests: tests / s };
}

/** Determine the phase and its time mix; see the rules above. */
export function determinePhase(input: PhaseInput): PhasePlan {
  const days = input.daysToExam;
  const coverage = Math.min(1, Math.max(0, input.coverage));
  const mastery = Math.min(1, Math.max(0, input.mastery));
  const behind = (1 - coverage) * DAYS_PER_FULL_SYLLABUS > Math.max(0, days - 60);
  const weak = 1 - mastery; // more review when mastery is low
  const reasons: string[] = [`${days} days to exam`, `coverage ${(coverage * 100).toFixed(0)}%`, `mastery ${(mastery * 100).toFixed(0)}%`];
  if (behind) reasons.push('uncovered syllabus needs more days than remain: prioritise high-weight concepts');
  if (days <= 14) return { phase: 'FINAL_SPRINT', mix: mix(0, 0.5, 0.5), behind, reasons: [...reasons, '≤ 14 days: reviews first, new concepts only where they add more exam-day marks'] };
  if (days <= 60) {
    return {
      phase: 'REVISION',
      mix: mix(coverage < 0.9 ? 0.15 : 0, 0.5 + 0.2 * weak, 0.3),
      behind,
      reasons: [...reasons, '≤ 60 days: revise and take mocks'],
    };
  }
  if (coverage < 0.3) return { phase: 'FOUNDATION', mix: mix(0.7, 0.25 + 0.1 * weak, 0.05), behind, reasons: [...reasons, 'coverage < 30%'] };
  if (coverage < 0.85) return { phase: 'EXPANSION', mix: mix(0.55, 0.3 + 0.15 * weak, 0.15), behind, reasons: [...reasons, 'coverage < 85%'] };
  return { phase: 'CONSOLIDATION', mix: mix(0.15, 0.55 + 0.2 * weak, 0.3), behind, reasons: [...reasons, 'syllabus covered'] };
}
