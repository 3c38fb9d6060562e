import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc, scoreSitting, type ExamPattern, type SittingAttempt } from '@cr/shared/engine/index';
import type { Database } from '../../server/src/db/database.ts';
import { withTransaction } from '../../server/src/db/database.ts';
import { createTestDatabase } from '../../server/src/db/test-database.ts';
import { drainBacklog } from '../../server/src/jobs/scoring.ts';
import { scoringFor } from '../../server/src/scoring/scoring.ts';
import { scoringThreadsFor, type BacklogScorer, type ScoringThreads } from '../../server/src/scoring/threads.ts';
import { addToBank, scheduleBenchmark } from '../../server/src/services/benchmarks.ts';
import { bankItems, question, seedConcepts, SUBJECT_PREFIX, type BankItem } from './fixtures.ts';

/**
 * Bulk scoring equals the pure scorer, sitting by sitting: one batch mixing many students, weekly
 * papers under both patterns and a benchmark paper, answers saved several times, cleared,
 * stamped after the submission and (benchmark) received after the deadline, scored by parallel
 * backlog drains (SKIP LOCKED claims); then answers arriving after scoring and submissions edited
 * after scoring (a later or earlier submission stamp) make results stale and the drains rescore
 * them. Every stored result equals `scoreSitting` over the same inputs, each sitting is scored
 * once, and nothing is left pending. On Postgres the drains score their claims on two scoring
 * threads, as a server does (SCORING_THREADS); on PGlite on the event loop.
 */

let db: Database;
let threads: ScoringThreads | null = null;
let backlog: BacklogScorer;
let publicItems: BankItem[];
let benchmark: { id: string; question_ids: string[]; closesMs: number; graceS: number };
const students: string[] = [];

const PUBLIC = [
  { id: 'BQ-M1', subject: 'MATH', type: 'SINGLE', answer: 'B', tolerance: null },
  { id: 'BQ-M2', subject: 'MATH', type: 'INTEGER', answer: '12', tolerance: null },
  { id: 'BQ-M3', subject: 'MATH', type: 'MULTI', answer: 'AC', tolerance: null },
  { id: 'BQ-P1', subject: 'PHYSICS', type: 'NUMERIC', answer: '4.47', tolerance: 0.01 },
  { id: 'BQ-P2', subject: 'PHYSICS', type: 'SINGLE', answer: 'D', tolerance: null },
  { id: 'BQ-P3', subject: 'PHYSICS', type: 'MULTI', answer: 'ABD', tolerance: null },
  { id: 'BQ-C1', subject: 'CHEMISTRY', type: 'MULTI', answer: 'ACD', tolerance: null },
  { id: 'BQ-C2', subject: 'CHEMISTRY', type: 'NUMERIC', answer: '-2.5', tolerance: 0.01 },
  { id: 'BQ-C3', subject: 'CHEMISTRY', type: 'INTEGER', answer: '7', tolerance: null },
] as const;
type Keyed = { id: string; subject: string; type: string; answer: string; tolerance: number | null };

/**
 * Responses per type. Some are what a tampered or buggy device could send, with the characters
 * that are special in JSON and in Postgres array literals (quotes, backslash, braces, commas, the
 * word NULL, spaces): the stored answers must still equal the scorer's, character for character.
 */
const RESPONSES: Record<string, string[]> = {
  SINGLE: ['A', 'B', 'C', 'D', 'a, "b"'],
  MULTI: ['ACD', 'AC', 'ABCD', 'D', 'ABD', '{A,C}'],
  INTEGER: ['12', '7', '11', '+12', 'x', '10', '20', 'NULL', ' 7 '],
  NUMERIC: ['4.47', '4.5', '-2.5', '-3', '-2.4', '5', '4\\5"', 'ऋ 4.47'],
};

/** Weekly papers (pattern, question ids); the benchmark paper is added once scheduled. */
const PAPERS: { pattern: ExamPattern; ids: string[] }[] = [
  { pattern: 'JEE_MAIN', ids: PUBLIC.slice(0, 6).map((q) => q.id) },
  { pattern: 'JEE_ADVANCED', ids: PUBLIC.slice(3).map((q) => q.id) },
  { pattern: 'JEE_ADVANCED', ids: PUBLIC.map((q) => q.id) },
];

