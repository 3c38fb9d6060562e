import { createFeatureVector, DENSE_FEATURES, extractFeatures, KEYED_PREFIXES, type FeatureVector, type ItemContext, type SkillShare } from './features.ts';
import { evidenceFor, INITIAL_ACCUMULATOR, RECENT_PRIOR, recordAnswerWith, type PersonalWeight, type StudentTrace } from './trace.ts';

/**
 * The mastery model: an online logistic regression over Best-LR/PFA-style features (see
 * features.ts), learned by Adagrad one answer at a time. Chosen on evidence: on the
 * kt-spanish split it beats online Elo and online PFA (`npm run eval:mastery`). The same code
 * learns population weights on the server (`calibrateModel`) and a student's own weights on the
 * device, so the app and the eval measure one model.
 */

/** Hyper-parameters. Defaults are textbook Adagrad settings, not fitted to any one dataset. */
export interface MasteryModelConfig {
  /** Adagrad base step size of the population weights. */
  readonly learningRate: number;
  /**
   * Starting Adagrad accumulator of a concept or question weight the population has no value
   * for yet (below 1: its first steps are larger, so a new question's easiness settles within
   * fewer answers; later steps are unchanged, Adagrad's 1/√Σg² taking over).
   */
  readonly keyedAccumulator: number;
  /**
   * Multiplier of the step of a question's population weights on a student's first answer to
   * it (≥ 1): difficulty is learned from independent students, as Elo's item ratings are.
   */
  readonly firstAnswerBoost: number;
  /**
   * Adagrad base step size of the student's personal weights (ability, per concept, per
   * question): each adapts at its own pace, large while that weight has little evidence.
   */
  readonly personalRate: number;
  /** L2 penalty per update. */
  readonly l2: number;
  /** Prior weights of dense features (e.g. `d`, the author-difficulty coefficient); keyed ones start at 0. */
  readonly priorWeights: Readonly<Record<string, number>>;
  /**
   * Whether calibration sets the population's new-student accuracy as the recent-accuracy prior
   * (`MasteryModel.recentPrior`) instead of the constant `RECENT_PRIOR`.
   */
  readonly calibratedPrior: boolean;
}

/**
 * Defaults used by the app and the eval. The three step-size settings were chosen on six public KT sets
 * (five platforms, four subjects): they improve every one of them over the previous settings
 * (see the engine README's Evaluation paragraph).
 */
export const DEFAULT_MODEL_CONFIG: MasteryModelConfig = {
  learningRate: 0.1,
  keyedAccumulator: 0.7,
  firstAnswerBoost: 1.5,
  personalRate: 0.13,
  l2: 1e-6,
  priorWeights: { b: 1, d: 0.5 },
  calibratedPrior: true,
};

/** The settings before the adaptive step sizes, kept for the eval's before/after comparison. */
export const PREVIOUS_MODEL_CONFIG: MasteryModelConfig = {
  learningRate: 0.1,
  keyedAccumulator: INITIAL_ACCUMULATOR,
  firstAnswerBoost: 1,
  personalRate: 0.1,
  l2: 1e-6,
  priorWeights: { b: 1, d: 0.5 },
  calibratedPrior: true,
};

/** One keyed weight and its Adagrad accumulator. */
interface Slot {
  w: number;
  a: number;
}

/**
 * The keyed weights of one concept or question: for prefix index p (`KEYED_PREFIXES`), the
 * weight at 2p and its Adagrad accumulator at 2p + 1; NaN weight = no weight for that prefix.
 * One unboxed array per id instead of an object per weight.
 */
type SlotRow = number[];

/** A row with no weights. */
function emptyRow(): SlotRow {
  return [NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN];
}

/**
 * Keyed weights by id: concept prefixes (`s:`, `sf:`) in `skills`, question prefixes in `items`,
 * one row per id so the several weights of an id cost one lookup.
 */
interface KeyedTable {
  readonly skills: Map<string, SlotRow>;
  readonly items: Map<string, SlotRow>;
}

/** Prefix indices below this are concept features; the rest are question features. */
const FIRST_ITEM_PREFIX = 2;

/**
 * Population model state. Dense features have fixed indices (`DENSE_FEATURES`); keyed ones
 * (per concept/question) live in rows by id. Shipped parameters sit read-only in `base`;
 * learned keyed weights are written to `slots`, which shadow it weight by weight
 * (copy-on-write, so a device folds a student without copying the population table). Personal
 * weights live in the trace.
 */
export interface MasteryModel {
  readonly config: MasteryModelConfig;
  readonly denseW: Float64Array;
  readonly denseA: Float64Array;
  readonly base: KeyedTable;
  readonly slots: KeyedTable;
  /** Scratch vector reused between calls (not part of the logical state). */
  readonly scratch: FeatureVector;
  /**
   * Where a new student's recent-accuracy averages start (0–1): the population's accuracy on
   * new students' first answers, set by calibration and shipped as `RECENT_PRIOR_PARAM`.
   */
  recentPrior: number;
}

