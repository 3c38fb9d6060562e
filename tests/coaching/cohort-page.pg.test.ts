import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, createUser, type SignedIn, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let coach: SignedIn;
let cohort = '';
const q = (sql: string, v: unknown[] = []) => t.db.pool.query(sql, v);
const page = (query: string) => t.app.inject({ method: 'GET', url: `/api/coach/cohorts/${cohort}/dashboard${query}`, headers: bearer(coach.token) });

/** Adds `names.length` students to the cohort with a summary row each; returns their ids. */
const addStudents = (names: string[]) => addStudentsTo(cohort, names);

async function addStudentsTo(cohort: string, names: string[]): Promise<string[]> {
  const { rows } = await q(
    `INSERT INTO users (email, password_hash, role, standard, full_name)
     SELECT 'page-' || gen_random_uuid() || '@test.cr', 'x', 'student', 12, n FROM unnest($1::text[]) AS t(n) RETURNING id, full_name`,
    [names],
  );
  await q('INSERT INTO cohort_members (cohort_id, student_id) SELECT $1, unnest($2::uuid[])', [cohort, rows.map((r) => r.id)]);
  await q('INSERT INTO cohort_student_summary (cohort_id, student_id, display_name) SELECT $1, id, full_name FROM users WHERE id = ANY($2::uuid[])', [cohort, rows.map((r) => r.id)]);
  return rows.map((r) => r.id as string);
}

/** Every page from the first, following `next`; `between` runs after each page but the last. */
async function walk(limit: number, between?: (pageNo: number) => Promise<void>) {
  const seen: { student_id: string; display_name: string }[] = [];
  let after = '';
  for (let pageNo = 0; ; pageNo++) {
    const res = await page(`?limit=${limit}${after ? `&after=${encodeURIComponent(after)}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    const data = res.json().data as { students: { student_id: string; display_name: string }[]; next: string | null };
    expect(data.students.length).toBeLessThanOrEqual(limit);
    seen.push(...data.students);
    if (data.next === null) return seen;
    after = data.next;
    await between?.(pageNo);
  }
}

beforeAll(async () => {
  t = await createTestApp();
  coach = await createUser(t, 'coach');
  cohort = (await q(`INSERT INTO cohorts (name, standard) VALUES ('Paged', 12) RETURNING id`)).rows[0].id;
  await q('INSERT INTO cohort_coaches (cohort_id, coach_id) VALUES ($1, $2)', [cohort, coach.id]);
  // Duplicate names: the student id breaks the tie, so no row sits on two pages or none.
  await addStudents(['Meera', 'Arjun', 'Kavya', 'Arjun', 'Zoya', 'Dev', 'Arjun', 'Ishaan', 'Bela', 'Kavya', 'Nikhil']);
}, 240_000);
afterAll(async () => t.close());

describe('cohort dashboard pages', () => {
  it('walks the whole class in (name, id) order, each student once, with the default page holding all of a small class', async () => {
    const all = (await page('')).json().data as { students: { student_id: string; display_name: string }[]; next: string | null };
    expect(all.students).toHaveLength(11);
    expect(all.next).toBeNull();
    const byKey = [...all.students].sort((a, b) => (a.display_name === b.display_name ? (a.student_id < b.student_id ? -1 : 1) : 0));
    expect(all.students.map((s) => s.display_name)).toEqual(['Arjun', 'Arjun', 'Arjun', 'Bela', 'Dev', 'Ishaan', 'Kavya', 'Kavya', 'Meera', 'Nikhil', 'Zoya']);
    expect(all.students.map((s) => s.student_id)).toEqual(byKey.map((s) => s.student_id));
    for (const limit of [1, 2, 3, 11]) {
      const walked = await walk(limit);
      expect(walked.map((s) => s.student_id)).toEqual(all.students.map((s) => s.student_id));
    }
  });

  it('keeps its cursor stable while students join and leave between pages', async () => {
    const before = (await page('')).json().data.students as { student_id: string }[];
    const leaving = before[before.length - 1]!.student_id;
    let joined: string[] = [];
    const walked = await walk(3, async (pageNo) => {
      if (pageNo !== 0) return;
      joined = await addStudents(['Aaron', 'Yash']);
      await q('DELETE FROM cohort_student_summary WHERE cohort_id = $1 AND student_id = $2', [cohort, leaving]);
    });
    const ids = walked.map((s) => s.student_id);
    expect(new Set(ids).size).toBe(ids.length);
    // Everyone present for the whole walk appears once; the one who left does not.
    for (const s of before) if (s.student_id !== leaving) expect(ids).toContain(s.student_id);
    expect(ids).not.toContain(leaving);
    // 'Yash' sorts after the first page, so it is reached; 'Aaron' sorts before it and is not.
    expect(ids).toContain(joined[1]);
    expect(ids).not.toContain(joined[0]);
  });

  it('refuses a cursor it did not issue and a limit out of range, naming the parameter', async () => {
    for (const query of ['?after=bm90LWEtY3Vyc29y', '?after=%%%', '?limit=0', '?limit=501', '?limit=abc', '?page=2']) {
      const res = await page(query);
      expect(res.statusCode, `${query}: ${res.body}`).toBe(400);
    }
    expect((await page('?after=bm90LWEtY3Vyc29y')).json().errors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: 'after' });
  });

  it('pages only a cohort the caller coaches: another coach gets 404 with or without a cursor, and a cursor carries no other cohort into a page', async () => {
    const other = await createUser(t, 'coach');
    const otherCohort = (await q(`INSERT INTO cohorts (name, standard) VALUES ('Other', 12) RETURNING id`)).rows[0].id as string;
    await q('INSERT INTO cohort_coaches (cohort_id, coach_id) VALUES ($1, $2)', [otherCohort, other.id]);
    const theirs = await addStudentsTo(otherCohort, ['Arjun', 'Zara']);
    const first = (await page('?limit=2')).json().data as { next: string };
    expect(first.next).toEqual(expect.any(String));
    for (const query of ['', '?limit=2', `?limit=2&after=${encodeURIComponent(first.next)}`]) {
      const res = await t.app.inject({ method: 'GET', url: `/api/coach/cohorts/${cohort}/dashboard${query}`, headers: bearer(other.token) });
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json().errors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    }
    // The cursor is a position in (name, id) order, not an authority: on the other coach's own
    // cohort it pages that cohort's rows only.
    const res = await t.app.inject({ method: 'GET', url: `/api/coach/cohorts/${otherCohort}/dashboard?after=${encodeURIComponent(first.next)}`, headers: bearer(other.token) });
    expect(res.statusCode, res.body).toBe(200);
    const ids = (res.json().data.students as { student_id: string }[]).map((r) => r.student_id);
    expect(ids.every((id) => theirs.includes(id))).toBe(true);
    expect(ids).toContain(theirs[1]);
    // And the first coach cannot see the other cohort at all.
    expect((await t.app.inject({ method: 'GET', url: `/api/coach/cohorts/${otherCohort}/dashboard`, headers: bearer(coach.token) })).statusCode).toBe(404);
  });
});

