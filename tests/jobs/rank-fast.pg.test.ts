import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JEE_MAIN_CANDIDATES, rankSubmissions, type Submission } from '@cr/shared/engine/index';
import { withTransaction } from '../../server/src/db/database.ts';
import { rankJob } from '../../server/src/jobs/scoring.ts';
import type { Queryable } from '../../server/src/scoring/content.ts';
import { displayName, rankBenchmark } from '../../server/src/scoring/rank-benchmark.ts';
import { scoringFor } from '../../server/src/scoring/scoring.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

// The set-based ranking (SQL window functions in rank-benchmark.ts) must equal the engine's
// rankSubmissions exactly: percentiles to the 7th decimal (total and per subject), ranks with the
// NTA tie-breaks, predicted all-India ranks, leaderboard order, the coach-alert cut. Random
// cohorts over small score ranges, so partial and full ties are frequent. And a ranking killed
// mid-run leaves no partial result.

const RUNS = Number(process.env.FC_RUNS ?? 25);
const SUBJECTS = ['MATH', 'PHYSICS', 'CHEMISTRY'] as const;
type Tally = { marks: number; right: number; wrong: number; unanswered: number };

let t: TestApp;
let seq = 0;
let cohortId = '';

beforeAll(async () => {
  t = await createTestApp();
  cohortId = (await t.db.pool.query(`INSERT INTO cohorts (name, standard) VALUES ('Rank cohort', 12) RETURNING id`)).rows[0].id;
});
afterAll(async () => t.close());

// Half the time one of a few results with equal marks but different wrong/right ratios, so the
// deepest tie-breaks (ratios per subject) are reached often.
const subjectArb = fc.oneof(
  fc.record({ right: fc.integer({ min: 0, max: 4 }), wrong: fc.integer({ min: 0, max: 3 }) }),
  fc.constantFrom({ right: 1, wrong: 0 }, { right: 2, wrong: 4 }, { right: 0, wrong: 0 }, { right: 1, wrong: 4 }, { right: 2, wrong: 0 }, { right: 3, wrong: 4 }),
);
const studentArb = fc.record({ MATH: subjectArb, PHYSICS: subjectArb, CHEMISTRY: subjectArb, named: fc.constantFrom('Asha Rao', 'Vikram', '  ', null) });

const PERMUTATIONS = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]] as const;
/** A few profiles, each student one of them with its subject results permuted: equal totals, subject ties broken only by ratios. */
const permutedCohortArb = fc
  .tuple(fc.array(studentArb, { minLength: 1, maxLength: 3 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 5 })), { minLength: 2, maxLength: 30 }))
  .map(([profiles, picks]) =>
    picks.map(([k, perm]) => {
      const base = profiles[k % profiles.length]!;
      const results = SUBJECTS.map((subj) => base[subj]);
      const order = PERMUTATIONS[perm]!;
      return { MATH: results[order[0]]!, PHYSICS: results[order[1]]!, CHEMISTRY: results[order[2]]!, named: base.named };
    }),
  );

type Student = { MATH: { right: number; wrong: number }; PHYSICS: { right: number; wrong: number }; CHEMISTRY: { right: number; wrong: number }; named: string | null };

function tallies(s: Student): Record<'total' | (typeof SUBJECTS)[number], Tally> {
  const out = { total: { marks: 0, right: 0, wrong: 0, unanswered: 0 } } as Record<'total' | (typeof SUBJECTS)[number], Tally>;
  for (const subj of SUBJECTS) {
    const { right, wrong } = s[subj];
    out[subj] = { marks: 4 * right - wrong, right, wrong, unanswered: 25 - right - wrong };
    for (const k of ['marks', 'right', 'wrong', 'unanswered'] as const) out.total[k] += out[subj][k];
  }
  return out;
}