const BASE_MS = 1_760_000_000_000;
const hlc = (ms: number, counter: number, node: string) => formatHlc({ wallMs: ms, counter, node });

beforeAll(async () => {
  db = await createTestDatabase();
  threads = scoringThreadsFor(db, 2);
  backlog = threads ?? scoringFor(db.pool);
  await seedConcepts(db.pool);
  const concept = (subject: string) => `${SUBJECT_PREFIX[subject as keyof typeof SUBJECT_PREFIX]}.BASE`;
  for (const q of PUBLIC) {
    await db.pool.query(
      `INSERT INTO questions (id, subject, primary_concept_id, type, text, options, answer, tolerance, explanation, difficulty, source)
       VALUES ($1, $2, $3, $4, 'text', $5, $6, $7, 'why', 3, 'test')`,
      [q.id, q.subject, concept(q.subject), q.type, q.type === 'SINGLE' || q.type === 'MULTI' ? JSON.stringify(['A', 'B', 'C', 'D'].map((key) => ({ key, text: key }))) : null, q.answer, q.tolerance],
    );
  }
  publicItems = bankItems('BKS');
  await withTransaction(db.pool, (c) => addToBank(c, publicItems.map(question) as never));
  // A benchmark whose window closed an hour ago (grace 60 s): its sittings were received inside
  // the window; some answers reached the server after the deadline.
  const now = Date.now();
  const closesMs = now - 3600_000;
  const bm = await withTransaction(db.pool, (c) =>
    scheduleBenchmark(c, {
      standard: 12,
      month: '2031-03-01',
      opensAt: new Date(closesMs - 4 * 3600_000).toISOString(),
      closesAt: new Date(closesMs).toISOString(),
      graceS: 60,
      actorId: null,
    }),
  );
  benchmark = { id: bm.id, question_ids: bm.question_ids, closesMs, graceS: 60 };
  for (let i = 0; i < 12; i++) {
    const { rows } = await db.pool.query<{ id: string }>(
      `INSERT INTO users (email, password_hash, role, full_name, standard) VALUES ($1, 'x', 'student', $2, 12) RETURNING id`,
      [`bulk${i}@e2e.cr`, `Bulk ${i}`],
    );
    students.push(rows[0]!.id);
  }
}, 180_000);

afterAll(async () => {
  await threads?.close();
  await db?.close();
});

/** Keys of a paper as the scorer needs them, in paper order. */
function keysOf(ids: readonly string[]): Keyed[] {
  const sealed = new Map(publicItems.map((it) => [it.id, { id: it.id, subject: it.subject, type: it.type, answer: it.answer, tolerance: null }]));
  return ids.map((id) => PUBLIC.find((q) => q.id === id) ?? sealed.get(id)!);
}

interface Event extends SittingAttempt {
  id: string;
  receivedMs: number;
}
interface Sitting {
  id: string;
  student: string;
  benchmark: boolean;
  pattern: ExamPattern;
  ids: string[];
  startedMs: number;
  submitMs: number;
  submitCounter: number;
  events: Event[];
}

const eventArb = fc.record({
  q: fc.nat(200),
  pick: fc.nat(20),
  clear: fc.boolean(),
  ms: fc.integer({ min: 1, max: 60 }),
  late: fc.boolean(),
});
type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;
const sittingArb = fc.record({
  student: fc.nat(11),
  paper: fc.integer({ min: 0, max: PAPERS.length }),
  cutMs: fc.integer({ min: 5, max: 55 }),
  events: fc.array(eventArb, { maxLength: 30 }),
  more: fc.array(eventArb, { maxLength: 6 }),
  edit: fc.constantFrom('none', 'later', 'earlier'),
});