/** Name of the calibrated recent-accuracy prior in `ModelParams.weights`. */
export const RECENT_PRIOR_PARAM = 'prior:recent';

/** Serialisable population parameters the server calibrates and ships to devices. */
export interface ModelParams {
  readonly weights: Readonly<Record<string, number>>;
  readonly accumulators: Readonly<Record<string, number>>;
}

const emptyTable = (): KeyedTable => ({ skills: new Map(), items: new Map() });
const EMPTY: KeyedTable = emptyTable();
const baseCache = new WeakMap<ModelParams, KeyedTable>();
const rowsFor = (table: KeyedTable, prefix: number): Map<string, SlotRow> => (prefix < FIRST_ITEM_PREFIX ? table.skills : table.items);

/** The row of `id` in `rows`, created empty if absent. */
function rowOf(rows: Map<string, SlotRow>, id: string): SlotRow {
  let row = rows.get(id);
  if (row === undefined) {
    row = emptyRow();
    rows.set(id, row);
  }
  return row;
}

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
      if (parsed === undefined || Number.isNaN(w)) continue;
      const row = rowOf(rowsFor(table, parsed[0]), parsed[1]);
      row[2 * parsed[0]] = w;
      row[2 * parsed[0] + 1] = params.accumulators[k] ?? INITIAL_ACCUMULATOR;
    }
    baseCache.set(params, table);
    base = table;
  }
  const prior = params?.weights[RECENT_PRIOR_PARAM];
  const recentPrior = prior !== undefined && Number.isFinite(prior) && prior > 0 && prior < 1 ? prior : RECENT_PRIOR;
  return { config, denseW, denseA, base: base ?? EMPTY, slots: emptyTable(), scratch: createFeatureVector(), recentPrior };
}

/** Copy of the learned state (the base is shared, being read-only). */
export function cloneModel(model: MasteryModel): MasteryModel {
  const copy = (rows: Map<string, SlotRow>): Map<string, SlotRow> => new Map([...rows].map(([id, row]) => [id, row.slice()]));
  const slots: KeyedTable = { skills: copy(model.slots.skills), items: copy(model.slots.items) };
  return { ...model, denseW: model.denseW.slice(), denseA: model.denseA.slice(), slots, scratch: createFeatureVector() };
}

