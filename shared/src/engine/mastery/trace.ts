/**
 * A student's running evidence counters — the sufficient statistics the mastery model reads —
 * and the student's own model weights (ability, per-concept and per-question offsets). Counts are
 * fractional because evidence reaches related concepts in shares (0–1). Population weights live
 * in the model (logistic-model.ts); everything personal lives here, so it never leaks into the
 * parameters the server ships.
 */

/** A personal weight and its Adagrad accumulator. */
export interface PersonalWeight {
  w: number;
  a: number;
}

/** Evidence on one concept (skill) or one question (item). */
export interface Evidence {
  /** Weighted number of attempts. */
  attempts: number;
  /** Weighted number of correct attempts. */
  wins: number;
  /** `trace.step` of the latest direct attempt, −1 if never attempted directly. */
  lastStep: number;
  /** Outcome of the latest direct attempt: 1 correct, 0 wrong. Meaningless while lastStep = −1. */
  lastCorrect: number;
  /** Time of the latest direct attempt, epoch ms; 0 when unknown. */
  lastMs: number;
  /** Recent accuracy on this concept/question, 0–1 (EWMA of direct answers, weight `LOCAL_ALPHA`). */
  recent: number;
  /** The student's own logit offset on this concept/question (features `us:`/`ui:`). */
  readonly personal: PersonalWeight;
}

/** All counters for one student. `step` counts the student's answers (an interaction clock). */
export interface StudentTrace {
  readonly studentId: string;
  step: number;
  attempts: number;
  wins: number;
  /**
   * Recent accuracy over all concepts at three time scales (EWMA weights in `RECENT_ALPHAS`:
   * the last ~3, ~10 and ~100 answers), 0–1. Students drift (fatigue, learning), and the three
   * scales let the model separate a bad session from a weak student.
   */
  readonly recent: [number, number, number];
  /** The student's ability (feature `u:`), logit units. */
  readonly ability: PersonalWeight;
  readonly skills: Map<string, Evidence>;
  readonly items: Map<string, Evidence>;
}

/** EWMA weights of the newest answer in `StudentTrace.recent`. */
export const RECENT_ALPHAS = [0.4, 0.1, 0.01] as const;
/** EWMA weight of the newest answer in `Evidence.recent`. */
export const LOCAL_ALPHA = 0.3;
/** Starting Adagrad accumulator of a weight: damps the very first steps. */
export const INITIAL_ACCUMULATOR = 1;
/** Starting value of every recent-accuracy average: a neutral prior (most practice is answered right). */
export const RECENT_PRIOR = 0.7;

/**
 * A fresh, empty trace. `recentPrior` (0–1) starts the student's recent-accuracy averages: the
 * population's accuracy on a new student's first answers when the server has calibrated it
 * (`MasteryModel.recentPrior`), else `RECENT_PRIOR`.
 */
export function createTrace(studentId: string, recentPrior: number = RECENT_PRIOR): StudentTrace {
  return {
    studentId,
    step: 0,
    attempts: 0,
    wins: 0,
    recent: [recentPrior, recentPrior, recentPrior],
    ability: { w: 0, a: INITIAL_ACCUMULATOR },
    skills: new Map(),
    items: new Map(),
  };
}

/** The evidence on `key`, created empty if absent. */
export function evidenceFor(map: Map<string, Evidence>, key: string): Evidence {
  let e = map.get(key);
  if (e === undefined) {
    e = { attempts: 0, wins: 0, lastStep: -1, lastCorrect: 0, lastMs: 0, recent: RECENT_PRIOR, personal: { w: 0, a: INITIAL_ACCUMULATOR } };
    map.set(key, e);
  }
  return e;
}

/** Deep copy (for snapshots and the incremental-equals-full-fold check). */
export function cloneTrace(t: StudentTrace): StudentTrace {
  const copy = (m: Map<string, Evidence>): Map<string, Evidence> => new Map([...m].map(([k, v]) => [k, { ...v, personal: { ...v.personal } }]));
  return { ...t, recent: [...t.recent], ability: { ...t.ability }, skills: copy(t.skills), items: copy(t.items) };
}

function markDirect(ev: Evidence, w: number, y: 0 | 1, step: number, atMs: number): void {
  ev.attempts += w;
  ev.wins += w * y;
  ev.lastStep = step;
  ev.lastCorrect = y;
  ev.lastMs = atMs;
  ev.recent += LOCAL_ALPHA * w * (y - ev.recent);
}

/**
 * Record one answer. `weight` (0–1) discounts doubtful evidence; `related` concepts receive
 * `share × weight` of the counts but are not marked as directly attempted.
 */
export function recordAnswer(
  trace: StudentTrace,
  direct: { readonly itemId: string; readonly skills: readonly { id: string; share: number }[]; readonly atMs?: number },
  y: 0 | 1,
  weight: number,
  related: readonly { id: string; share: number }[],
): void {
  recordAnswerWith(trace, direct, y, weight, related, undefined, undefined);
}

/**
 * `recordAnswer` with the evidence already looked up: `skillEv[j]` the trace's entry for
 * `direct.skills[j]` and `itemEv` for the question, each `undefined` when not known (then it is
 * looked up or created here).
 */
export function recordAnswerWith(
  trace: StudentTrace,
  direct: { readonly itemId: string; readonly skills: readonly { id: string; share: number }[]; readonly atMs?: number },
  y: 0 | 1,
  weight: number,
  related: readonly { id: string; share: number }[],
  skillEv: readonly (Evidence | undefined)[] | undefined,
  itemEv: Evidence | undefined,
): void {
  trace.attempts += weight;
  trace.wins += weight * y;
  for (let k = 0; k < RECENT_ALPHAS.length; k++) {
    trace.recent[k] = (trace.recent[k] as number) + (RECENT_ALPHAS[k] as number) * weight * (y - (trace.recent[k] as number));
  }
  const atMs = direct.atMs ?? 0;
  const skills = direct.skills;
  for (let j = 0; j < skills.length; j++) {
    const { id, share } = skills[j] as { id: string; share: number };
    markDirect(skillEv?.[j] ?? evidenceFor(trace.skills, id), share * weight, y, trace.step, atMs);
  }
  for (const { id, share } of related) {
    const ev = evidenceFor(trace.skills, id);
    ev.attempts += share * weight;
    ev.wins += share * weight * y;
  }
  if (direct.itemId !== '') markDirect(itemEv ?? evidenceFor(trace.items, direct.itemId), weight, y, trace.step, atMs);
  trace.step++;
}
