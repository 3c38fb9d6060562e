import { useEffect, useState } from 'react';
import { usePowerSync } from '@powersync/react';
import type { AbstractPowerSyncDatabase } from '@powersync/web';
import { compareHlcStrings, createEngineContext, DEFAULT_SCHEDULE_CONFIG, personalSchedule, countedSittingAttempts, type AttemptEvent, type EngineContext, type StudentState } from '@cr/shared/engine/index';
import { fsrsWeightsSchema, parseModelParams } from '@cr/shared/schemas/sync';
import { FOLD_CHUNK, foldLearner } from './learning-views.ts';
import { readSnapshot, readSnapshotContext, writeSnapshot, type LearnerSnapshot } from './learner-snapshot.ts';
import { readDashboardRows, type DashboardRows } from './learn-queries.ts';
import type { Subject } from '@cr/shared/schemas/content';

/**
 * The learning engine on the device: the engine context built from the local replica's content
 * (concepts, prerequisites, questions) and the student's state folded from every attempt on the
 * device, synced or not. The same code runs on the server for the authoritative record, so what
 * the device shows offline converges to what the server computes.
 *
 * Import this module only from lazily loaded screens: it pulls the engine into the bundle.
 */

export interface Learner {
  readonly ctx: EngineContext;
  readonly state: StudentState;
  /** Epoch ms the state was computed at (scheduling "now"). */
  readonly nowMs: number;
}

interface ContentSignature {
  concepts: number;
  prerequisites: string;
  questions: number;
  stamp: string | null;
}

let cachedContext: { db: AbstractPowerSyncDatabase; signature: string; ctx: EngineContext } | null = null;

/** A context built earlier (a stored snapshot's) and the signature it was built from. */
export interface ContextSeed {
  readonly signature: string;
  readonly ctx: EngineContext;
}

/**
 * The engine context for the local content and, with `studentId`, the student's own FSRS
 * parameters (fitted by the server, synced on their users row); rebuilt only when either changed.
 * A `seed` whose signature matches the content and parameters now is adopted as is (no content
 * read, no construction).
 */
export async function loadEngineContext(db: AbstractPowerSyncDatabase, studentId?: string, seed?: ContextSeed): Promise<EngineContext> {
  const sig = await db.get<ContentSignature & { weights: string | null; population: string | null }>(
    `SELECT (SELECT count(*) FROM concepts) AS concepts,
            (SELECT count(*) || ':' || total(weight) || ':' || total(transfer) || ':' || total(criticality = 'HARD') FROM prerequisites) AS prerequisites,
            (SELECT count(*) FROM questions) AS questions,
            (SELECT max(updated_at) FROM questions) || '|' || (SELECT max(updated_at) FROM concepts) AS stamp,
            (SELECT fsrs_weights FROM users WHERE id = ?) AS weights,
            (SELECT updated_at FROM model_params WHERE id = 'population') AS population`,
    [studentId ?? null],
  );
  const signature = `${sig.concepts}|${sig.prerequisites}|${sig.questions}|${sig.stamp ?? ''}|${sig.weights ?? ''}|${sig.population ?? ''}`;
  if (cachedContext && cachedContext.db === db && cachedContext.signature === signature) return cachedContext.ctx;
  if (seed && seed.signature === signature) {
    cachedContext = { db, signature, ctx: seed.ctx };
    return seed.ctx;
  }

  const [concepts, prerequisites, questions, population] = await Promise.all([
    db.getAll<{ id: string; subject: Subject; layer: number; exam_weight: number }>('SELECT id, subject, layer, exam_weight FROM concepts'),
    db.getAll<{ id: string; concept_id: string; prerequisite_id: string; weight: number; criticality: 'HARD' | 'SOFT'; transfer: number }>(
      'SELECT id, concept_id, prerequisite_id, weight, criticality, transfer FROM prerequisites',
    ),
    db.getAll<{ id: string; subject: Subject; primary_concept_id: string; secondary_concept_ids: string | null; difficulty: number }>(
      'SELECT id, subject, primary_concept_id, secondary_concept_ids, difficulty FROM questions',
    ),
    // The population parameters the server fitted (`engine.calibrate`); the server's fold uses the same row.
    db.getOptional<{ params: string }>(`SELECT params FROM model_params WHERE id = 'population'`),
  ]);
  const params = parseModelParams(population?.params);
  const ctx = createEngineContext({
    concepts,
    prerequisites,
    questions: questions.map((q) => ({ ...q, secondary_concept_ids: parseIds(q.secondary_concept_ids) })),
    schedule: personalSchedule(DEFAULT_SCHEDULE_CONFIG, parseWeights(sig.weights)),
    ...(params ? { params } : {}),
  });
  cachedContext = { db, signature, ctx };
  return ctx;
}