/** Population weights for shipping (dense and keyed, keys sorted). Personal weights are never included. */
export function exportParams(model: MasteryModel): ModelParams {
  const weights: Record<string, number> = {};
  const accumulators: Record<string, number> = {};
  const entries: [string, Readonly<Slot>][] = DENSE_FEATURES.map((n, i) => [n, { w: model.denseW[i] as number, a: model.denseA[i] as number }]);
  KEYED_PREFIXES.forEach((prefix, p) => {
    const base = rowsFor(model.base, p);
    const local = rowsFor(model.slots, p);
    const ids = new Set([...base.keys(), ...local.keys()]);
    for (const id of ids) {
      const l = local.get(id);
      const row = l !== undefined && !Number.isNaN(l[2 * p]) ? l : base.get(id);
      const w = row?.[2 * p];
      if (row !== undefined && w !== undefined && !Number.isNaN(w)) entries.push([prefix + id, { w, a: row[2 * p + 1] as number }]);
    }
  });
  if (model.recentPrior !== RECENT_PRIOR) entries.push([RECENT_PRIOR_PARAM, { w: model.recentPrior, a: 0 }]);
  for (const [k, slot] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    weights[k] = slot.w;
    accumulators[k] = slot.a;
  }
  return { weights, accumulators };
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/**
 * What the last `logit` call resolved for each keyed feature, by position: the weight and
 * accumulator it read (NaN weight: none, the prior 0), and the model's own row holding them when
 * they were this model's (writable) rather than the shared base's.
 */
const resolvedW: number[] = [];
const resolvedA: number[] = [];
const resolvedRow: (SlotRow | undefined)[] = [];

/**
 * Logit of the population part plus the student's personal weights. Consecutive keyed features
 * of one id (a concept's `s:`/`sf:`, a question's `i:`/`if:`/`ia:`/`iw:`) share one row lookup.
 */
function logit(model: MasteryModel, trace: StudentTrace, fv: FeatureVector, includeItem: boolean): number {
  let z = trace.ability.w;
  const denseW = model.denseW;
  for (let i = 0; i < fv.nDense; i++) z += (denseW[fv.denseIdx[i] as number] as number) * (fv.denseVal[i] as number);
  let lastId: string | undefined;
  let lastSkill = false;
  let localRow: SlotRow | undefined;
  let baseRow: SlotRow | undefined;
  for (let i = 0; i < fv.nKeys; i++) {
    const p = fv.keyPrefix[i] as number;
    const id = fv.keyId[i] as string;
    const skill = p < FIRST_ITEM_PREFIX;
    if (id !== lastId || skill !== lastSkill) {
      localRow = (skill ? model.slots.skills : model.slots.items).get(id);
      baseRow = (skill ? model.base.skills : model.base.items).get(id);
      lastId = id;
      lastSkill = skill;
    }
    let w = localRow === undefined ? NaN : (localRow[2 * p] as number);
    if (!Number.isNaN(w)) {
      resolvedRow[i] = localRow;
      resolvedA[i] = (localRow as SlotRow)[2 * p + 1] as number;
    } else {
      resolvedRow[i] = undefined;
      w = baseRow === undefined ? NaN : (baseRow[2 * p] as number);
      resolvedA[i] = baseRow === undefined ? NaN : (baseRow[2 * p + 1] as number);
    }
    resolvedW[i] = w;
    if (!Number.isNaN(w)) z += w * (fv.keyVal[i] as number);
  }
  for (let j = 0; j < fv.nSkills; j++) z += (fv.skillEv[j]?.personal.w ?? 0) * (fv.skillShare[j] as number);
  if (includeItem) z += fv.itemEv?.personal.w ?? 0;
  return z;
}

/** P(correct), 0–1, that the student answers `item` now, from the trace so far. */
export function predictCorrect(model: MasteryModel, trace: StudentTrace, item: ItemContext): number {
  extractFeatures(trace, item, model.scratch, true);
  return sigmoid(logit(model, trace, model.scratch, true));
}

/**
 * Mastery of one concept, 0–1: P(correct) on an unseen question of that concept with no
 * difficulty information (the question-specific features left out).
 */
export function conceptMastery(model: MasteryModel, trace: StudentTrace, conceptId: string): number {
  const item: ItemContext = { itemId: '', skills: [{ id: conceptId, share: 1 }] };
  extractFeatures(trace, item, model.scratch, false);
  return sigmoid(logit(model, trace, model.scratch, false));
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

function step(p: PersonalWeight, g: number, learningRate: number): void {
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
  const p = sigmoid(logit(model, trace, fv, true));
  const y = correct ? 1 : 0;
  if (options.updateWeights !== false && weight > 0) {
    const { learningRate, keyedAccumulator, firstAnswerBoost, personalRate, l2 } = model.config;
    const err = (p - y) * weight;
    // A student's first answer to a question is fresh evidence of its difficulty; repeats mostly
    // tell about that student (their own `ui:` weight), so they take the plain step.
    const itemRate = fv.itemEv === undefined || fv.itemEv.lastStep < 0 ? learningRate * firstAnswerBoost : learningRate;
    for (let i = 0; i < fv.nDense; i++) {
      const k = fv.denseIdx[i] as number;
      const w = model.denseW[k] as number;
      const g = err * (fv.denseVal[i] as number) + l2 * w;
      const a = (model.denseA[k] as number) + g * g;
      model.denseA[k] = a;
      model.denseW[k] = w - (learningRate * g) / Math.sqrt(a);
    }
    for (let i = 0; i < fv.nKeys; i++) {
      const p = fv.keyPrefix[i] as number;
      let row = resolvedRow[i];
      if (row === undefined) {
        // Copy-on-write: the base's weight (or the prior 0) becomes this model's own.
        const seen = resolvedW[i] as number;
        row = rowOf(rowsFor(model.slots, p), fv.keyId[i] as string);
        row[2 * p] = Number.isNaN(seen) ? 0 : seen;
        row[2 * p + 1] = Number.isNaN(seen) ? keyedAccumulator : (resolvedA[i] as number);
      }
      const w = row[2 * p] as number;
      const g = err * (fv.keyVal[i] as number) + l2 * w;
      const a = (row[2 * p + 1] as number) + g * g;
      row[2 * p + 1] = a;
      row[2 * p] = w - ((p < FIRST_ITEM_PREFIX ? learningRate : itemRate) * g) / Math.sqrt(a);
    }
    step(trace.ability, err + l2 * trace.ability.w, personalRate);
    // Evidence looked up by extractFeatures is still the trace's (entries are never removed);
    // what was absent then is created here, in the same order as before.
    for (let j = 0; j < fv.nSkills; j++) {
      const ev = fv.skillEv[j] ?? evidenceFor(trace.skills, fv.skillId[j] as string);
      fv.skillEv[j] = ev;
      const pw = ev.personal;
      step(pw, err * (fv.skillShare[j] as number) + l2 * pw.w, personalRate);
    }
    if (item.itemId !== '') {
      const ev = fv.itemEv ?? evidenceFor(trace.items, item.itemId);
      fv.itemEv = ev;
      const pw = ev.personal;
      step(pw, err + l2 * pw.w, personalRate);
    }
  }
  recordAnswerWith(trace, item, y, weight, options.related ?? [], fv.skillEv, fv.itemEv);
  return p;
}