/** A benchmark past its deadline with `cohort` counted, already scored submissions (written directly: the scoring job is tested elsewhere). */
async function seedBenchmark(cohort: Student[]): Promise<{ id: string; sittings: string[]; students: string[] }> {
  seq += 1;
  const id = `FC-${seq}`;
  await t.db.pool.query(
    `INSERT INTO benchmarks (id, standard, month, title, question_ids, max_marks, opens_at, closes_at, grace_s)
     VALUES ($1, 12, make_date(2040 + $2 / 12, 1 + $2 % 12, 1), $1, '{Q1}', 300, now() - interval '3 hours', now() - interval '1 hour', 600)`,
    [id, seq],
  );
  const students: string[] = [];
  const sittings: string[] = [];
  for (const [i, s] of cohort.entries()) {
    const u = await t.db.pool.query(`INSERT INTO users (email, password_hash, standard, full_name) VALUES ($1, 'x', 12, $2) RETURNING id`, [`fc${seq}-${i}@rank.cr`, s.named]);
    students.push(u.rows[0].id);
    const st = await t.db.pool.query(
      `INSERT INTO test_sittings (id, student_id, test_id, test_type, question_ids, status, started_at, submitted_at)
       VALUES (gen_random_uuid(), $1, $2, 'MONTHLY', '{Q1}', 'submitted', now() - interval '150 minutes' + make_interval(secs => $3 * 0.0007), now() - interval '70 minutes')
       RETURNING id`,
      [u.rows[0].id, id, i],
    );
    sittings.push(st.rows[0].id);
    const tally = tallies(s);
    await t.db.pool.query(
      `INSERT INTO sitting_scores (sitting_id, student_id, test_id, benchmark_id, state, total_score, max_marks, tally, digest)
       VALUES ($1, $2, $3, $3, 'counted', $4, 300, $5, 'seeded')`,
      [st.rows[0].id, u.rows[0].id, id, tally.total.marks, JSON.stringify(tally)],
    );
    await t.db.pool.query('INSERT INTO cohort_members (cohort_id, student_id) VALUES ($1, $2)', [cohortId, u.rows[0].id]);
  }
  // Received inside the window.
  await t.db.pool.query(`UPDATE sitting_submissions SET received_at = now() - interval '80 minutes' WHERE sitting_id = ANY($1::uuid[])`, [sittings]);
  return { id, sittings, students };
}

const round7 = (x: number) => Math.round(x * 1e7) / 1e7;

