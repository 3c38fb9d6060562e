import { usePowerSync, useQuery } from '@powersync/react';
import { nextHlc, uuidv7 } from '../sync/device.ts';
import type { QuestionRow } from '../sync/schema.ts';
import { MAX_RESPONSE_TIME_MS } from '@cr/shared/schemas/sync';

/** Named reads and writes for practice: the screens hold no SQL. */

export interface PracticeConcept {
  id: string;
  name: string;
  subject: string;
  unit: string | null;
  questions: number;
}

/** Concepts that have questions on offer in the local replica (retired ones left out), by subject and name. */
export function usePracticeConcepts() {
  return useQuery<PracticeConcept>(
    `SELECT c.id, c.name, c.subject, c.unit, count(q.id) AS questions
       FROM concepts c JOIN questions q ON q.primary_concept_id = c.id AND q.retired_at IS NULL
      GROUP BY c.id ORDER BY c.subject, c.unit, c.name`,
  );
}

export function useConcept(conceptId: string) {
  return useQuery<{ id: string; name: string; subject: string }>('SELECT id, name, subject FROM concepts WHERE id = ?', [conceptId]);
}

/** The concept's questions, easiest first (stable order so "next" is predictable). */
export function useConceptQuestions(conceptId: string) {
  return useQuery<QuestionRow>('SELECT * FROM questions WHERE primary_concept_id = ? AND retired_at IS NULL ORDER BY difficulty, id', [conceptId]);
}

export interface AttemptInput {
  studentId: string;
  questionId: string;
  conceptId: string;
  answer: string | null;
  isCorrect: boolean | null;
  responseTimeMs: number;
  sittingId?: string | null;
}

/** Appends one attempt event (insert-only; UUIDv7 id, this device's HLC) to the local replica. */
export function useRecordAttempt() {
  const db = usePowerSync();
  return async (input: AttemptInput): Promise<string> => {
    const now = Date.now();
    const id = uuidv7(now);
    await db.execute(
      `INSERT INTO attempts (id, student_id, sitting_id, question_id, concept_id, answer, is_correct, response_time_ms, device_time, hlc)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        input.studentId,
        input.sittingId ?? null,
        input.questionId,
        input.conceptId,
        input.answer,
        input.isCorrect === null ? null : input.isCorrect ? 1 : 0,
        Math.max(0, Math.min(MAX_RESPONSE_TIME_MS, Math.round(input.responseTimeMs))),
        new Date(now).toISOString(),
        nextHlc(now),
      ],
    );
    return id;
  };
}

/** How many attempts this student has on the device (synced or not) for a concept. */
export function useConceptAttemptCount(conceptId: string) {
  return useQuery<{ n: number; correct: number }>('SELECT count(*) AS n, coalesce(sum(is_correct), 0) AS correct FROM attempts WHERE concept_id = ?', [conceptId]);
}
