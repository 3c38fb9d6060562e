import { useEffect, useState } from 'react';
import { usePowerSync } from '@powersync/react';
import type { AbstractPowerSyncDatabase } from '@powersync/web';
import { createEngineContext, DEFAULT_SCHEDULE_CONFIG, personalSchedule, type AttemptEvent, type EngineContext, type StudentState } from '@cr/shared/engine/index';
import { fsrsWeightsSchema } from '@cr/shared/schemas/sync';
import { FOLD_CHUNK, foldLearner } from './learning-views.ts';
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
  prerequisites: number;
  questions: number;
  stamp: string | null;
}

let cachedContext: { db: AbstractPowerSyncDatabase; signature: string; ctx: EngineContext } | null = null;

/**
 * The engine context for the local content and, with `studentId`, the student's own FSRS
 * parameters (fitted by the server, synced on their users row); rebuilt only when either changed.
 */
export async function loadEngineContext(db: AbstractPowerSyncDatabase, studentId?: string): Promise<EngineContext> {
  const sig = await db.get<ContentSignature & { weights: string | null }>(
    `SELECT (SELECT count(*) FROM concepts) AS concepts, (SELECT count(*) FROM prerequisites) AS prerequisites,
            (SELECT count(*) FROM questions) AS questions,
            (SELECT max(updated_at) FROM questions) || '|' || (SELECT max(updated_at) FROM concepts) AS stamp,
            (SELECT fsrs_weights FROM users WHERE id = ?) AS weights`,
    [studentId ?? null],
  );
  const signature = `${sig.concepts}|${sig.prerequisites}|${sig.questions}|${sig.stamp ?? ''}|${sig.weights ?? ''}`;
  if (cachedContext && cachedContext.db === db && cachedContext.signature === signature) return cachedContext.ctx;

  const [concepts, prerequisites, questions] = await Promise.all([
    db.getAll<{ id: string; subject: Subject; layer: number; exam_weight: number }>('SELECT id, subject, layer, exam_weight FROM concepts'),
    db.getAll<{ id: string; concept_id: string; prerequisite_id: string; weight: number; criticality: 'HARD' | 'SOFT'; transfer: number }>(
      'SELECT id, concept_id, prerequisite_id, weight, criticality, transfer FROM prerequisites',
    ),
    db.getAll<{ id: string; subject: Subject; primary_concept_id: string; secondary_concept_ids: string | null; difficulty: number }>(
      'SELECT id, subject, primary_concept_id, secondary_concept_ids, difficulty FROM questions',
    ),
  ]);
  const ctx = createEngineContext({
    concepts,
    prerequisites,
    questions: questions.map((q) => ({ ...q, secondary_concept_ids: parseIds(q.secondary_concept_ids) })),
    schedule: personalSchedule(DEFAULT_SCHEDULE_CONFIG, parseWeights(sig.weights)),
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
  is_correct: number;
  response_time_ms: number;
  device_time: string;
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
  const rows = await db.getAll<AttemptRow>(
    `SELECT id, hlc, question_id, concept_id, is_correct, response_time_ms, device_time FROM (
       SELECT a.id, a.hlc, a.question_id, a.concept_id, a.is_correct, a.response_time_ms, a.device_time, a.sitting_id,
              row_number() OVER (PARTITION BY a.sitting_id, a.question_id ORDER BY a.hlc DESC, a.id DESC) AS nth
         FROM attempts a LEFT JOIN test_sittings s ON s.id = a.sitting_id
        WHERE a.student_id = ?
          AND (s.id IS NULL OR s.status <> 'submitted' OR json_extract(s.field_hlc, '$.status') IS NULL
               OR a.hlc <= json_extract(s.field_hlc, '$.status'))
     ) WHERE (sitting_id IS NULL OR nth = 1) AND is_correct IS NOT NULL ORDER BY hlc, id`,
    [studentId],
  );
  const events: AttemptEvent[] = [];
  for (const r of rows) {
    if (!ctx.questions.has(r.question_id) || !ctx.concepts.has(r.concept_id)) continue;
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
  const ctx = await loadEngineContext(db, studentId);
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

export type LearnerResource = { status: 'loading' } | { status: 'ready'; learner: Learner } | { status: 'error'; error: unknown };

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
    return known ? { status: 'ready', learner: known } : { status: 'loading' };
  });

  useEffect(() => {
    let live = true;
    let running = false;
    let again = false;
    let last: Learner | undefined = latestFor(db, studentId);
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
          if (live) setResource({ status: 'ready', learner });
        } while (again && live);
      } catch (error) {
        last = undefined;
        latest = null;
        if (live) setResource({ status: 'error', error });
      } finally {
        running = false;
      }
    };
    void compute();
    const abort = new AbortController();
    db.onChangeWithCallback(
      { onChange: () => void compute() },
      { tables: ['attempts', 'questions', 'concepts', 'prerequisites', 'users'], throttleMs: 250, signal: abort.signal },
    );
    return () => {
      live = false;
      abort.abort();
    };
  }, [db, studentId]);

  return resource;
}
