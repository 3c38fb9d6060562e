import { createFeatureVector, DENSE_FEATURES, extractFeatures, KEYED_PREFIXES, type FeatureVector, type ItemContext, type SkillShare } from './features.ts';
import { evidenceFor, INITIAL_ACCUMULATOR, recordAnswer, type PersonalWeight, type StudentTrace } from './trace.ts';

/**
 * The mastery model: an online logistic regression over Best-LR/PFA-style features (see
 * features.ts), learned by Adagrad one answer at a time. Chosen on evidence: on the
 * kt-spanish split it beats online Elo and online PFA (`npm run eval:mastery`). The same code
 * learns population weights on the server (`calibrateModel`) and a student's own weights on the
 * device, so the app and the eval measure one model.
 */

/** Hyper-parameters. Defaults are textbook Adagrad settings, not fitted to any one dataset. */
export interface MasteryModelConfig {
  /** Adagrad base step size. */
  readonly learningRate: number;
  /** L2 penalty per update. */
  readonly l2: number;
  /** Prior weights of dense features (e.g. `d`, the author-difficulty coefficient); keyed ones start at 0. */
  readonly priorWeights: Readonly<Record<string, number>>;
}

/** Defaults used by the app and the eval. */
export const DEFAULT_MODEL_CONFIG: MasteryModelConfig = {
  learningRate: 0.1,
  l2: 1e-6,
  priorWeights: { b: 1, d: 0.5 },
};

/** One keyed weight and its Adagrad accumulator. */
interface Slot {
  w: number;
  a: number;
}

/** Keyed weights by prefix index (`KEYED_PREFIXES`), then by concept/question id. */
type KeyedTable = readonly Map<string, Slot>[];

/**
 * Population model state. Dense features have fixed indices (`DENSE_FEATURES`); keyed ones
 * (per concept/question) live in one map per prefix. Shipped parameters sit read-only in
 * `base`; learned keyed weights are written to `slots`, which shadow it (copy-on-write, so a
 * device folds a student without copying the population table). Personal weights live in the
 * trace.
 */
export interface MasteryModel {
  readonly config: MasteryModelConfig;
  readonly denseW: Float64Array;
  readonly denseA: Float64Array;
  readonly base: KeyedTable;
  readonly slots: KeyedTable;
  /** Scratch vector reused between calls (not part of the logical state). */
  readonly scratch: FeatureVector;
}

/** Serialisable population parameters the server calibrates and ships to devices. */
export interface ModelParams {
  readonly weights: Readonly<Record<string, number>>;
  readonly accumulators: Readonly<Record<string, number>>;
}

const EMPTY: KeyedTable = KEYED_PREFIXES.map(() => new Map<string, Slot>());
const baseCache = new WeakMap<ModelParams, KeyedTable>();
const emptyTable = (): Map<string, Slot>[] => KEYED_PREFIXES.map(() => new Map<string, Slot>());

/** Split a keyed weight name into (prefix index, id); undefined for dense or unknown names. */
function parseKey(name: string): [number, string] | undefined {
  const colon = name.indexOf(':');
  if (colon < 0) return undefined;
  const p = (KEYED_PREFIXES as readonly string[]).indexOf(name.slice(0, colon + 1));
  return p < 0 ? undefined : [p, name.slice(colon + 1)];
}

/**
 * A model starting from `params` (server-calibrated weights) or from priors only. The params
 * object is indexed once and shared by every model made from it; treat it as immutable.
 */
export function createModel(params?: ModelParams, config: MasteryModelConfig = DEFAULT_MODEL_CONFIG): MasteryModel {
  const denseW = new Float64Array(DENSE_FEATURES.length);
  const denseA = new Float64Array(DENSE_FEATURES.length).fill(INITIAL_ACCUMULATOR);
  DENSE_FEATURES.forEach((n, i) => {
    denseW[i] = params?.weights[n] ?? config.priorWeights[n] ?? 0;
    denseA[i] = params?.accumulators[n] ?? INITIAL_ACCUMULATOR;
  });
  let base = params === undefined ? EMPTY : baseCache.get(params);
  if (params !== undefined && base === undefined) {
    const table = emptyTable();
    for (const [k, w] of Object.entries(params.weights)) {
      const parsed = parseKey(k);
      if (parsed !== undefined) table[parsed[0]]?.set(parsed[1], { w, a: params.accumulators[k] ?? INITIAL_ACCUMULATOR });
    }
    baseCache.set(params, table);
    base = table;
  }
  return { config, denseW, denseA, base: base ?? EMPTY, slots: emptyTable(), scratch: createFeatureVector() };
}

/** Copy of the learned state (the base is shared, being read-only). */
export function cloneModel(model: MasteryModel): MasteryModel {
  const slots = model.slots.map((m) => new Map([...m].map(([k, s]) => [k, { w: s.w, a: s.a }])));
  return { ...model, denseW: model.denseW.slice(), denseA: model.denseA.slice(), slots, scratch: createFeatureVector() };
}

/** Population weights for shipping (dense and keyed, keys sorted). Personal weights are never included. */
export function exportParams(model: MasteryModel): ModelParams {
  const weights: Record<string, number> = {};
  const accumulators: Record<string, number> = {};
  const entries: [string, Readonly<Slot>][] = DENSE_FEATURES.map((n, i) => [n, { w: model.denseW[i] as number, a: model.denseA[i] as number }]);
  KEYED_PREFIXES.forEach((prefix, p) => {
    const ids = new Set([...(model.base[p]?.keys() ?? []), ...(model.slots[p]?.keys() ?? [])]);
    for (const id of ids) {
      const slot = model.slots[p]?.get(id) ?? model.base[p]?.get(id);
      if (slot !== undefined) entries.push([prefix + id, slot]);
    }
  });
  for (const [k, slot] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    weights[k] = slot.w;
    accumulators[k] = slot.a;
  }
  return { weights, accumulators };
}