function build(node: string, events: ValueOf<typeof eventArb>[], startIndex: number, s: Pick<Sitting, 'ids' | 'benchmark' | 'startedMs'>): Event[] {
  const out: Event[] = [];
  events.forEach((e, i) => {
    const qid = s.ids[e.q % s.ids.length]!;
    const type = keysOf([qid])[0]!.type;
    const options = RESPONSES[type]!;
    const stampMs = s.startedMs + e.ms * 1000;
    out.push({
      id: randomUUID(),
      question_id: qid,
      answer: e.clear && e.pick % 3 === 0 ? null : options[e.pick % options.length]!,
      hlc: hlc(stampMs, startIndex + i, node),
      response_time_ms: 1000 + i,
      // Benchmark answers received after close + grace are ignored by the server.
      late: s.benchmark && e.late && e.pick % 4 === 0,
      receivedMs: 0,
    });
  });
  for (const e of out) e.receivedMs = e.late ? benchmark.closesMs + (benchmark.graceS + 30) * 1000 : s.benchmark ? benchmark.closesMs - 60_000 : Date.now();
  return out;
}

async function insertEvents(sitting: Sitting, events: Event[]): Promise<void> {
  if (events.length === 0) return;
  await db.pool.query(
    `INSERT INTO attempts (id, student_id, sitting_id, question_id, concept_id, answer, response_time_ms, device_time, hlc, received_at)
     SELECT e.id, $1, $2, e.q, 'M.BASE', e.answer, e.t, now(), e.hlc, to_timestamp(e.r / 1000.0)
       FROM unnest($3::uuid[], $4::text[], $5::text[], $6::int[], $7::text[], $8::float8[]) AS e(id, q, answer, t, hlc, r)`,
    [
      sitting.student,
      sitting.id,
      events.map((e) => e.id),
      events.map((e) => e.question_id),
      events.map((e) => e.answer),
      events.map((e) => e.response_time_ms),
      events.map((e) => e.hlc),
      events.map((e) => e.receivedMs),
    ],
  );
  sitting.events.push(...events);
}

/** What the server must have stored for a sitting: the pure scorer over the same inputs. */
function expected(s: Sitting) {
  return scoreSitting(s.pattern, keysOf(s.ids) as never, s.events, hlc(s.submitMs, s.submitCounter, 'submit'));
}

async function checkAll(sittings: Sitting[]): Promise<void> {
  const { rows } = await db.pool.query<{ sitting_id: string; total_score: number; max_marks: number; answers: (string | null)[]; marks: number[]; times_ms: (number | null)[]; ignored_attempts: number; question_ids: string[]; stale: boolean }>(
    // A benchmark's own paper is stored by reference (NULL, migration 026): read as its readers do.
    `SELECT sitting_id, total_score, max_marks, answers, marks, times_ms, ignored_attempts, stale,
            coalesce(sc.question_ids, (SELECT b.question_ids FROM benchmarks b WHERE b.id = sc.benchmark_id)) AS question_ids
       FROM sitting_scores sc WHERE sitting_id = ANY($1::uuid[])`,
    [sittings.map((s) => s.id)],
  );
  expect(rows).toHaveLength(sittings.length);
  const stored = new Map(rows.map((r) => [r.sitting_id, r]));
  for (const s of sittings) {
    const e = expected(s);
    const r = stored.get(s.id)!;
    expect(r.stale).toBe(false);
    expect({ total: r.total_score, max: r.max_marks, ids: r.question_ids, answers: r.answers, marks: r.marks, times: r.times_ms, ignored: r.ignored_attempts }).toEqual({
      total: e.paper.total.marks,
      max: e.maxMarks,
      ids: e.questionIds,
      answers: e.finalAnswers,
      marks: e.marks,
      times: e.timesMs,
      ignored: e.ignored,
    });
  }
  // Weekly results are published with the same total; benchmark ones stay sealed.
  const results = await db.pool.query<{ sitting_id: string; total_score: number; published: boolean }>(
    'SELECT sitting_id, total_score, published FROM test_results WHERE sitting_id = ANY($1::uuid[])',
    [sittings.map((s) => s.id)],
  );
  const byId = new Map(results.rows.map((r) => [r.sitting_id, r]));
  for (const s of sittings) {
    const r = byId.get(s.id);
    if (s.benchmark) {
      if (r) expect(r.published).toBe(false);
    } else {
      expect(r?.total_score).toBe(expected(s).paper.total.marks);
      expect(r?.published).toBe(true);
    }
  }
}

