/**
 * Learning-outcome simulation of the study plan: simulated cohorts (weak, average, strong; days
 * off, a 5-day break, irregular days) with a ground-truth memory and prerequisite model
 * (bench/sim/learner-model.ts, independent of the engine's own models) study for 90 days to an
 * exam, each policy given the same minutes per study day, over the shipped content graph.
 *
 *   npm run sim:study [-- --students N] [-- --budget MINUTES] [-- --seed K] [-- --trace] [-- --quick] [-- --profile weak]
 *
 * `--seed K` (K ≥ 1) draws a different cohort of learners; `--trace` prints our planner's days
 * (days off before it, backlog and all due at session start, triaged, the day's actions).
 *
 * Prints one line per profile and policy, then the summary line.
 */
import { loadavg } from 'node:os';
import { RAW_CONTENT } from '../shared/src/content/data-files.ts';
import {
  createEngineContext,
  createPrng,
  hashSeed,
  type QuestionInfo,
} from '../shared/src/engine/index.ts';
import type { Concept, Prerequisite } from '../shared/src/schemas/content.ts';
import { TrueLearner, type Edge } from './sim/learner-model.ts';
import {
  DayPlanPolicy,
  NEW_MINUTES,
  OldPlannerPolicy,
  PlainFsrsPolicy,
  QUESTIONS_PER_NEW,
  QUESTIONS_PER_REVIEW,
  REVIEW_MINUTES,
  SyllabusPolicy,
  type Action,
  type Answer,
  type Policy,
} from './sim/policies.ts';
import { DAY_MS } from '../shared/src/time.ts';

const DAY = DAY_MS;
const DAYS = 90;
/** Day 0's session: 2027-01-04 01:00 UTC (06:30 IST). */
const T0 = Date.UTC(2027, 0, 4, 1, 0, 0);
const TYPICAL_MS = 120_000;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}
const STUDENTS = arg('students', 4);
const BUDGET = arg('budget', 120);
/** Seed set: students of set 0 are the default cohort; other sets draw fresh learners. */
const SEED = arg('seed', 0);
/** Print, per study day of our planner, the backlog at session start and the day's actions. */
const TRACE = process.argv.includes('--trace');

const concepts = RAW_CONTENT.concepts as unknown as Concept[];
const prerequisites = RAW_CONTENT.prerequisites as unknown as Prerequisite[];
const units = RAW_CONTENT.units as unknown as { id: string; order: number; subject: string }[];
const unitOrder = new Map(units.map((u) => [u.id, u.order]));
/** Textbook order: by unit, then layer, as a class follows the syllabus. */
const syllabus = [...concepts]
  .sort((a, b) => (unitOrder.get(a.unit) ?? 0) - (unitOrder.get(b.unit) ?? 0) || a.layer - b.layer || (a.id < b.id ? -1 : 1))
  .map((c) => c.id);
const questions: QuestionInfo[] = concepts.flatMap((c) =>
  Array.from({ length: 12 }, (_, k) => ({
    id: `${c.id}#${k}`,
    subject: c.subject,
    primary_concept_id: c.id,
    secondary_concept_ids: [],
    difficulty: c.difficulty,
    typicalTimeMs: TYPICAL_MS,
  })),
);
const ctx = createEngineContext({ concepts, prerequisites, questions });
const oldCtx = createEngineContext({ concepts, prerequisites, questions, reviewPerAnswer: true });
const hard = new Map<string, string[]>();
const edges = new Map<string, Edge[]>();
for (const p of prerequisites) {
  edges.set(p.concept_id, [...(edges.get(p.concept_id) ?? []), p]);
  if (p.criticality === 'HARD') hard.set(p.concept_id, [...(hard.get(p.concept_id) ?? []), p.prerequisite_id]);
}
const difficulty = new Map(concepts.map((c) => [c.id, c.difficulty]));
const weight = new Map(concepts.map((c) => [c.id, c.exam_weight / 3]));

interface Profile {
  readonly name: string;
  readonly ability: number;
  /** Chance of skipping an ordinary day. */
  readonly skip: number;
  readonly sundaysOff: boolean;
}
const PROFILES: Profile[] = [
  { name: 'weak', ability: -1, skip: 0.2, sundaysOff: true },
  { name: 'average', ability: 0, skip: 0.1, sundaysOff: true },
  { name: 'strong', ability: 1, skip: 0.05, sundaysOff: false },
];

