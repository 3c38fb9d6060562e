import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionalScore, type SittingAttempt } from '../client/src/data/sittings/tests-scoring.ts';
import type { Database } from '../server/src/db/database.ts';
import { withTransaction } from '../server/src/db/database.ts';
import { createTestDatabase } from '../server/src/db/test-database.ts';
import { scoringFor } from '../server/src/scoring/scoring.ts';
import { formatHlc } from '@cr/shared/engine/hlc';

/**
 * The device's provisional score (client/src/data/sittings/tests-scoring.ts) equals the server's
 * authoritative score (server/src/scoring/: load → the shared sitting scorer → write) on the same
 * inputs: the same sitting under either pattern, the same attempt events (answers, clears, several
 * saves per question, answers stamped after the submission) and the same keys — total, maxima,
 * per subject and per question, and the count of ignored answers.
 */

let db: Database;
let studentId: string;

const QUESTIONS = [
  { id: 'PS-M1', subject: 'MATH', type: 'SINGLE', answer: 'B', tolerance: null, concept: 'PS.M' },
  { id: 'PS-M2', subject: 'MATH', type: 'INTEGER', answer: '12', tolerance: null, concept: 'PS.M' },
  { id: 'PS-P1', subject: 'PHYSICS', type: 'NUMERIC', answer: '4.47', tolerance: 0.01, concept: 'PS.P' },
  { id: 'PS-P2', subject: 'PHYSICS', type: 'SINGLE', answer: 'D', tolerance: null, concept: 'PS.P' },
  { id: 'PS-C1', subject: 'CHEMISTRY', type: 'MULTI', answer: 'ACD', tolerance: null, concept: 'PS.C' },
  { id: 'PS-C2', subject: 'CHEMISTRY', type: 'NUMERIC', answer: '-2.5', tolerance: 0.01, concept: 'PS.C' },
] as const;

const RESPONSES: Record<string, string[]> = {
  SINGLE: ['A', 'B', 'C', 'D'],
  MULTI: ['ACD', 'AC', 'ABCD', 'D'],
  INTEGER: ['12', '12.4', '11', '+12', 'x'],
  NUMERIC: ['4.47', '4.5', '4', '-2.5', '-3', '-2.4', '5'],
};

const hlc = (ms: number, counter: number) => formatHlc({ wallMs: ms, counter, node: 'web-parity' });

beforeAll(async () => {
  db = await createTestDatabase();
  const { rows } = await db.pool.query<{ id: string }>(
    `INSERT INTO users (email, password_hash, role, full_name, standard) VALUES ('parity@e2e.cr', 'x', 'student', 'Parity', 12) RETURNING id`,
  );
  studentId = rows[0]!.id;
  for (const c of ['PS.M', 'PS.P', 'PS.C']) {
    const subject = c === 'PS.M' ? 'MATH' : c === 'PS.P' ? 'PHYSICS' : 'CHEMISTRY';
    await db.pool.query(`INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight) VALUES ($1, $1, $2, 'U1', 1, 2, 0.5)`, [c, subject]);
  }
  for (const q of QUESTIONS) {
    await db.pool.query(
      `INSERT INTO questions (id, subject, primary_concept_id, type, text, options, answer, tolerance, explanation, difficulty, source)
       VALUES ($1, $2, $3, $4, 'text', $5, $6, $7, 'why', 3, 'test')`,
      [q.id, q.subject, q.concept, q.type, q.type === 'SINGLE' || q.type === 'MULTI' ? JSON.stringify(['A', 'B', 'C', 'D'].map((key) => ({ key, text: key }))) : null, q.answer, q.tolerance],
    );
  }
}, 120_000);

afterAll(async () => db?.close());

const attemptArb = fc.record({
  q: fc.integer({ min: 0, max: QUESTIONS.length - 1 }),
  pick: fc.nat(10),
  clear: fc.boolean(),
  ms: fc.integer({ min: 1, max: 40 }),
});

