import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { withTransaction } from '../../server/src/db/database.ts';
import { bearer, type TestApp } from '../helpers/test-app.ts';
import { formatHlc } from '@cr/shared/engine/hlc';

/**
 * Fixtures for the scoring and benchmark tests: a small syllabus, a public bank for weekly
 * tests, a sealed bank able to fill a JEE Main paper, and a device stand-in that uploads
 * sittings and attempts through the real upload endpoint.
 */

export const SUBJECT_PREFIX = { MATH: 'M', PHYSICS: 'P', CHEMISTRY: 'C' } as const;
export type Subj = keyof typeof SUBJECT_PREFIX;
export const SUBJ: Subj[] = ['MATH', 'PHYSICS', 'CHEMISTRY'];

export interface BankItem {
  id: string;
  subject: Subj;
  type: 'SINGLE' | 'INTEGER' | 'NUMERIC';
  answer: string;
  explanation: string;
  concept: string;
}

/** Concepts (two per subject, one prerequisite each). */
export async function seedConcepts(pool: pg.Pool): Promise<void> {
  for (const s of SUBJ) {
    const p = SUBJECT_PREFIX[s];
    await pool.query(
      `INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight) VALUES ($1, $1, $3, 'U1', 1, 2, 0.6), ($2, $2, $3, 'U1', 2, 3, 0.4)
       ON CONFLICT DO NOTHING`,
      [`${p}.BASE`, `${p}.NEXT`, s],
    );
    await pool.query(
      `INSERT INTO prerequisites (concept_id, prerequisite_id, weight, criticality, transfer) VALUES ($1, $2, 0.8, 'HARD', 0.5) ON CONFLICT DO NOTHING`,
      [`${p}.NEXT`, `${p}.BASE`],
    );
  }
}

const OPTIONS = ['A', 'B', 'C', 'D'].map((key) => ({ key, text: `option ${key}` }));

/** A question body in the shared question schema. */
export function question(item: BankItem): Record<string, unknown> {
  return {
    id: item.id,
    subject: item.subject,
    primary_concept_id: item.concept,
    secondary_concept_ids: [],
    type: item.type,
    text: `Question ${item.id}`,
    options: item.type === 'SINGLE' ? OPTIONS : null,
    answer: item.answer,
    tolerance: null,
    explanation: item.explanation,
    difficulty: 1 + (Number(item.id.replace(/\D/g, '')) % 5),
    source: 'test',
    year: null,
    image_urls: [],
    generator: null,
  };
}

/** Items for a sealed bank: per subject `singles` single-correct and `numerics` numerical. */
export function bankItems(prefix: string, singles = 22, numerics = 6): BankItem[] {
  const out: BankItem[] = [];
  for (const s of SUBJ) {
    const p = SUBJECT_PREFIX[s];
    for (let i = 0; i < singles + numerics; i++) {
      const single = i < singles;
      const id = `${prefix}-${p}${String(i).padStart(3, '0')}`;
      out.push({
        id,
        subject: s,
        type: single ? 'SINGLE' : i % 2 === 0 ? 'INTEGER' : 'NUMERIC',
        answer: single ? 'ABCD'.charAt(i % 4) : String(10 + i),
        // A unique marker, so a test can look for the key anywhere a device could read.
        explanation: `KEYSECRET-${id}`,
        concept: `${p}.${i % 2 === 0 ? 'BASE' : 'NEXT'}`,
      });
    }
  }
  return out;
}

/** Public questions (the content bucket) for weekly tests. */
export async function seedPublicQuestions(pool: pg.Pool, items: BankItem[]): Promise<void> {
  for (const it of items) {
    const q = question(it);
    await pool.query(
      `INSERT INTO questions (id, subject, primary_concept_id, type, text, options, answer, explanation, difficulty, source)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'test') ON CONFLICT DO NOTHING`,
      [q.id, q.subject, q.primary_concept_id, q.type, q.text, q.options ? JSON.stringify(q.options) : null, q.answer, q.explanation, q.difficulty],
    );
  }
}

/** A wrong answer of the right shape. */
export function wrongAnswer(item: Pick<BankItem, 'type' | 'answer'>): string {
  if (item.type === 'SINGLE') return item.answer === 'A' ? 'B' : 'A';
  return String(Number(item.answer) + 7);
}

/** Device clock stand-in: HLC stamps that increase per device. */
export class Device {
  private counter = 0;
  constructor(readonly node: string) {}
  hlc(ms: number): string {
    this.counter += 1;
    return formatHlc({ wallMs: Math.floor(ms), counter: this.counter, node: this.node });
  }
}

