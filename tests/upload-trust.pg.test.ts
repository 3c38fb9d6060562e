import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweep } from '../server/src/jobs/scoring.ts';
import type { UploadGuards } from '../server/src/sync/upload/row-security.ts';
import { bearer, createTestApp, signupStudent, type SignedIn, type TestApp } from './helpers/test-app.ts';
import { bankItems, seedConcepts, seedPublicQuestions, type BankItem } from './jobs/fixtures.ts';
import { formatHlc } from '@cr/shared/engine/hlc';

// Uploads that reference another student's rows (sitting, profile, rows in their name) are
// refused by each authorization layer alone: the upload code's checks, and Postgres row-level
// security under the device role. With both layers off the same attack goes through, which is
// what proves these tests can fail.

const RUNS = Number(process.env.FC_RUNS ?? 8);

interface Rejection {
  op_id: number | null;
  id: string;
  code: string;
  message: string;
}

let counter = 0;
/** HLC stamps that increase across the whole file (wall time plus a counter). */
const stamp = (node: string, ms = Date.now()) => formatHlc({ wallMs: ms, counter: ++counter % 36 ** 4, node });

async function upload(t: TestApp, token: string, ops: unknown[]): Promise<{ applied: number; rejected: Rejection[] }> {
  const res = await t.app.inject({ method: 'POST', url: '/sync/upload', headers: bearer(token), payload: { client_id: 'trust', ops } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data;
}

const sittingPut = (id: string, studentId: string, paper: string[], extra: Record<string, unknown> = {}) => ({
  op: 'PUT',
  type: 'test_sittings',
  id,
  data: {
    student_id: studentId,
    test_id: `W-${id.slice(0, 8)}`,
    test_type: 'WEEKLY',
    pattern: 'JEE_MAIN',
    question_ids: JSON.stringify(paper),
    started_at: new Date(Date.now() - 60_000).toISOString(),
    status: 'in_progress',
    field_hlc: JSON.stringify({ status: stamp('setup', Date.now() - 60_000) }),
    ...extra,
  },
});

const submitPatch = (id: string, node: string) => {
  const s = stamp(node);
  return { op: 'PATCH', type: 'test_sittings', id, data: { status: 'submitted', submitted_at: new Date().toISOString(), field_hlc: JSON.stringify({ status: s, submitted_at: s }) } };
};

const answerPut = (id: string, studentId: string | undefined, sittingId: string | null, q: BankItem, answer: string, hlcStamp: string) => ({
  op: 'PUT',
  type: 'attempts',
  id,
  data: {
    ...(studentId ? { student_id: studentId } : {}),
    sitting_id: sittingId,
    question_id: q.id,
    concept_id: q.concept,
    answer,
    is_correct: 1,
    response_time_ms: 30_000,
    device_time: new Date().toISOString(),
    hlc: hlcStamp,
  },
});

interface World {
  t: TestApp;
  a: SignedIn;
  b: SignedIn;
  paper: BankItem[];
}

async function world(guards: UploadGuards): Promise<World> {
  const t = await createTestApp({}, { uploadGuards: guards });
  await seedConcepts(t.db.pool);
  const items = bankItems('PQ', 2, 0);
  await seedPublicQuestions(t.db.pool, items);
  return { t, a: await signupStudent(t.app), b: await signupStudent(t.app), paper: items.slice(0, 4) };
}

/** B's submitted sitting: one right answer, three wrong, stamped a minute before submission; returns its id and score. */
async function bSitting(w: World): Promise<{ id: string; total: number }> {
  const id = randomUUID();
  const early = Date.now() - 30_000;
  const wrong = (q: BankItem) => (q.answer === 'A' ? 'B' : 'A');
  const ops = [sittingPut(id, w.b.id, w.paper.map((q) => q.id)), ...w.paper.map((q, i) => answerPut(randomUUID(), w.b.id, id, q, i === 0 ? q.answer : wrong(q), stamp('devB', early + i))), submitPatch(id, 'devB')];
  const res = await upload(w.t, w.b.token, ops);
  expect(res.rejected).toEqual([]);
  await sweep(w.t.db.pool, null);
  const { rows } = await w.t.db.pool.query('SELECT total_score FROM sitting_scores WHERE sitting_id = $1', [id]);
  return { id, total: rows[0].total_score };
}

/** A's attack on B's sitting: right answers stamped before B submitted. */
async function attackSitting(w: World, sittingId: string) {
  const early = Date.now() - 20_000;
  return upload(
    w.t,
    w.a.token,
    w.paper.map((q, i) => answerPut(randomUUID(), i % 2 === 0 ? undefined : w.a.id, sittingId, q, q.answer, stamp('devA', early + i))),
  );
}

const LAYERS: Array<{ name: string; guards: UploadGuards }> = [
  { name: 'both layers', guards: { code: true, rls: true } },
  { name: 'code checks alone', guards: { code: true, rls: false } },
  { name: 'row-level security alone', guards: { code: false, rls: true } },
];

describe.each(LAYERS)('uploads referencing another student, $name', { timeout: 240_000 }, ({ guards }) => {
  let w: World;
  beforeAll(async () => {
    w = await world(guards);
  }, 240_000);
  afterAll(async () => w.t.close());

  it("an answer into another student's sitting is refused and their score stays", async () => {
    const target = await bSitting(w);
    const res = await attackSitting(w, target.id);
    expect(res.applied).toBe(0);
    // FORBIDDEN from the code check; NOT_FOUND when row-level security already hides B's sitting from it.
    for (const r of res.rejected) expect(['FORBIDDEN', 'NOT_FOUND']).toContain(r.code);
    expect(res.rejected).toHaveLength(w.paper.length);
    await sweep(w.t.db.pool, null);
    const scores = await w.t.db.pool.query('SELECT total_score FROM sitting_scores WHERE sitting_id = $1', [target.id]);
    expect(scores.rows[0].total_score).toBe(target.total);
    const foreign = await w.t.db.pool.query('SELECT count(*)::int AS n FROM attempts WHERE sitting_id = $1 AND student_id <> $2', [target.id, w.b.id]);
    expect(foreign.rows[0].n).toBe(0);
    // The refusals are recorded for A (and synced to A), never for B.
    const recorded = await w.t.db.pool.query('SELECT user_id FROM sync_upload_errors WHERE row_id = ANY($1::text[])', [res.rejected.map((r) => r.id)]);
    expect(recorded.rows.map((r) => r.user_id)).toEqual(res.rejected.map(() => w.a.id));
  });

  it("B's sitting, profile and rows in B's name cannot be written by A", async () => {
    const target = await bSitting(w);
    const before = await w.t.db.pool.query('SELECT status, submitted_at, field_hlc, question_ids FROM test_sittings WHERE id = $1', [target.id]);
    const res = await upload(w.t, w.a.token, [
      // Re-create B's sitting under A's name (and under B's) with another paper.
      sittingPut(target.id, w.a.id, [w.paper[1]!.id]),
      sittingPut(target.id, w.b.id, [w.paper[1]!.id], { status: 'submitted', submitted_at: new Date().toISOString() }),
      { ...submitPatch(target.id, 'devA'), data: { ...submitPatch(target.id, 'devA').data, submitted_at: new Date(Date.now() + 3_600_000).toISOString() } },
      answerPut(randomUUID(), w.b.id, null, w.paper[0]!, 'A', stamp('devA')),
      { op: 'PUT', type: 'telemetry', id: randomUUID(), data: { student_id: w.b.id, time: new Date().toISOString(), event_type: 'forged', data: '{}' } },
      { op: 'PATCH', type: 'users', id: w.b.id, data: { full_name: 'HACKED', field_hlc: JSON.stringify({ full_name: stamp('devA') }) } },
    ]);
    expect(res.applied).toBe(0);
    expect(res.rejected).toHaveLength(6);
    const after = await w.t.db.pool.query('SELECT status, submitted_at, field_hlc, question_ids FROM test_sittings WHERE id = $1', [target.id]);
    expect(after.rows).toEqual(before.rows);
    const inB = await w.t.db.pool.query(
      `SELECT (SELECT count(*)::int FROM telemetry WHERE student_id = $1) AS telemetry,
              (SELECT count(*)::int FROM attempts WHERE student_id = $1 AND sitting_id IS NULL) AS loose,
              (SELECT full_name FROM users WHERE id = $1) AS name`,
      [w.b.id],
    );
    expect(inB.rows[0]).toEqual({ telemetry: 0, loose: 0, name: null });
  });

  it('property: random interleavings of two students never change the other student’s rows or scores', async () => {
    const { t, a, b, paper } = w;
    const students = [a, b];
    // Each student answers with their own letters, so any foreign answer in a score is visible.
    const letters = [['A', 'B'], ['C', 'D']] as const;
    const own: Array<Set<string>> = [new Set(), new Set()];
    const sittings: string[][] = [[], []];
    const submitted: Array<Set<string>> = [new Set(), new Set()];
    // Rows from the tests above count as each student's own.
    for (const who of [0, 1]) {
      const prior = await t.db.pool.query<{ id: string; status: string; sitting: boolean }>(
        `SELECT id::text, status, true AS sitting FROM test_sittings WHERE student_id = $1
         UNION ALL SELECT id::text, '', false FROM attempts WHERE student_id = $1 UNION ALL SELECT id::text, '', false FROM telemetry WHERE student_id = $1`,
        [students[who]!.id],
      );
      for (const r of prior.rows) {
        own[who]!.add(r.id);
        if (r.status === 'submitted') submitted[who]!.add(r.id);
      }
    }
    // One sitting each to attack from the first command on.
    for (const who of [0, 1]) {
      const id = randomUUID();
      own[who]!.add(id);
      sittings[who]!.push(id);
      expect((await upload(t, students[who]!.token, [sittingPut(id, students[who]!.id, paper.map((q) => q.id))])).applied).toBe(1);
    }
    const kinds = ['sitting', 'answer', 'loose', 'submit', 'profile', 'answerOther', 'answerAsOther', 'patchOther', 'putOther', 'profileOther', 'telemetryAsOther'] as const;
    const command = fc.record({ who: fc.constantFrom(0, 1), kind: fc.constantFrom(...kinds), pick: fc.nat(), cut: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 14 }), async (commands) => {
        // Consecutive commands of one student go in one upload until `cut`.
        let batch: { who: number; ops: unknown[]; hostile: boolean[] } | null = null;
        const flush = async () => {
          if (!batch) return;
          const res = await upload(t, students[batch.who]!.token, batch.ops);
          const hostile = batch.hostile.filter(Boolean).length;
          // Every hostile op is refused; no legitimate op is.
          expect(res.rejected).toHaveLength(hostile);
          expect(res.applied).toBe(batch.ops.length - hostile);
          batch = null;
        };
        for (const c of commands) {
          if (batch && (batch.who !== c.who || c.cut)) await flush();
          batch ??= { who: c.who, ops: [], hostile: [] };
          const me = students[c.who]!;
          const other = 1 - c.who;
          const pickOf = (list: string[]) => list[c.pick % list.length]!;
          const q = paper[c.pick % paper.length]!;
          const letter = c.pick % 2 === 0 ? letters[c.who][0] : letters[c.who][1];
          const node = `dev${c.who}`;
          let op: unknown;
          let hostile = true;
          switch (c.kind) {
            case 'sitting': {
              const id = randomUUID();
              own[c.who]!.add(id);
              sittings[c.who]!.push(id);
              op = sittingPut(id, me.id, paper.map((x) => x.id));
              hostile = false;
              break;
            }
            case 'answer':
            case 'loose': {
              const id = randomUUID();
              own[c.who]!.add(id);
              op = answerPut(id, me.id, c.kind === 'answer' ? pickOf(sittings[c.who]!) : null, q, letter, stamp(node, Date.now() - 10_000));
              hostile = false;
              break;
            }
            case 'submit': {
              const id = pickOf(sittings[c.who]!);
              submitted[c.who]!.add(id);
              op = submitPatch(id, node);
              hostile = false;
              break;
            }
            case 'profile':
              op = { op: 'PATCH', type: 'users', id: me.id, data: { full_name: `own-${c.who}-${c.pick}`, field_hlc: JSON.stringify({ full_name: stamp(node) }) } };
              hostile = false;
              break;
            case 'answerOther':
              op = answerPut(randomUUID(), c.pick % 2 === 0 ? me.id : undefined, pickOf(sittings[other]!), q, letter, stamp(node, Date.now() - 50_000));
              break;
            case 'answerAsOther':
              op = answerPut(randomUUID(), students[other]!.id, c.pick % 2 === 0 ? null : pickOf(sittings[other]!), q, letter, stamp(node, Date.now() - 50_000));
              break;
            case 'patchOther':
              op = submitPatch(pickOf(sittings[other]!), node);
              break;
            case 'putOther':
              op = sittingPut(pickOf(sittings[other]!), c.pick % 2 === 0 ? me.id : students[other]!.id, [q.id], { status: 'submitted', submitted_at: new Date().toISOString(), field_hlc: JSON.stringify({ status: stamp(node), submitted_at: stamp(node) }) });
              break;
            case 'profileOther':
              op = { op: 'PATCH', type: 'users', id: students[other]!.id, data: { full_name: `HACKED-by-${c.who}`, field_hlc: JSON.stringify({ full_name: stamp(node, Date.now() + 60_000) }) } };
              break;
            case 'telemetryAsOther':
              op = { op: 'PUT', type: 'telemetry', id: randomUUID(), data: { student_id: students[other]!.id, time: new Date().toISOString(), event_type: 'forged', data: '{}' } };
              break;
          }
          batch.ops.push(op);
          batch.hostile.push(hostile);
        }
        await flush();
        await sweep(t.db.pool, null);

        for (const who of [0, 1]) {
          const id = students[who]!.id;
          // Every row in a student's name was written by that student's own legitimate ops.
          const rows = await t.db.pool.query<{ id: string }>(
            'SELECT id::text FROM attempts WHERE student_id = $1 UNION ALL SELECT id::text FROM test_sittings WHERE student_id = $1 UNION ALL SELECT id::text FROM telemetry WHERE student_id = $1',
            [id],
          );
          for (const r of rows.rows) expect(own[who]!.has(r.id), `row ${r.id} in student ${who}'s name`).toBe(true);
          const name = (await t.db.pool.query<{ full_name: string | null }>('SELECT full_name FROM users WHERE id = $1', [id])).rows[0]!.full_name;
          expect(name ?? '').not.toMatch(/^HACKED/);
          // Only the student's own submissions submitted their sittings.
          const done = await t.db.pool.query<{ id: string }>(`SELECT id FROM test_sittings WHERE student_id = $1 AND status = 'submitted'`, [id]);
          for (const r of done.rows) expect(submitted[who]!.has(r.id)).toBe(true);
          // Scores hold only the student's own answers.
          const scored = await t.db.pool.query<{ answers: Array<string | null> }>('SELECT answers FROM sitting_scores WHERE sitting_id = ANY($1::uuid[])', [sittings[who]]);
          for (const r of scored.rows) for (const ans of r.answers) if (ans !== null) expect(letters[who]).toContain(ans);
        }
        const crossed = await t.db.pool.query('SELECT count(*)::int AS n FROM attempts x JOIN test_sittings s ON s.id = x.sitting_id WHERE x.student_id <> s.student_id');
        expect(crossed.rows[0].n).toBe(0);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('with both layers off (what the layers stop)', { timeout: 240_000 }, () => {
  let w: World;
  beforeAll(async () => {
    w = await world({ code: false, rls: false });
  }, 240_000);
  afterAll(async () => w.t.close());

  it("rows in B's name go through; answers into B's sitting still stop at the database's owner key", async () => {
    const target = await bSitting(w);
    const forged = await upload(w.t, w.a.token, [
      answerPut(randomUUID(), w.b.id, null, w.paper[0]!, 'A', stamp('devA')),
      { op: 'PATCH', type: 'users', id: w.b.id, data: { full_name: 'HACKED', field_hlc: JSON.stringify({ full_name: stamp('devA') }) } },
    ]);
    expect(forged).toEqual({ applied: 2, rejected: [] });
    expect((await w.t.db.pool.query('SELECT full_name FROM users WHERE id = $1', [w.b.id])).rows[0].full_name).toBe('HACKED');
    // attempts (sitting_id, student_id) references the sitting's (id, student_id): a third line.
    const res = await attackSitting(w, target.id);
    expect(res.applied).toBe(0);
    for (const r of res.rejected) expect(r.code).toBe('FORBIDDEN');
    await sweep(w.t.db.pool, null);
    const scores = await w.t.db.pool.query('SELECT total_score FROM sitting_scores WHERE sitting_id = $1', [target.id]);
    expect(scores.rows[0].total_score).toBe(target.total);
  });
});

describe('upload guards outside tests', () => {
  it('a layer cannot be switched off unless NODE_ENV=test', async () => {
    const { buildApp } = await import('../server/src/app.ts');
    const { loadConfig } = await import('../server/src/config.ts');
    const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', CLIENT_DIST: '/nonexistent' });
    await expect(buildApp({ config, pool: null as never, keys: null as never, uploadGuards: { code: true, rls: false } })).rejects.toThrow(/NODE_ENV=test/);
  });
});