describe('bulk scoring of a mixed batch', () => {
  it('equals the pure scorer per sitting, through parallel drains, late answers and rescoring after edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sittingArb, { minLength: 5, maxLength: 40 }), async (raws) => {
        const sittings: Sitting[] = [];
        const used = new Set<string>();
        for (const raw of raws) {
          const isBenchmark = raw.paper === PAPERS.length;
          // One benchmark sitting per student (a second one would be refused as a resubmission).
          if (isBenchmark && used.has(students[raw.student]!)) continue;
          if (isBenchmark) used.add(students[raw.student]!);
          const paper = isBenchmark ? { pattern: 'JEE_MAIN' as const, ids: benchmark.question_ids } : PAPERS[raw.paper]!;
          const startedMs = isBenchmark ? benchmark.closesMs - 2 * 3600_000 : BASE_MS;
          const s: Sitting = {
            id: randomUUID(),
            student: students[raw.student]!,
            benchmark: isBenchmark,
            pattern: paper.pattern,
            ids: paper.ids,
            startedMs,
            submitMs: startedMs + raw.cutMs * 1000,
            submitCounter: 5,
            events: [],
          };
          await db.pool.query(
            `INSERT INTO test_sittings (id, student_id, test_id, test_type, pattern, question_ids, status, started_at, submitted_at, duration_limit_s, field_hlc)
             VALUES ($1, $2, $3, $4, $5, $6, 'submitted', to_timestamp($7 / 1000.0), to_timestamp($8 / 1000.0), 10800, $9)`,
            [s.id, s.student, isBenchmark ? benchmark.id : `WEEKLY-BULK-${raw.paper}`, isBenchmark ? 'MONTHLY' : 'WEEKLY', s.pattern, s.ids, s.startedMs, s.submitMs,
              JSON.stringify({ status: hlc(s.submitMs, s.submitCounter, 'submit') })],
          );
          if (isBenchmark) {
            await db.pool.query(`UPDATE sitting_submissions SET received_at = to_timestamp($2 / 1000.0) WHERE sitting_id = $1`, [s.id, benchmark.closesMs - 60_000]);
          }
          await insertEvents(s, build('dev', raw.events, 0, s));
          sittings.push(s);
        }

        // One bulk pass: two drains in parallel share the backlog.
        const drained = await Promise.all([drainBacklog(db.pool, 7, backlog), drainBacklog(db.pool, 7, backlog)]);
        expect(drained[0].scored + drained[1].scored).toBe(sittings.length);
        await checkAll(sittings);

        // After scoring: more answers arrive (some before the submission stamp, so the result
        // changes) and some submissions are edited (another device's later or earlier stamp).
        let touched = 0;
        for (const [i, s] of sittings.entries()) {
          const raw = raws[i];
          if (!raw) continue;
          if (raw.more.length > 0) {
            await insertEvents(s, build('dev2', raw.more, 100, s));
            touched += 1;
          }
          if (raw.edit !== 'none') {
            s.submitMs += raw.edit === 'later' ? 20_000 : -4_000;
            s.submitCounter += 1;
            await db.pool.query(`UPDATE test_sittings SET field_hlc = jsonb_build_object('status', $2::text), submitted_at = to_timestamp($3 / 1000.0) WHERE id = $1`, [
              s.id,
              hlc(s.submitMs, s.submitCounter, 'submit'),
              s.submitMs,
            ]);
            touched += 1;
          }
        }
        const stale = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM sitting_scores WHERE stale AND sitting_id = ANY($1::uuid[])', [sittings.map((s) => s.id)]);
        expect(stale.rows[0]!.n).toBeLessThanOrEqual(touched);
        if (touched > 0) expect(stale.rows[0]!.n).toBeGreaterThan(0);
        await Promise.all([drainBacklog(db.pool, 5, backlog), drainBacklog(db.pool, 5, backlog)]);
        await checkAll(sittings);

        // Nothing is left pending, and scoring again changes nothing.
        expect((await drainBacklog(db.pool, 50, backlog)).scored).toBe(0);
        const again = await scoringFor(db.pool).scoreSittings(sittings.map((s) => s.id));
        expect(again.changed).toEqual([]);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 6) },
    );
  });
});
