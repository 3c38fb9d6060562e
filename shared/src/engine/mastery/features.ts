import type { Evidence, StudentTrace } from './trace.ts';

/**
 * Feature extraction for the mastery model: Best-LR/PFA-style counts (Gervet et al. 2020) plus
 * recency and first-encounter effects, in three groups by where the weight lives.
 *
 * Dense population features (fixed index, names in `DENSE_FEATURES`):
 * `b` bias; `R0`/`R1`/`R2` the student's recent accuracy − 0.5 at three time scales; per concept
 * (times its share) `SF` first direct encounter, else `SA`/`SW` log(1+attempts)/log(1+wins)
 * (PFA), `SL1`/`SL0` last answer right/wrong, `SG` log(1+answers since), `SB<k>|<last>` a learned
 * forgetting curve over log2 buckets of that gap, `SR` recent accuracy on it − 0.5, `ST`
 * log(1+hours since) when times are known; per question `d` author difficulty (3 − d)/2, `IF`,
 * `IA`, `IW`, `IL1`/`IL0`, `IG`, `IB<k>|<last>`, `IR`, `IT` likewise.
 * Keyed population features (one weight per id): `s:<concept>` easiness, `sf:<concept>` first
 * encounter, `i:<question>` easiness, `if:<question>` first encounter, `ia:`/`iw:<question>`
 * per-question count weights.
 * Personal features (weights in the student's trace): `u:` ability, `us:<concept>`, `ui:<question>`.
 */

/** A concept exercised by a question and the share (0–1) of the question it accounts for. */
export interface SkillShare {
  readonly id: string;
  readonly share: number;
}

/** What the model knows about a question when predicting an answer to it. */
export interface ItemContext {
  readonly itemId: string;
  /** Concepts the question exercises; primary share 1, secondaries less. */
  readonly skills: readonly SkillShare[];
  /** Author difficulty 1 (easy) … 5 (hard); omit when unknown. */
  readonly difficultyPrior?: number;
  /** When the answer is given, epoch ms; omit or 0 when unknown (time features then stay off). */
  readonly atMs?: number;
}

const GAP_BUCKETS = 12;
const bucketNames = (p: string): string[] => Array.from({ length: GAP_BUCKETS + 1 }, (_, b) => [`${p}${b}|0`, `${p}${b}|1`]).flat();

/** Names of the dense features, by index. */
export const DENSE_FEATURES: readonly string[] = [
  'b', 'R0', 'R1', 'R2', 'SA', 'SW', 'SF', 'SL1', 'SL0', 'SG', 'SR', 'ST',
  'd', 'IF', 'IA', 'IW', 'IL1', 'IL0', 'IG', 'IR', 'IT',
  ...bucketNames('SB'), ...bucketNames('IB'),
];
const at = (name: string): number => DENSE_FEATURES.indexOf(name);
const [B, R0, R1, R2, SA, SW, SF, SL1, SL0, SG, SR, ST] = [at('b'), at('R0'), at('R1'), at('R2'), at('SA'), at('SW'), at('SF'), at('SL1'), at('SL0'), at('SG'), at('SR'), at('ST')] as const;
const [DP, IF, IA, IW, IL1, IL0, IG, IR, IT] = [at('d'), at('IF'), at('IA'), at('IW'), at('IL1'), at('IL0'), at('IG'), at('IR'), at('IT')] as const;
const SB0 = at('SB0|0');
const IB0 = at('IB0|0');

/** Prefixes of the keyed features; a keyed weight's name is prefix + id (e.g. `i:Q17`). */
export const KEYED_PREFIXES = ['s:', 'sf:', 'i:', 'if:', 'ia:', 'iw:'] as const;
const [KS, KSF, KI, KIF, KIA, KIW] = [0, 1, 2, 3, 4, 5] as const;

/** A reusable sparse vector in two parts: dense indices, and keyed features as (prefix index, id). */
export interface FeatureVector {
  denseIdx: number[];
  denseVal: number[];
  nDense: number;
  keyPrefix: number[];
  keyId: string[];
  keyVal: number[];
  nKeys: number;
  /**
   * The item's concepts in order (id, share) and the trace's evidence on each as it stood when
   * the vector was filled (`undefined`: none yet), so the model reads and updates it without
   * looking it up again.
   */
  skillId: string[];
  skillShare: number[];
  skillEv: (Evidence | undefined)[];
  nSkills: number;
  /** The trace's evidence on the question when the vector was filled (`undefined`: none, or no question). */
  itemEv: Evidence | undefined;
}