interface Outcome {
  score: number;
  retention: number;
  reviewsPerDay: number;
  peakBacklogDays: number;
  /** Peak of all reviews due by FSRS's 0.9 due dates, triaged ones included (ours only). */
  peakFsrsBacklogDays: number | null;
  /** Most reviews triage had rescheduled at one session start (ours only). */
  peakTriaged: number;
  /** Share of study days (0–1) that began with reviews triaged (ours only). */
  triageDayShare: number;
  badUnlocks: number;
  coveredMinutes: number;
  slipDays: number;
  slipGrew: number;
  learned: number;
  /** Share of the exam's marks (JEE Main weightage) on concepts studied, %. */
  weightStudied: number;
  minutesPerDay: number;
  /** `planDay` CPU per call (ours only), ms: mean and largest. */
  planMeanMs: number;
  planMaxMs: number;
}

/** The study days of one student: a 5-day break, Sundays off for some, random skipped days. */
function studyDays(profile: Profile, seed: number): boolean[] {
  const rng = createPrng(seed);
  const breakStart = 25 + Math.floor(rng() * 40);
  return Array.from({ length: DAYS }, (_, d) => {
    if (d >= breakStart && d < breakStart + 5) return false;
    if (profile.sundaysOff && d % 7 === 6) return false;
    return rng() >= profile.skip;
  });
}

function answersFor(truth: TrueLearner, rng: () => number, action: Action, atMs: number): Answer[] {
  const outcomes = action.kind === 'new' ? truth.learn(action.conceptId, atMs, QUESTIONS_PER_NEW) : truth.review(action.conceptId, atMs, QUESTIONS_PER_REVIEW);
  return outcomes.map((correct, k) => ({
    questionId: `${action.conceptId}#${Math.floor(rng() * 12)}`,
    correct,
    responseMs: Math.round((correct ? 50_000 + 100_000 * rng() : 80_000 + 120_000 * rng()) * (rng() < 0.02 ? 0.02 : 1)),
    atMs: atMs + k * 90_000,
  }));
}

function run(profile: Profile, seed: number, make: () => Policy): Outcome {
  const truth = new TrueLearner(createPrng(seed), profile.ability, difficulty, edges);
  const rng = createPrng(seed + 1);
  const days = studyDays(profile, seed + 2);
  const policy = make();
  let reviews = 0;
  let studied = 0;
  let peak = 0;
  let peakFsrs: number | null = policy.fsrsDueMinutes ? 0 : null;
  let peakTriaged = 0;
  let triageDays = 0;
  let badUnlocks = 0;
  let coveredMinutes = 0;
  let slipDays = 0;
  let slipGrew = 0;
  let minutes = 0;
  for (let d = 0; d < DAYS; d++) {
    if (!days[d]) continue;
    studied += 1;
    let t = T0 + d * DAY;
    const backlog = policy.dueMinutes(t, DAYS - d) / BUDGET;
    peak = Math.max(peak, backlog);
    const allDue = policy.fsrsDueMinutes ? policy.fsrsDueMinutes(t) / BUDGET : null;
    if (peakFsrs !== null && allDue !== null) peakFsrs = Math.max(peakFsrs, allDue);
    const triaged = policy instanceof DayPlanPolicy ? policy.lastTriaged : 0;
    peakTriaged = Math.max(peakTriaged, triaged);
    if (triaged > 0) triageDays += 1;
    const dayLog: string[] = [];
    let left = BUDGET;
    const practised = new Map<string, boolean>();
    const reviewed: string[] = [];
    for (let round = 0; round < 8 && left >= REVIEW_MINUTES; round++) {
      const actions = policy.actions(t, left, DAYS - d);
      if (actions.length === 0) break;
      let did = 0;
      for (const a of actions) {
        const cost = a.kind === 'new' ? NEW_MINUTES : REVIEW_MINUTES;
        if (cost > left) continue;
        if (a.kind === 'new' && (hard.get(a.conceptId) ?? []).some((p) => !truth.concepts.get(p)!.learned)) badUnlocks += 1;
        const answers = answersFor(truth, rng, a, t);
        if (TRACE) dayLog.push(`${a.kind === 'new' ? 'N' : 'R'}${answers.filter((x) => x.correct).length}`);
        policy.record(a, answers);
        if (a.kind === 'review') {
          reviews += 1;
          reviewed.push(a.conceptId);
        }
        practised.set(a.conceptId, (practised.get(a.conceptId) ?? false) || answers.some((x) => x.correct));
        t += cost * 60_000;
        left -= cost;
        did += 1;
      }
      if (did === 0) break;
    }
    minutes += BUDGET - left;
    if (TRACE && policy instanceof DayPlanPolicy) {
      const gap = d > 0 && !days[d - 1] ? d - days.lastIndexOf(true, d - 1) - 1 : 0;
      const off = gap > 0 ? `after ${gap} day${gap === 1 ? '' : 's'} off, ` : '';
      console.log(`  trace ${profile.name} day ${d}: ${off}backlog ${backlog.toFixed(2)} d, all due ${(allDue ?? 0).toFixed(2)} d, triaged ${triaged}, studied after the day ${policy.state.cards.size}: ${dayLog.join(' ')}`);
    }
    // Reviews of a concept on a day a concept resting on it (a direct HARD edge) was practised
    // right: that practice already retrieved it. Judged on the graph, not the planner's rule.
    for (const id of reviewed) {
      const covered = [...practised].some(([x, right]) => right && x !== id && (hard.get(x) ?? []).includes(id));
      if (covered) coveredMinutes += REVIEW_MINUTES;
    }
    if (policy instanceof DayPlanPolicy) {
      for (const [id, today] of policy.state.days) {
        const { base, tally } = today;
        if (today.day !== ctxDay(T0 + d * DAY) || base === undefined || tally.answers < 2 || tally.wrong !== 1) continue;
        const card = policy.state.cards.get(id)!;
        slipDays += 1;
        // Growth: the next interval is longer than the gap the student just recalled across.
        if (card.dueMs - card.lastReviewMs > ctxDay(today.atMs) - ctxDay(base.lastReviewMs)) slipGrew += 1;
      }
    }
  }
  const exam = T0 + DAYS * DAY;
  let score = 0;
  let retention = 0;
  let learned = 0;
  let weightStudied = 0;
  for (const [id, c] of truth.concepts) {
    score += (weight.get(id) ?? 0) * truth.known(id, exam);
    if (c.learned) {
      learned += 1;
      weightStudied += weight.get(id) ?? 0;
      retention += truth.recall(id, exam);
    }
  }
  return {
    score: 100 * score,
    retention: learned === 0 ? 0 : retention / learned,
    reviewsPerDay: studied === 0 ? 0 : reviews / studied,
    peakBacklogDays: peak,
    peakFsrsBacklogDays: peakFsrs,
    peakTriaged,
    triageDayShare: studied === 0 ? 0 : triageDays / studied,
    badUnlocks,
    coveredMinutes,
    slipDays,
    slipGrew,
    learned,
    weightStudied: 100 * weightStudied,
    minutesPerDay: studied === 0 ? 0 : minutes / studied,
    planMeanMs: policy instanceof DayPlanPolicy && policy.planCpu.calls > 0 ? policy.planCpu.totalUs / policy.planCpu.calls / 1000 : 0,
    planMaxMs: policy instanceof DayPlanPolicy ? policy.planCpu.maxUs / 1000 : 0,
  };
}

