import { SUBJECTS, type Subject } from '../../schemas/content.ts';

/**
 * Subject strategy: how daily study time is split across Maths, Physics and Chemistry. Each
 * subject carries a third of JEE marks, so the split starts equal and leans towards the subject
 * with the most to gain: low mastery and uncovered syllabus. Every subject keeps a floor so none
 * is abandoned.
 */

/** The student's position in one subject. */
export interface SubjectStanding {
  /** Exam-weighted mean mastery, 0–1. */
  readonly mastery: number;
  /** Share of the subject's exam weight studied, 0–1. */
  readonly coverage: number;
}

/** Minutes per subject plus the label that explains the allocation. */
export interface SubjectAllocation {
  readonly subject: Subject;
  readonly minutes: number;
  /** 0–1 share of the day. */
  readonly share: number;
  readonly focus: 'STRENGTHEN' | 'BALANCE' | 'MAINTAIN';
}

/** Least share of the day any subject gets, 0–1. */
export const SUBJECT_FLOOR_SHARE = 0.2;

/**
 * Split `totalMinutes` (minutes) across subjects. Need per subject = (1 − mastery) + 0.5 ×
 * (1 − coverage) + 0.1; shares are proportional to need, with any subject below the floor
 * pinned to it. Minutes are
 * rounded down to whole minutes and the remainder goes to the neediest subject, so they sum to
 * `totalMinutes` exactly. Deterministic.
 */
export function splitStudyTime(standing: Readonly<Record<Subject, SubjectStanding>>, totalMinutes: number): SubjectAllocation[] {
  const need = SUBJECTS.map((s) => (1 - clamp01(standing[s].mastery)) + 0.5 * (1 - clamp01(standing[s].coverage)) + 0.1);
  let shares: number[] = [];
  // Water-filling: subjects under the floor are pinned to it, the rest share what remains by need.
  const pinned = new Set<number>();
  for (let changed = true; changed; ) {
    changed = false;
    const free = need.reduce((a, n, i) => (pinned.has(i) ? a : a + n), 0);
    const left = 1 - pinned.size * SUBJECT_FLOOR_SHARE;
    shares = need.map((n, i) => (pinned.has(i) ? SUBJECT_FLOOR_SHARE : (n / free) * left));
    shares.forEach((s, i) => {
      if (!pinned.has(i) && s < SUBJECT_FLOOR_SHARE) {
        pinned.add(i);
        changed = true;
      }
    });
  }
  const total = Math.max(0, Math.floor(totalMinutes));
  const minutes = shares.map((s) => Math.floor(s * total));
  const neediest = need.indexOf(Math.max(...need));
  minutes[neediest] = (minutes[neediest] as number) + total - minutes.reduce((a, b) => a + b, 0);
  const maxNeed = Math.max(...need);
  const minNeed = Math.min(...need);
  return SUBJECTS.map((subject, i) => ({
    subject,
    minutes: minutes[i] as number,
    share: shares[i] as number,
    focus: maxNeed - minNeed < 0.1 ? 'BALANCE' : need[i] === maxNeed ? 'STRENGTHEN' : need[i] === minNeed ? 'MAINTAIN' : 'BALANCE',
  }));
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