describe('provisional = authoritative', () => {
  it('scores every sitting the same on the device and on the server', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(attemptArb, { maxLength: 25 }), fc.integer({ min: 1, max: 40 }), fc.constantFrom('JEE_MAIN' as const, 'JEE_ADVANCED' as const), async (raw, cutMs, pattern) => {
        const sittingId = randomUUID();
        const base = 1_760_000_000_000;
        const submission = hlc(base + cutMs * 1000, 5);
        const seen = new Set<string>();
        const attempts: (SittingAttempt & { id: string })[] = [];
        raw.forEach((r, i) => {
          const q = QUESTIONS[r.q]!;
          const stamp = hlc(base + r.ms * 1000, i % 7);
          if (seen.has(stamp)) return;
          seen.add(stamp);
          const options = RESPONSES[q.type]!;
          attempts.push({ id: randomUUID(), question_id: q.id, answer: r.clear && r.pick % 3 === 0 ? null : options[r.pick % options.length]!, hlc: stamp, response_time_ms: 1000 + i });
        });
        await db.pool.query(
          `INSERT INTO test_sittings (id, student_id, test_id, test_type, pattern, question_ids, status, started_at, submitted_at, duration_limit_s, field_hlc)
           VALUES ($1, $2, 'weekly-parity', 'WEEKLY', $7, $3, 'submitted', $4, $5, 3600, $6)`,
          [sittingId, studentId, QUESTIONS.map((q) => q.id), new Date(base).toISOString(), new Date(base + cutMs * 1000).toISOString(), JSON.stringify({ status: submission, submitted_at: submission }), pattern],
        );
        for (const a of attempts) {
          const q = QUESTIONS.find((x) => x.id === a.question_id)!;
          await db.pool.query(
            `INSERT INTO attempts (id, student_id, sitting_id, question_id, concept_id, answer, is_correct, response_time_ms, device_time, hlc)
             VALUES ($1, $2, $3, $4, $5, $6, NULL, $7, $8, $9)`,
            [a.id, studentId, sittingId, a.question_id, q.concept, a.answer, a.response_time_ms, new Date(base).toISOString(), a.hlc],
          );
        }
        await withTransaction(db.pool, (client) => scoringFor(db.pool).scoreSittingsIn(client, [sittingId]));

        const device = provisionalScore(
          pattern,
          QUESTIONS.map((q) => ({ id: q.id, subject: q.subject, type: q.type, answer: q.answer, tolerance: q.tolerance })),
          attempts,
          submission,
        );
        const stored = (await db.pool.query<{ ignored_attempts: number; max_marks: number }>('SELECT ignored_attempts, max_marks FROM sitting_scores WHERE sitting_id = $1', [sittingId])).rows[0]!;
        expect(stored.ignored_attempts).toBe(device.ignored);
        expect(stored.max_marks).toBe(device.maxMarks);
        const result = (await db.pool.query<{ id: string; total_score: number; total_marks: number; accuracy: number | null; subject_scores: Record<string, { marks: number }> }>(
          'SELECT id, total_score, total_marks, accuracy, subject_scores FROM test_results WHERE sitting_id = $1',
          [sittingId],
        )).rows[0]!;
        expect(result.total_score).toBe(device.paper.total.marks);
        expect(result.total_marks).toBe(device.maxMarks);
        if (device.accuracy === null) expect(result.accuracy).toBeNull();
        else expect(result.accuracy).toBeCloseTo(device.accuracy, 9);
        for (const s of ['MATH', 'PHYSICS', 'CHEMISTRY'] as const) expect(result.subject_scores[s]?.marks).toBe(device.paper.bySubject[s].marks);
        const responses = await db.pool.query<{ question_id: string; student_answer: string | null; marks_awarded: number }>(
          'SELECT question_id, student_answer, marks_awarded FROM question_responses WHERE test_result_id = $1',
          [result.id],
        );
        const server = new Map(responses.rows.map((r) => [r.question_id, r]));
        for (const r of device.paper.responses) {
          expect(server.get(r.questionId)?.marks_awarded).toBe(r.marks);
          expect(server.get(r.questionId)?.student_answer ?? null).toBe(device.answers.get(r.questionId)?.answer ?? null);
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 40) },
    );
  });
});