/** The synced parameter vector, or null when absent or not a valid vector (defaults then). */
function parseWeights(json: string | null): number[] | null {
  if (!json) return null;
  try {
    const parsed = fsrsWeightsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function parseIds(json: string | null): string[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

interface AttemptRow {
  id: string;
  hlc: string;
  question_id: string;
  concept_id: string;
  answer: string | null;
  is_correct: number | null;
  response_time_ms: number;
  device_time: string;
  sitting_id: string | null;
  /** The sitting's submission stamp when it is submitted, else null. */
  cutoff: string | null;
}

/**
 * The student's marked attempts on this device as engine events, selected as the server's mastery
 * fold selects them (server/src/scoring/mastery.ts), so the device converges to the server: in a
 * test sitting only the final answer per question counts (superseded answers are not evidence),
 * answers stamped after the sitting's submission do not count, and an answer cleared in a test
 * (no mark) is not evidence. Benchmark answers carry no mark on the device (no keys), so they
 * stay out until released. Questions the local content does not know (removed from the bank)
 * are skipped rather than failing the whole fold.
 */
export async function loadAttemptEvents(db: AbstractPowerSyncDatabase, ctx: EngineContext, studentId: string): Promise<AttemptEvent[]> {
  const all = await db.getAll<AttemptRow>(
    `SELECT a.id, a.hlc, a.question_id, a.concept_id, a.answer, a.is_correct, a.response_time_ms, a.device_time, a.sitting_id,
            CASE WHEN s.status = 'submitted' THEN json_extract(s.field_hlc, '$.status') END AS cutoff
       FROM attempts a LEFT JOIN test_sittings s ON s.id = a.sitting_id
      WHERE a.student_id = ?`,
    [studentId],
  );
  // Practice answers all count; of a sitting, the shared final-answer rule picks one per question.
  const rows = countedSittingAttempts(all);
  rows.sort((a, b) => compareHlcStrings(a.hlc, b.hlc) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const events: AttemptEvent[] = [];
  for (const r of rows) {
    if (r.is_correct === null || !ctx.questions.has(r.question_id) || !ctx.concepts.has(r.concept_id)) continue;
    const deviceMs = Date.parse(r.device_time);
    events.push({
      id: r.id,
      hlc: r.hlc,
      student_id: studentId,
      question_id: r.question_id,
      concept_id: r.concept_id,
      secondary_concept_ids: (ctx.questions.get(r.question_id)?.secondary_concept_ids ?? []).filter((c) => ctx.concepts.has(c)),
      correct: r.is_correct === 1,
      response_time_ms: Math.max(0, Math.round(r.response_time_ms)),
      device_time_ms: Number.isFinite(deviceMs) && deviceMs > 0 ? deviceMs : 0,
    });
  }
  return events;
}

const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The content signature `loadEngineContext` last built or adopted a context for (null: none yet). */
const signatureOf = (db: AbstractPowerSyncDatabase, ctx: EngineContext) => (cachedContext?.db === db && cachedContext.ctx === ctx ? cachedContext.signature : null);

/** Milliseconds of the last `loadLearner` by stage (User Timing detail, bench/client.ts). */
export interface LearnerTimings {
  contextMs: number;
  readMs: number;
  foldMs: number;
}

/**
 * Context and folded state for the student, now. With a usable `previous` only the new attempts
 * are applied (`foldLearner`); a full fold runs in chunks of FOLD_CHUNK attempts with a yield
 * between them, so a long history never freezes taps and scrolling while the dashboard computes.
 */
export async function loadLearner(
  db: AbstractPowerSyncDatabase,
  studentId: string,
  nowMs: number = Date.now(),
  previous?: Learner,
  timings?: LearnerTimings,
): Promise<Learner> {
  const t = performance.now();
  // A previous learner restored from a snapshot brings its context: reused if the content is unchanged.
  const ctx = await loadEngineContext(db, studentId, previous && snapshotSeeds.get(previous));
  const afterContext = performance.now();
  const events = await loadAttemptEvents(db, ctx, studentId);
  const afterRead = performance.now();
  const ids = new Set(events.map((e) => e.id));
  const reusable = previous && previous.ctx === ctx && previous.state.studentId === studentId && previous.state.events.every((e) => ids.has(e.id));
  let learner = foldLearner(ctx, studentId, reusable ? events : events.slice(0, FOLD_CHUNK), nowMs, reusable ? previous : undefined);
  for (let end = FOLD_CHUNK; !reusable && end < events.length; ) {
    await yieldToMain();
    end = Math.min(events.length, end + FOLD_CHUNK);
    learner = foldLearner(ctx, studentId, events.slice(0, end), nowMs, learner);
  }
  if (timings) {
    timings.contextMs = afterContext - t;
    timings.readMs = afterRead - afterContext;
    timings.foldMs = performance.now() - afterRead;
  }
  return learner;
}

/** Learners restored from a stored snapshot, with the content signature their context was built from. */
const snapshotSeeds = new WeakMap<Learner, ContextSeed>();

/**
 * `ready` with `asOfMs` set: the learner is the stored snapshot of an earlier start, true as of
 * that instant, shown while the device catches up with the attempts and content it holds now;
 * `snapshotRows` are the dashboard's other rows as of the same instant (null when current).
 */
export type LearnerResource =
  | { status: 'loading' }
  | { status: 'ready'; learner: Learner; asOfMs: number | null; snapshotRows: DashboardRows | null }
  | { status: 'error'; error: unknown };

/** This module's URL: content-hashed in a build, and it imports the engine, so it names the engine build. */
const ENGINE_BUILD = import.meta.url;
/** A computed learner is stored when its attempts or content changed, or the stored one is older than this (ms). */
const SNAPSHOT_MAX_AGE_MS = 3_600_000;
/** Quiet time after the last recompute before the snapshot is stored (ms): answers come in bursts. */
const SNAPSHOT_DELAY_MS = 2_000;

const idle = (fn: () => void) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 5_000 });
  else setTimeout(fn, 0);
};

/**
 * The last learner computed for the open database, so the next screen (dashboard → map →
 * practice) shows it at once and only folds the attempts added since, instead of the whole
 * history again. Keyed by database and student: another profile never sees it.
 */
let latest: { db: AbstractPowerSyncDatabase; studentId: string; learner: Learner } | null = null;
const latestFor = (db: AbstractPowerSyncDatabase, studentId: string) => (latest?.db === db && latest.studentId === studentId ? latest.learner : undefined);

/**
 * The student's learner state, recomputed whenever attempts or content change on the device
 * (a new answer, a sync bringing answers from another device, a content update).
 */
export function useLearner(studentId: string): LearnerResource {
  const db = usePowerSync();
  const [resource, setResource] = useState<LearnerResource>(() => {
    const known = latestFor(db, studentId);
    return known ? { status: 'ready', learner: known, asOfMs: null, snapshotRows: null } : { status: 'loading' };
  });

  useEffect(() => {
    let live = true;
    let running = false;
    let again = false;
    let last: Learner | undefined = latestFor(db, studentId);
    let saved: { events: number; signature: string | null; nowMs: number } | null = null;
    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    // A fold in progress advances `last` in place: store only a learner that is settled.
    const settled = (learner: Learner) => live && !running && last === learner;
    /** Stores `learner` once things are quiet, unless a newer recompute supersedes it first. */
    const scheduleSave = (learner: Learner) => {
      clearTimeout(saveTimer);
      saveTimer = setTimeout(
        () =>
          idle(() => {
            if (!settled(learner)) return;
            const signature = signatureOf(db, learner.ctx);
            if (signature === null) return;
            const events = learner.state.events.length;
            if (saved && saved.events === events && saved.signature === signature && learner.nowMs - saved.nowMs < SNAPSHOT_MAX_AGE_MS) return;
            readDashboardRows(db, studentId)
              .then((rows) => {
                // Rows read while a newer computation started belong to that one's snapshot.
                if (!settled(learner)) return;
                saved = { events, signature, nowMs: learner.nowMs };
                const snapshot: LearnerSnapshot = { studentId, signature, ctx: learner.ctx, state: learner.state, nowMs: learner.nowMs, rows };
                return writeSnapshot(snapshot, ENGINE_BUILD);
              })
              .catch((error: unknown) => {
                saved = null;
                console.warn('could not store the learner snapshot', error);
              });
          }),
        SNAPSHOT_DELAY_MS,
      );
    };
    const compute = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          const startedAt = performance.now();
          const incremental = last !== undefined;
          const timings: LearnerTimings = { contextMs: 0, readMs: 0, foldMs: 0 };
          const learner = await loadLearner(db, studentId, Date.now(), last, timings);
          // User Timing (DevTools, bench/client.ts): context, SQL reads and fold, ms.
          performance.measure('cr:learner', { start: startedAt, detail: { attempts: learner.state.events.length, incremental, ...timings } });
          last = learner;
          latest = { db, studentId, learner };
          if (live) setResource({ status: 'ready', learner, asOfMs: null, snapshotRows: null });
          scheduleSave(learner);
        } while (again && live);
      } catch (error) {
        last = undefined;
        latest = null;
        if (live) setResource({ status: 'error', error });
      } finally {
        running = false;
      }
    };
    // First the stored snapshot (if this start has no learner yet), painted at once as of its
    // time; then its whole context, so the catch-up over what the replica holds now folds only
    // the attempts the snapshot has not seen.
    void (async () => {
      if (!last) {
        const paint = await readSnapshot(studentId, ENGINE_BUILD);
        if (paint && live && !last) {
          setResource({ status: 'ready', learner: { ctx: paint.ctx, state: paint.state, nowMs: paint.nowMs }, asOfMs: paint.nowMs, snapshotRows: paint.rows });
          // The local database answers nothing for a while after start; read the context meanwhile.
          const seed = await readSnapshotContext(studentId, ENGINE_BUILD, paint.nowMs);
          if (seed && live && !last) {
            const restored: Learner = { ctx: seed.ctx, state: paint.state, nowMs: paint.nowMs };
            snapshotSeeds.set(restored, seed);
            saved = { events: paint.state.events.length, signature: seed.signature, nowMs: paint.nowMs };
            last = restored;
          }
        }
      }
      if (live) await compute();
    })();
    const abort = new AbortController();
    db.onChangeWithCallback(
      { onChange: () => void compute() },
      { tables: ['attempts', 'questions', 'concepts', 'prerequisites', 'users'], throttleMs: 250, signal: abort.signal },
    );
    return () => {
      live = false;
      clearTimeout(saveTimer);
      abort.abort();
    };
  }, [db, studentId]);

  return resource;
}