describe('set-based ranking', () => {
  it('equals the engine\'s rankSubmissions on random cohorts with ties', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.array(studentArb, { minLength: 1, maxLength: 40 }), permutedCohortArb), fc.integer({ min: 1, max: 12 }), fc.double({ min: 0, max: 100, noNaN: true }), async (cohort, topN, alertPercentile) => {
        const b = await seedBenchmark(cohort);
        const r = await withTransaction(t.db.pool, (c) => rankBenchmark(c, scoringFor(t.db.pool), b.id, { topN, alertPercentile }));
        expect(r).toMatchObject({ ranked: true, candidates: cohort.length });

        const subs: Submission[] = cohort.map((s, i) => {
          const x = tallies(s);
          return { id: b.sittings[i] as string, total: x.total, bySubject: { MATH: x.MATH, PHYSICS: x.PHYSICS, CHEMISTRY: x.CHEMISTRY } };
        });
        const expected = rankSubmissions(subs, JEE_MAIN_CANDIDATES);
        const { rows } = await t.db.pool.query(
          `SELECT sitting_id, total_score, percentile::text AS percentile, global_rank, estimated_rank, subject_scores, accuracy,
                  math_percentile::text AS math, physics_percentile::text AS physics, chemistry_percentile::text AS chemistry FROM test_results WHERE test_id = $1`,
          [b.id],
        );
        expect(rows).toHaveLength(cohort.length);
        const got = new Map(rows.map((x) => [x.sitting_id, x]));
        for (const [i, e] of expected.entries()) {
          const row = got.get(e.id);
          const sub = subs[i]!;
          expect(row.total_score).toBe(sub.total.marks);
          expect(Number(row.percentile)).toBe(round7(e.percentile));
          expect(row.global_rank).toBe(e.rank);
          expect(row.estimated_rank).toBe(e.predictedAllIndiaRank);
          // The tallies alone in subject_scores; each subject's percentile in its own column.
          for (const subj of SUBJECTS) expect(row.subject_scores[subj]).toEqual(tallies(cohort[i]!)[subj]);
          expect([Number(row.math), Number(row.physics), Number(row.chemistry)]).toEqual(SUBJECTS.map((subj) => round7(e.subjectPercentile[subj])));
          const answered = sub.total.right + sub.total.wrong;
          expect(row.accuracy).toBe(answered > 0 ? sub.total.right / answered : null);
        }

        // Leaderboard: rank order, ties by sitting id, first name + last initial.
        const order = expected.map((e, i) => ({ e, i })).sort((a, c) => a.e.rank - c.e.rank || (a.e.id < c.e.id ? -1 : 1)).slice(0, topN);
        const board = await t.db.pool.query(`SELECT position, rank, display_name, total_score, percentile::float8 AS percentile FROM benchmark_leaderboard WHERE benchmark_id = $1 ORDER BY position`, [b.id]);
        expect(board.rows).toEqual(
          order.map(({ e, i }, k) => ({ position: k + 1, rank: e.rank, display_name: displayName(cohort[i]!.named, e.rank), total_score: subs[i]!.total.marks, percentile: round7(e.percentile) })),
        );

        // Coach alerts: exactly the students below the cut.
        const poor = expected.map((e, i) => ({ e, i })).filter(({ e }) => e.percentile < alertPercentile).map(({ i }) => b.students[i] as string).sort();
        const alerts = await t.db.pool.query(`SELECT student_id, severity, message, details FROM coach_alerts WHERE kind = 'LOW_BENCHMARK_RANK' AND ref = $1 ORDER BY student_id`, [b.id]);
        expect(alerts.rows.map((a) => a.student_id)).toEqual(poor);
        // Each alert says what the engine computed: severity, the message's 7-place percentile, the details.
        const byStudent = new Map(alerts.rows.map((a) => [a.student_id, a]));
        for (const [i, e] of expected.entries()) {
          if (!(e.percentile < alertPercentile)) continue;
          const p = round7(e.percentile);
          expect(byStudent.get(b.students[i] as string)).toEqual({
            student_id: b.students[i],
            severity: e.percentile < alertPercentile / 2 ? 'critical' : 'warning',
            message: `Ranked ${e.rank} of ${cohort.length} in benchmark ${b.id} (percentile ${p.toFixed(7)}).`,
            details: { benchmark_id: b.id, rank: e.rank, candidates: cohort.length, percentile: p, score: subs[i]!.total.marks, threshold: alertPercentile },
          });
        }

        // Idempotent: a rerun changes no row.
        const before = await t.db.pool.query(`SELECT id, updated_at FROM test_results WHERE test_id = $1 ORDER BY id`, [b.id]);
        await withTransaction(t.db.pool, (c) => rankBenchmark(c, scoringFor(t.db.pool), b.id, { topN, alertPercentile }));
        const after = await t.db.pool.query(`SELECT id, updated_at FROM test_results WHERE test_id = $1 ORDER BY id`, [b.id]);
        expect(after.rows).toEqual(before.rows);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it('a ranking killed mid-run leaves no partial result, and the next run completes it', async () => {
    const b = await seedBenchmark(Array.from({ length: 5 }, (_, i) => ({ MATH: { right: i, wrong: 1 }, PHYSICS: { right: 2, wrong: 0 }, CHEMISTRY: { right: 1, wrong: i % 2 }, named: 'Asha Rao' })));
    const killed = withTransaction(t.db.pool, async (client) => {
      // Dies after the results are written, at the leaderboard.
      const dying: Queryable = {
        query: ((text: unknown, values?: unknown) => {
          if (typeof text === 'string' && text.includes('INSERT INTO benchmark_leaderboard')) throw new Error('killed');
          return client.query(text as string, values as unknown[]);
        }) as Queryable['query'],
      };
      return rankBenchmark(dying, scoringFor(t.db.pool), b.id);
    });
    await expect(killed).rejects.toThrow('killed');
    const state = async () => ({
      status: (await t.db.pool.query('SELECT status, ranked_at FROM benchmarks WHERE id = $1', [b.id])).rows[0],
      results: (await t.db.pool.query('SELECT count(*)::int AS n FROM test_results WHERE test_id = $1', [b.id])).rows[0].n,
      board: (await t.db.pool.query('SELECT count(*)::int AS n FROM benchmark_leaderboard WHERE benchmark_id = $1', [b.id])).rows[0].n,
    });
    expect(await state()).toEqual({ status: { status: 'scheduled', ranked_at: null }, results: 0, board: 0 });
    await rankJob(t.db.pool, b.id, null);
    const done = await state();
    expect(done.status.status).toBe('released');
    expect(done).toMatchObject({ results: 5, board: 5 });
  });
});
