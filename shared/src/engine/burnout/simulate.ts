import { createPrng, randomInt, type Prng } from '../prng.ts';
import type { BehaviourAttempt, SignalInput } from './signals.ts';
import { DAY_MS } from '../../time.ts';

/**
 * A seeded simulator of students with known ground truth, to validate burnout detection.
 * Healthy students vary (night owls, crammers with long sessions, a trip that breaks the streak);
 * students burning out drift from an onset day: later and longer sessions at first, then
 * skipped days, falling accuracy, rapid guessing and a growing backlog. Rushed guessers (only
 * when asked for) click through questions: many answers, most wrong in a few seconds, accuracy
 * near chance; they count as burning out (disengaged) in the ground truth.
 */

/** One simulated student. */
export interface SimulatedStudent {
  readonly id: string;
  /** Ground truth. */
  readonly burningOut: boolean;
  readonly input: SignalInput;
}

const MIN_MS = 60_000;
/** IST, the simulated students' timezone (minutes). */
const IST = 330;

type Profile = 'steady' | 'nightOwl' | 'crammer' | 'traveller' | 'burningOut' | 'rushedGuesser';

function profileOf(rng: Prng, burnoutShare: number, rushedShare: number): Profile {
  // The extra draw only when rushed guessers are asked for keeps older seeds' populations identical.
  if (rushedShare > 0 && rng() < rushedShare) return 'rushedGuesser';
  if (rng() < burnoutShare) return 'burningOut';
  const r = rng();
  return r < 0.55 ? 'steady' : r < 0.7 ? 'nightOwl' : r < 0.85 ? 'crammer' : 'traveller';
}

/**
 * A student clicking through: studies most days in ordinary sessions, but answers most questions
 * in 1–4.5 s (right by chance, 1 in 4) and the rest at 35 % accuracy.
 */
function simulateRushed(rng: Prng, id: string, startMs: number, days: number): SimulatedStudent {
  const attempts: BehaviourAttempt[] = [];
  const backlog: number[] = [];
  const rushShare = 0.7 + 0.25 * rng();
  let due = 10 + randomInt(rng, 20);
  let n = 0;
  for (let d = 0; d < days; d++) {
    backlog.push(due);
    due = Math.max(0, due + randomInt(rng, 5) - 1);
    if (rng() > 0.85) continue;
    let at = startMs + d * DAY_MS + ((17 + rng() * 4) * 60 - IST) * MIN_MS;
    const end = at + (20 + rng() * 60) * MIN_MS;
    while (at < end) {
      const rushed = rng() < rushShare;
      const rt = rushed ? 1_000 + rng() * 3_500 : 30_000 + rng() * 90_000;
      at += rt + rng() * 5_000;
      attempts.push({
        id: `${id}-${String(n++).padStart(6, '0')}`,
        question_id: `q${randomInt(rng, 500)}`,
        correct: rng() < (rushed ? 0.25 : 0.35),
        response_time_ms: Math.round(rt),
        device_time_ms: Math.round(at),
      });
    }
  }
  return { id, burningOut: true, input: { attempts, backlog, nowMs: startMs + days * DAY_MS, utcOffsetMinutes: IST, windowDays: 14 } };
}

function simulateOne(rng: Prng, id: string, profile: Profile, startMs: number, days: number): SimulatedStudent {
  if (profile === 'rushedGuesser') return simulateRushed(rng, id, startMs, days);
  const attempts: BehaviourAttempt[] = [];
  const backlog: number[] = [];
  const onset = days - 8 - randomInt(rng, 6); // burnout begins 8–13 days before now
  const baseAcc = 0.6 + 0.2 * rng();
  let due = 10 + randomInt(rng, 20);
  const trip = profile === 'traveller' ? days - 6 - randomInt(rng, 6) : -1;
  let n = 0;
  for (let d = 0; d < days; d++) {
    const t = profile === 'burningOut' ? Math.max(0, (d - onset) / (days - onset)) : 0; // 0 → 1 severity
    backlog.push(due);
    const studies = d >= trip && d < trip + 3 ? false : rng() < 0.9 - 0.6 * t;
    const finalBreak = profile === 'burningOut' && d >= days - 3 && rng() < 0.6;
    if (!studies || finalBreak) {
      due += 3 + randomInt(rng, 4);
      continue;
    }
    const sessions = 1 + (rng() < 0.4 ? 1 : 0);
    for (let s = 0; s < sessions; s++) {
      const late = profile === 'nightOwl' ? rng() < 0.3 : rng() < 0.05 + 0.6 * t;
      const startHour = late ? 23 + rng() * 2 : 16 + rng() * 5 + s * 2;
      const longish = profile === 'crammer' ? rng() < 0.35 : rng() < 0.05 + 0.5 * t;
      const minutes = longish ? 160 + rng() * 80 : 30 + rng() * 90;
      let at = startMs + d * DAY_MS + (startHour * 60 - IST) * MIN_MS;
      const end = at + minutes * MIN_MS;
      while (at < end) {
        const rapid = rng() < 0.03 + 0.25 * t;
        const rt = rapid ? 1_000 + rng() * 3_000 : 40_000 + rng() * 140_000;
        at += rt + rng() * 20_000;
        attempts.push({
          id: `${id}-${String(n++).padStart(6, '0')}`,
          question_id: `q${randomInt(rng, 500)}`,
          correct: rng() < (rapid ? 0.25 : baseAcc - 0.3 * t),
          response_time_ms: Math.round(rt),
          device_time_ms: Math.round(at),
        });
      }
    }
    due = Math.max(0, due + randomInt(rng, 7) - 3 - (profile === 'burningOut' ? 0 : 1) + Math.round(8 * t));
  }
  return {
    id,
    burningOut: profile === 'burningOut',
    input: { attempts, backlog, nowMs: startMs + days * DAY_MS, utcOffsetMinutes: IST, windowDays: 14 },
  };
}

/**
 * `count` students over `days` days (default 28) from `startMs` (epoch ms), deterministic for
 * `seed`; `rushedShare` (0–1, default 0) of them are rushed guessers.
 */
export function simulateStudents(seed: number, count: number, burnoutShare = 0.3, startMs = 1_767_225_600_000, days = 28, rushedShare = 0): SimulatedStudent[] {
  const rng = createPrng(seed);
  return Array.from({ length: count }, (_, i) => simulateOne(rng, `sim${i}`, profileOf(rng, burnoutShare, rushedShare), startMs, days));
}

/** Precision and recall (0–1) of predicted positives against ground truth. */
export function precisionRecall(truth: readonly boolean[], predicted: readonly boolean[]): { precision: number; recall: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  truth.forEach((t, i) => {
    if (predicted[i] && t) tp++;
    else if (predicted[i]) fp++;
    else if (t) fn++;
  });
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}
