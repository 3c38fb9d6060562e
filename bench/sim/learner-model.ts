import { randomNormal, type Prng } from '../../shared/src/engine/index.ts';
import { DAY_MS } from '../../shared/src/time.ts';

/**
 * Ground truth for `sim:study`: a simulated student's memory and understanding, deliberately
 * NOT the engine's model (no FSRS, no logistic regression), so a planner cannot win by
 * matching its own assumptions.
 *
 * Per concept: understanding `q` (0–1, what a retrieval can produce) and memory stability `S`
 * (days until recall falls to 90 %, exponential forgetting R = 0.9^(Δt/S)).
 * - Learning a concept: q₀ = sigmoid(aptitude + 0.5) × readiness, readiness = Π over HARD
 *   prerequisites (0.35 + 0.65 × known_p) × Π over SOFT ones (0.85 + 0.15 × known_p), known_p =
 *   q_p × R_p (0 if never learned). Learning on top of missing prerequisites mostly fails.
 *   S₀ = 1 + 1.5 q₀ days.
 * - A question: P(right) = 0.22 + 0.73 × (retrieved ? q : 0) (guessing floor, slips).
 * - A review: retrieval succeeds with probability R. Success multiplies S by 1.3 + 3 (1 − R)
 *   (spacing effect: little gain from massed repeats, much from effortful recall) and raises q;
 *   failure halves S (at least 0.8 d) and the worked solution raises q a little.
 * - Practising a concept is a partial retrieval of what it builds on: each learned HARD
 *   prerequisite is retrieved with probability 0.5 × edge weight (SOFT 0.25 × weight), with half
 *   the stability gain of a review on success.
 * - Exam: the expected share of marks known = Σ weight × q × R on the exam day.
 */

export interface TrueConcept {
  learned: boolean;
  q: number;
  /** Days. */
  S: number;
  /** Epoch ms of the last retrieval. */
  last: number;
  aptitude: number;
}

export interface Edge {
  readonly prerequisite_id: string;
  readonly weight: number;
  readonly criticality: 'HARD' | 'SOFT';
}

const DAY = DAY_MS;

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export class TrueLearner {
  readonly concepts = new Map<string, TrueConcept>();

  constructor(
    readonly rng: Prng,
    ability: number,
    conceptDifficulty: ReadonlyMap<string, number>,
    readonly prerequisites: ReadonlyMap<string, readonly Edge[]>,
  ) {
    for (const [id, d] of conceptDifficulty) {
      this.concepts.set(id, { learned: false, q: 0, S: 1, last: 0, aptitude: ability - 0.35 * (d - 3) + 0.7 * randomNormal(rng) });
    }
  }

  /** True recall probability of a learned concept at `t` (0 when never learned). */
  recall(id: string, t: number): number {
    const c = this.concepts.get(id)!;
    if (!c.learned) return 0;
    return Math.pow(0.9, Math.max(0, t - c.last) / DAY / c.S);
  }

  known(id: string, t: number): number {
    const c = this.concepts.get(id)!;
    return c.learned ? c.q * this.recall(id, t) : 0;
  }

  private answer(q: number, retrieved: boolean): boolean {
    return this.rng() < 0.22 + 0.73 * (retrieved ? q : 0);
  }

  /** Learn a new concept at `t` and answer `questions` practice questions; returns outcomes. */
  learn(id: string, t: number, questions: number): boolean[] {
    const c = this.concepts.get(id)!;
    let readiness = 1;
    for (const e of this.prerequisites.get(id) ?? []) {
      const k = this.known(e.prerequisite_id, t);
      readiness *= e.criticality === 'HARD' ? 0.35 + 0.65 * k : 0.85 + 0.15 * k;
    }
    const q0 = sigmoid(c.aptitude + 0.5) * readiness;
    if (!c.learned) {
      c.learned = true;
      c.q = q0;
      c.S = 1 + 1.5 * q0;
    } else c.q = Math.max(c.q, q0);
    c.last = t;
    const out: boolean[] = [];
    for (let i = 0; i < questions; i++) {
      const right = this.answer(c.q, true);
      if (right) c.q += 0.04 * (1 - c.q);
      out.push(right);
    }
    this.implicit(id, t);
    return out;
  }

  /** Review a concept at `t` with `questions` questions; returns outcomes. */
  review(id: string, t: number, questions: number): boolean[] {
    const c = this.concepts.get(id)!;
    if (!c.learned) return this.learn(id, t, questions);
    const r = this.recall(id, t);
    const retrieved = this.rng() < r;
    const out: boolean[] = [];
    for (let i = 0; i < questions; i++) out.push(this.answer(c.q, retrieved));
    if (retrieved) {
      c.S *= 1.3 + 3 * (1 - r);
      c.q += 0.12 * (1 - c.q);
    } else {
      c.S = Math.max(0.8, c.S * 0.5);
      c.q += 0.06 * (1 - c.q);
    }
    c.last = t;
    if (retrieved) this.implicit(id, t);
    return out;
  }

  private implicit(id: string, t: number): void {
    for (const e of this.prerequisites.get(id) ?? []) {
      const p = this.concepts.get(e.prerequisite_id);
      if (p === undefined || !p.learned) continue;
      if (this.rng() >= (e.criticality === 'HARD' ? 0.5 : 0.25) * e.weight) continue;
      const r = this.recall(e.prerequisite_id, t);
      if (this.rng() >= r) continue;
      p.S *= 1 + 0.5 * (0.3 + 3 * (1 - r));
      p.last = t;
    }
  }
}
