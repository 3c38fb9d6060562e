import { useEffect, useState } from 'react';
import { usePowerSync } from '@powersync/react';
import type { AbstractPowerSyncDatabase } from '@powersync/web';
import { createEngineContext, foldStudent, type AttemptEvent, type EngineContext, type StudentState } from '@cr/shared/engine/index';
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

/** The engine context for the local content, rebuilt only when the content changed. */
export async function loadEngineContext(db: AbstractPowerSyncDatabase): Promise<EngineContext> {
  const sig = await db.get<ContentSignature>(
    `SELECT (SELECT count(*) FROM concepts) AS concepts, (SELECT count(*) FROM prerequisites) AS prerequisites,
            (SELECT count(*) FROM questions) AS questions,
            (SELECT max(updated_at) FROM questions) || '|' || (SELECT max(updated_at) FROM concepts) AS stamp`,
  );
  const signature = `${sig.concepts}|${sig.prerequisites}|${sig.questions}|${sig.stamp ?? ''}`;
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
  });
  cachedContext = { db, signature, ctx };
  return ctx;
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
 * The student's marked attempts on this device as engine events (practice and tests; an answer
 * cleared in a test, with no mark, is not evidence). Questions the local content does not know
 * (removed from the bank) are skipped rather than failing the whole fold.
 */
export async function loadAttemptEvents(db: AbstractPowerSyncDatabase, ctx: EngineContext, studentId: string): Promise<AttemptEvent[]> {
  const rows = await db.getAll<AttemptRow>(
    `SELECT id, hlc, question_id, concept_id, is_correct, response_time_ms, device_time
       FROM attempts WHERE student_id = ? AND is_correct IS NOT NULL ORDER BY hlc, id`,
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
      correct: r.is_correct === 1,
      response_time_ms: Math.max(0, Math.round(r.response_time_ms)),
      device_time_ms: Number.isFinite(deviceMs) && deviceMs > 0 ? deviceMs : 0,
    });
  }
  return events;
}

/** Context and folded state for the student, now. */
export async function loadLearner(db: AbstractPowerSyncDatabase, studentId: string, nowMs: number = Date.now()): Promise<Learner> {
  const ctx = await loadEngineContext(db);
  const events = await loadAttemptEvents(db, ctx, studentId);
  return { ctx, state: foldStudent(ctx, studentId, events), nowMs };
}

export type LearnerResource = { status: 'loading' } | { status: 'ready'; learner: Learner } | { status: 'error'; error: unknown };

/**
 * The student's learner state, recomputed whenever attempts or content change on the device
 * (a new answer, a sync bringing answers from another device, a content update).
 */
export function useLearner(studentId: string): LearnerResource {
  const db = usePowerSync();
  const [resource, setResource] = useState<LearnerResource>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    let running = false;
    let again = false;
    const compute = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          const learner = await loadLearner(db, studentId);
          if (live) setResource({ status: 'ready', learner });
        } while (again && live);
      } catch (error) {
        if (live) setResource({ status: 'error', error });
      } finally {
        running = false;
      }
    };
    void compute();
    const abort = new AbortController();
    db.onChangeWithCallback(
      { onChange: () => void compute() },
      { tables: ['attempts', 'questions', 'concepts', 'prerequisites'], throttleMs: 250, signal: abort.signal },
    );
    return () => {
      live = false;
      abort.abort();
    };
  }, [db, studentId]);

  return resource;
}