function ctxDay(atMs: number): number {
  return Math.floor((atMs + ctx.studyDay.utcOffsetMinutes * 60_000 - ctx.studyDay.dayStartHour * 3_600_000) / DAY);
}

const ALL_POLICIES: { key: string; make: (id: string) => Policy }[] = [
  { key: 'ours', make: (id) => new DayPlanPolicy(ctx, id, BUDGET) },
  { key: 'plain', make: () => new PlainFsrsPolicy(ctx, syllabus) },
  { key: 'old', make: (id) => new OldPlannerPolicy(oldCtx, id) },
  { key: 'syllabus', make: () => new SyllabusPolicy(syllabus) },
];
/** `--quick`: only our planner and plain FSRS (what the summary line compares), for iterating. */
const POLICIES = process.argv.includes('--quick') ? ALL_POLICIES.filter((p) => p.key === 'ours' || p.key === 'plain') : ALL_POLICIES;

console.log(`sim:study: ${DAYS} days to the exam, ${BUDGET} min per study day, ${STUDENTS} students per profile, ${concepts.length} concepts`);
let worstGain = Infinity;
let worstBacklog = 0;
let worstAllDue = 0;
let worstTriaged = 0;
let unlocks = 0;
let totalSlips = 0;
let totalGrew = 0;
/** `--profile NAME`: run one profile only, for iterating. */
const only = process.argv.indexOf('--profile');
for (const profile of PROFILES.filter((p) => only < 0 || p.name === process.argv[only + 1])) {
  const mean = new Map<string, Outcome>();
  for (const p of POLICIES) {
    const runs = Array.from({ length: STUDENTS }, (_, i) => run(profile, hashSeed(SEED === 0 ? `${profile.name}-${i}` : `${profile.name}-${SEED}-${i}`), () => p.make(`sim-${profile.name}-${i}`)));
    const avg = (f: (o: Outcome) => number) => runs.reduce((a, o) => a + f(o), 0) / runs.length;
    const o: Outcome = {
      score: avg((o) => o.score),
      retention: avg((o) => o.retention),
      reviewsPerDay: avg((o) => o.reviewsPerDay),
      peakBacklogDays: Math.max(...runs.map((o) => o.peakBacklogDays)),
      peakFsrsBacklogDays: runs[0]?.peakFsrsBacklogDays === null ? null : Math.max(...runs.map((o) => o.peakFsrsBacklogDays ?? 0)),
      peakTriaged: Math.max(...runs.map((o) => o.peakTriaged)),
      triageDayShare: avg((o) => o.triageDayShare),
      badUnlocks: runs.reduce((a, o) => a + o.badUnlocks, 0),
      coveredMinutes: avg((o) => o.coveredMinutes),
      slipDays: runs.reduce((a, o) => a + o.slipDays, 0),
      slipGrew: runs.reduce((a, o) => a + o.slipGrew, 0),
      learned: avg((o) => o.learned),
      weightStudied: avg((o) => o.weightStudied),
      minutesPerDay: avg((o) => o.minutesPerDay),
      planMeanMs: avg((o) => o.planMeanMs),
      planMaxMs: Math.max(...runs.map((o) => o.planMaxMs)),
    };
    mean.set(p.key, o);
    const name = p.make('x').name;
    const backlog =
      p.key === 'syllabus'
        ? 'n/a (no schedule)'
        : `${o.peakBacklogDays.toFixed(2)} d${o.peakFsrsBacklogDays === null ? '' : ` (${o.peakFsrsBacklogDays.toFixed(2)} d counting triaged reviews; most triaged at once ${o.peakTriaged}, on ${(100 * o.triageDayShare).toFixed(0)} % of study days)`}`;
    console.log(
      `${profile.name.padEnd(8)} ${name.padEnd(17)} exam score ${o.score.toFixed(1)} %, retention of studied ${(100 * o.retention).toFixed(0)} %, ` +
        `reviews/day ${o.reviewsPerDay.toFixed(1)}, peak backlog ${backlog}, unstudied-prerequisite unlocks ${o.badUnlocks}, ` +
        `minutes on covered reviews ${o.coveredMinutes.toFixed(0)}, concepts studied ${o.learned.toFixed(0)} (${o.weightStudied.toFixed(0)} % of exam marks), minutes used/day ${o.minutesPerDay.toFixed(0)}`,
    );
  }
  const ours = mean.get('ours')!;
  console.log(`${profile.name.padEnd(8)} planDay CPU per call (Node, no throttling): mean ${ours.planMeanMs.toFixed(2)} ms, largest ${ours.planMaxMs.toFixed(2)} ms (load average ${loadavg().map((x) => x.toFixed(1)).join(' ')})`);
  const plain = mean.get('plain')!;
  const gain = (100 * (ours.score - plain.score)) / plain.score;
  const vs = (key: string, label: string) => (mean.has(key) ? `, vs ${label} ${(100 * (ours.score / mean.get(key)!.score - 1)).toFixed(1)} %` : '');
  console.log(`${profile.name.padEnd(8)} ours vs plain FSRS ${gain >= 0 ? '+' : ''}${gain.toFixed(1)} %${vs('old', 'current planner')}${vs('syllabus', 'syllabus order')}`);
  worstGain = Math.min(worstGain, gain);
  // One yardstick for every policy: reviews due by FSRS's 0.9 due dates at session start. The
  // headline leaves out the reviews our triage explicitly rescheduled; with them it is printed beside it.
  worstBacklog = Math.max(worstBacklog, ours.peakBacklogDays);
  worstAllDue = Math.max(worstAllDue, ours.peakFsrsBacklogDays ?? ours.peakBacklogDays);
  worstTriaged = Math.max(worstTriaged, ours.peakTriaged);
  unlocks += ours.badUnlocks;
  totalSlips += ours.slipDays;
  totalGrew += ours.slipGrew;
}
console.log(`review days with exactly one slip (ours): ${totalSlips}, interval grew after ${totalGrew} (${totalSlips === 0 ? 'n/a' : ((100 * totalGrew) / totalSlips).toFixed(0)} %)`);
console.log(
  'backlog = review minutes due at session start by FSRS 0.9 due dates (every policy), ÷ the day’s budget; for our planner without the reviews its triage rescheduled ' +
    `(recall still ≥ 75 %, ranked lowest by exam weight × forgetting risk, in the final sprint by exam-day gain, beyond the 2 days' budget the reviews below 75 % leave, shown to the student). Counting those too, our peak is ${worstAllDue.toFixed(1)} days; most triaged at once ${worstTriaged}.`,
);
// Rounded against us so a miss never reads as a pass: the gain down, the backlog up.
const gainShown = Math.floor(worstGain);
const backlogShown = (Math.ceil(worstBacklog * 10 - 1e-9) / 10).toFixed(1);
console.log(`sim:study: vs plain FSRS ${gainShown >= 0 ? '+' : ''}${gainShown} % (worst profile), peak backlog ${backlogShown} days, unstudied-prerequisite unlocks ${unlocks}`);