/** The writable slot for a keyed feature; `seen` is what `logit` resolved (reused when local). */
function writableSlot(model: MasteryModel, prefix: number, id: string, seen: Slot | undefined, seenLocal: boolean): Slot {
  if (seen !== undefined && seenLocal) return seen;
  const local = model.slots[prefix] as Map<string, Slot>;
  const s = seen === undefined ? { w: 0, a: INITIAL_ACCUMULATOR } : { w: seen.w, a: seen.a };
  local.set(id, s);
  return s;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Slots resolved by the last `logit` call, by keyed-feature position (`undefined`: prior 0). */
const resolved: (Slot | undefined)[] = [];
/** Whether each resolved slot is this model's own (writable) rather than the shared base's. */
const resolvedLocal: boolean[] = [];

/** Logit of the population part plus the student's personal weights. */
function logit(model: MasteryModel, trace: StudentTrace, item: ItemContext, fv: FeatureVector, includeItem: boolean): number {
  let z = trace.ability.w;
  for (let i = 0; i < fv.nDense; i++) z += (model.denseW[fv.denseIdx[i] as number] as number) * (fv.denseVal[i] as number);
  for (let i = 0; i < fv.nKeys; i++) {
    const p = fv.keyPrefix[i] as number;
    const id = fv.keyId[i] as string;
    let slot = model.slots[p]?.get(id);
    resolvedLocal[i] = slot !== undefined;
    if (slot === undefined) slot = model.base[p]?.get(id);
    resolved[i] = slot;
    if (slot !== undefined) z += slot.w * (fv.keyVal[i] as number);
  }
  for (const { id, share } of item.skills) z += (trace.skills.get(id)?.personal.w ?? 0) * share;
  if (includeItem) z += trace.items.get(item.itemId)?.personal.w ?? 0;
  return z;
}

/** P(correct), 0–1, that the student answers `item` now, from the trace so far. */
export function predictCorrect(model: MasteryModel, trace: StudentTrace, item: ItemContext): number {
  extractFeatures(trace, item, model.scratch, true);
  return sigmoid(logit(model, trace, item, model.scratch, true));
}

/**
 * Mastery of one concept, 0–1: P(correct) on an unseen question of that concept with no
 * difficulty information (the question-specific features left out).
 */
export function conceptMastery(model: MasteryModel, trace: StudentTrace, conceptId: string): number {
  const item: ItemContext = { itemId: '', skills: [{ id: conceptId, share: 1 }] };
  extractFeatures(trace, item, model.scratch, false);
  return sigmoid(logit(model, trace, item, model.scratch, false));
}

/** How an answer counts as evidence. */
export interface LearnOptions {
  /** Weight of this answer, 0–1 (e.g. < 1 for a rapid guess). Default 1. */
  readonly weight?: number;
  /** Indirect evidence: related concepts (prerequisites/dependents) and the share each receives. */
  readonly related?: readonly SkillShare[];
  /** Whether the model's weights learn from this answer (false: counters only). Default true. */
  readonly updateWeights?: boolean;
}

function step(p: PersonalWeight | Slot, g: number, learningRate: number): void {
  p.a += g * g;
  p.w -= (learningRate * g) / Math.sqrt(p.a);
}

/**
 * Process one answer: predict it (returned, 0–1, before seeing the outcome), take an Adagrad step
 * on the log loss, then update the student's counters. Call in (hlc, id) order.
 */
export function learnAttempt(
  model: MasteryModel,
  trace: StudentTrace,
  item: ItemContext,
  correct: boolean,
  options: LearnOptions = {},
): number {
  const weight = options.weight ?? 1;
  const fv = model.scratch;
  extractFeatures(trace, item, fv, true);
  const p = sigmoid(logit(model, trace, item, fv, true));
  const y = correct ? 1 : 0;
  if (options.updateWeights !== false && weight > 0) {
    const { learningRate, l2 } = model.config;
    const err = (p - y) * weight;
    for (let i = 0; i < fv.nDense; i++) {
      const k = fv.denseIdx[i] as number;
      const w = model.denseW[k] as number;
      const g = err * (fv.denseVal[i] as number) + l2 * w;
      const a = (model.denseA[k] as number) + g * g;
      model.denseA[k] = a;
      model.denseW[k] = w - (learningRate * g) / Math.sqrt(a);
    }
    for (let i = 0; i < fv.nKeys; i++) {
      const slot = writableSlot(model, fv.keyPrefix[i] as number, fv.keyId[i] as string, resolved[i], resolvedLocal[i] as boolean);
      step(slot, err * (fv.keyVal[i] as number) + l2 * slot.w, learningRate);
    }
    step(trace.ability, err + l2 * trace.ability.w, learningRate);
    for (const { id, share } of item.skills) {
      const pw = evidenceFor(trace.skills, id).personal;
      step(pw, err * share + l2 * pw.w, learningRate);
    }
    if (item.itemId !== '') {
      const pw = evidenceFor(trace.items, item.itemId).personal;
      step(pw, err + l2 * pw.w, learningRate);
    }
  }
  recordAnswer(trace, item, y, weight, options.related ?? []);
  return p;
}