export interface SittingPlan {
  sittingId?: string;
  testId: string;
  testType: 'WEEKLY' | 'MONTHLY' | 'PRACTICE' | 'DIAGNOSTIC';
  questionIds: string[];
  startedAtMs: number;
  /** Device submission time; undefined = still in progress. */
  submittedAtMs?: number;
  durationS?: number;
}

export type Answer = { questionId: string; concept: string; answer: string | null; atMs: number; timeMs?: number };

/** Uploads through POST /sync/upload (one upload transaction). Returns the applied/rejected summary. */
export async function upload(t: TestApp, token: string, ops: unknown[]): Promise<{ applied: number; rejected: unknown[] }> {
  const res = await t.app.inject({ method: 'POST', url: '/sync/upload', headers: bearer(token), payload: { client_id: 'test', ops } });
  if (res.statusCode !== 200) throw new Error(`upload failed: ${res.statusCode} ${res.body}`);
  const data = res.json().data;
  if (data.rejected.length > 0) throw new Error(`upload rejected: ${JSON.stringify(data.rejected)}`);
  return data;
}

export function sittingOp(device: Device, plan: SittingPlan & { sittingId: string }, studentId: string, submitStampMs?: number): unknown {
  const submitted = plan.submittedAtMs !== undefined;
  const stamp = device.hlc(submitStampMs ?? plan.submittedAtMs ?? plan.startedAtMs);
  return {
    op: 'PUT',
    type: 'test_sittings',
    id: plan.sittingId,
    data: {
      student_id: studentId,
      test_id: plan.testId,
      test_type: plan.testType,
      pattern: 'JEE_MAIN',
      question_ids: JSON.stringify(plan.questionIds),
      started_at: new Date(plan.startedAtMs).toISOString(),
      duration_limit_s: plan.durationS ?? 10_800,
      status: submitted ? 'submitted' : 'in_progress',
      submitted_at: submitted ? new Date(plan.submittedAtMs as number).toISOString() : null,
      field_hlc: JSON.stringify({ status: stamp, submitted_at: stamp }),
    },
  };
}

export function attemptOp(device: Device, sittingId: string | null, studentId: string, a: Answer): unknown {
  return {
    op: 'PUT',
    type: 'attempts',
    id: randomUUID(),
    data: {
      student_id: studentId,
      sitting_id: sittingId,
      question_id: a.questionId,
      concept_id: a.concept,
      answer: a.answer,
      // The device's provisional claim: always "correct", to prove the server never reads it.
      is_correct: 1,
      response_time_ms: a.timeMs ?? 45_000,
      device_time: new Date(a.atMs).toISOString(),
      hlc: device.hlc(a.atMs),
    },
  };
}

/** Starts (and optionally submits) a sitting with answers, all in one upload transaction. Answers are stamped before the submission. */
export async function takeTest(t: TestApp, student: { id: string; token: string }, device: Device, plan: SittingPlan, answers: Answer[]): Promise<string> {
  const sittingId = plan.sittingId ?? randomUUID();
  const ops = answers.map((a) => attemptOp(device, sittingId, student.id, a));
  await upload(t, student.token, [sittingOp(device, { ...plan, sittingId }, student.id), ...ops]);
  return sittingId;
}

/**
 * Simulated passage of time for a benchmark: shifts every stored instant of the benchmark, its
 * keys and its sittings `seconds` into the past, as if that much time had elapsed since.
 */
export async function elapse(pool: pg.Pool, benchmarkId: string, seconds: number): Promise<void> {
  const d = `${seconds} seconds`;
  // One transaction: a scoring job of the running queue that read the window moved but the
  // sittings not yet moved would judge them received long after the deadline, and keep that.
  await withTransaction(pool, async (db) => {
    await db.query(`UPDATE benchmarks SET opens_at = opens_at - $2::interval, closes_at = closes_at - $2::interval WHERE id = $1`, [benchmarkId, d]);
    await db.query(`UPDATE benchmark_answer_keys SET window_closes_at = window_closes_at - $2::interval WHERE benchmark_id = $1`, [benchmarkId, d]);
    await db.query(
      `UPDATE sitting_submissions SET received_at = received_at - $2::interval WHERE sitting_id IN (SELECT id FROM test_sittings WHERE test_id = $1)`,
      [benchmarkId, d],
    );
    await db.query(
      `UPDATE attempts SET received_at = received_at - $2::interval, device_time = device_time - $2::interval
        WHERE sitting_id IN (SELECT id FROM test_sittings WHERE test_id = $1)`,
      [benchmarkId, d],
    );
    await db.query(
      `UPDATE test_sittings SET started_at = started_at - $2::interval, submitted_at = submitted_at - $2::interval, received_at = received_at - $2::interval
        WHERE test_id = $1`,
      [benchmarkId, d],
    );
  });
}

export async function until(check: () => Promise<boolean>, what: string, tries = 300): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}