/** An empty vector to pass to `extractFeatures` (reuse it to avoid allocation). */
export function createFeatureVector(): FeatureVector {
  return { denseIdx: [], denseVal: [], nDense: 0, keyPrefix: [], keyId: [], keyVal: [], nKeys: 0, skillId: [], skillShare: [], skillEv: [], nSkills: 0, itemEv: undefined };
}

function dense(v: FeatureVector, index: number, value: number): void {
  v.denseIdx[v.nDense] = index;
  v.denseVal[v.nDense++] = value;
}

function keyed(v: FeatureVector, prefix: number, id: string, value: number): void {
  v.keyPrefix[v.nKeys] = prefix;
  v.keyId[v.nKeys] = id;
  v.keyVal[v.nKeys++] = value;
}

function gapBucket(gap: number): number {
  return Math.min(GAP_BUCKETS, Math.floor(Math.log2(1 + gap)));
}

const HOUR_MS = 3_600_000;

/**
 * Fill `out` with the population features of (student, question) before the answer is seen.
 * With `includeItem` false the question-specific features are left out: that is the concept-level
 * view used for mastery (an unseen question of unknown difficulty). Personal features are read
 * straight from the trace by the model.
 */
export function extractFeatures(trace: StudentTrace, item: ItemContext, out: FeatureVector, includeItem = true): void {
  out.nDense = 0;
  out.nKeys = 0;
  out.nSkills = 0;
  out.itemEv = undefined;
  const now = item.atMs ?? 0;
  dense(out, B, 1);
  dense(out, R0, trace.recent[0] - 0.5);
  dense(out, R1, trace.recent[1] - 0.5);
  dense(out, R2, trace.recent[2] - 0.5);
  for (const { id, share } of item.skills) {
    keyed(out, KS, id, share);
    const ev = trace.skills.get(id);
    out.skillId[out.nSkills] = id;
    out.skillShare[out.nSkills] = share;
    out.skillEv[out.nSkills++] = ev;
    if (ev !== undefined) {
      dense(out, SA, Math.log1p(ev.attempts) * share);
      dense(out, SW, Math.log1p(ev.wins) * share);
    }
    if (ev === undefined || ev.lastStep < 0) {
      keyed(out, KSF, id, share);
      dense(out, SF, share);
      continue;
    }
    const gap = trace.step - ev.lastStep;
    const last = ev.lastCorrect > 0.5 ? 1 : 0;
    dense(out, last ? SL1 : SL0, share);
    dense(out, SG, Math.log1p(gap) * share);
    dense(out, SB0 + 2 * gapBucket(gap) + last, share);
    dense(out, SR, (ev.recent - 0.5) * share);
    if (now > 0 && ev.lastMs > 0) dense(out, ST, Math.log1p(Math.max(0, now - ev.lastMs) / HOUR_MS) * share);
  }
  if (!includeItem) return;
  if (item.difficultyPrior !== undefined) dense(out, DP, (3 - item.difficultyPrior) / 2);
  keyed(out, KI, item.itemId, 1);
  const ev = trace.items.get(item.itemId);
  out.itemEv = ev;
  if (ev === undefined || ev.lastStep < 0) {
    keyed(out, KIF, item.itemId, 1);
    dense(out, IF, 1);
    return;
  }
  const la = Math.log1p(ev.attempts);
  const lw = Math.log1p(ev.wins);
  const gap = trace.step - ev.lastStep;
  const last = ev.lastCorrect > 0.5 ? 1 : 0;
  keyed(out, KIA, item.itemId, la);
  keyed(out, KIW, item.itemId, lw);
  dense(out, IA, la);
  dense(out, IW, lw);
  dense(out, last ? IL1 : IL0, 1);
  dense(out, IG, Math.log1p(gap));
  dense(out, IB0 + 2 * gapBucket(gap) + last, 1);
  dense(out, IR, ev.recent - 0.5);
  if (now > 0 && ev.lastMs > 0) dense(out, IT, Math.log1p(Math.max(0, now - ev.lastMs) / HOUR_MS));
}
