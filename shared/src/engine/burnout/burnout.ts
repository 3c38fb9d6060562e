import { computeSignals, type SignalInput, type SignalName, type Signals } from './signals.ts';

/**
 * Fatigue, stress and burnout risk (each 0–1) as weighted blends of the behavioural signals,
 * each with the reasons that drove it (the signals that contributed, largest first).
 *
 * - fatigue: the body is tired — long and late sessions, rapid guessing.
 * - stress: the work is piling up — falling accuracy, growing backlog, late nights, answering
 *   without reading.
 * - burnout risk: disengagement on top of fatigue and stress — broken streaks, gaps.
 */

/** One reason: a signal, its level (0–1), its share of the score, and a plain sentence. */
export interface Reason {
  readonly signal: SignalName;
  readonly level: number;
  readonly contribution: number;
  readonly text: string;
}

/** A score 0–1 with its reasons. */
export interface CareScore {
  readonly score: number;
  readonly reasons: readonly Reason[];
}

/** The three scores. */
export interface BurnoutAssessment {
  readonly fatigue: CareScore;
  readonly stress: CareScore;
  readonly burnoutRisk: CareScore;
  readonly signals: Signals;
}

const WEIGHTS: Readonly<Record<'fatigue' | 'stress' | 'burnoutRisk', Partial<Record<SignalName, number>>>> = {
  fatigue: { longSessions: 0.35, lateNight: 0.35, rapidGuessing: 0.3 },
  stress: { fallingAccuracy: 0.35, growingBacklog: 0.35, lateNight: 0.15, rapidGuessing: 0.15, rushedGuessing: 0.3 },
  // Rushed guessing alone (answers given without reading, accuracy near chance) is disengagement
  // enough to reach the coach alert threshold: its weight is above BURNOUT_ALERT_THRESHOLD.
  burnoutRisk: {
    rushedGuessing: 0.35,
    brokenStreak: 0.2,
    sessionGaps: 0.15,
    fallingAccuracy: 0.15,
    rapidGuessing: 0.15,
    growingBacklog: 0.15,
    lateNight: 0.1,
    longSessions: 0.1,
  },
};

/** Reasons below this contribution are not shown. */
const MIN_CONTRIBUTION = 0.02;

function describe(name: SignalName, figure: number): string {
  const pct = (x: number): string => `${Math.round(x * 100)}%`;
  switch (name) {
    case 'rapidGuessing':
      return `${pct(figure)} of answers were rapid guesses`;
    case 'rushedGuessing':
      return `${pct(figure)} of answers were wrong and given in under 5 seconds`;
    case 'fallingAccuracy':
      return `accuracy fell by ${pct(figure)} over the last week`;
    case 'lateNight':
      return `${pct(figure)} of sessions ended between 23:00 and 05:00`;
    case 'longSessions':
      return `${pct(figure)} of sessions ran longer than 2.5 hours`;
    case 'growingBacklog':
      return `review backlog grew by ${pct(figure)}`;
    case 'brokenStreak':
      return `a study streak broke ${figure} days ago`;
    case 'sessionGaps':
      return `${figure} days without study`;
  }
}

function blend(signals: Signals, weights: Partial<Record<SignalName, number>>): CareScore {
  const reasons: Reason[] = [];
  let score = 0;
  for (const [name, w] of Object.entries(weights) as [SignalName, number][]) {
    const { level, figure } = signals[name];
    const contribution = w * level;
    score += contribution;
    if (contribution >= MIN_CONTRIBUTION) reasons.push({ signal: name, level, contribution, text: describe(name, figure) });
  }
  reasons.sort((a, b) => b.contribution - a.contribution || (a.signal < b.signal ? -1 : 1));
  // Weights may sum past 1; above it the contributions are scaled so the reasons still add up
  // to (at most) the score shown.
  if (score <= 1) return { score, reasons };
  return { score: 1, reasons: reasons.map((r) => ({ ...r, contribution: r.contribution / score })) };
}

/** Assess a student over the window ending at `input.nowMs` (epoch ms). */
export function assessBurnout(input: SignalInput): BurnoutAssessment {
  const signals = computeSignals(input);
  return {
    fatigue: blend(signals, WEIGHTS.fatigue),
    stress: blend(signals, WEIGHTS.stress),
    burnoutRisk: blend(signals, WEIGHTS.burnoutRisk),
    signals,
  };
}

/**
 * Burnout risk at or above which the coach is alerted (0–1). Chosen on simulator seed 7 (equal
 * precision and recall); `bench/burnout-sim.ts` reports it on another seed.
 */
export const BURNOUT_ALERT_THRESHOLD = 0.3;
