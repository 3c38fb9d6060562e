import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, createUser, type SignedIn, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let admin: SignedIn;
let coach: SignedIn;
let student: SignedIn;

const as = (who: SignedIn, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: bearer(who.token), ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t, 'admin');
  coach = await createUser(t, 'coach');
  student = await createUser(t, 'student');
}, 240_000);
afterAll(async () => t.close());

async function auditActions(resourceId: string): Promise<string[]> {
  const { rows } = await t.db.pool.query<{ action: string; actor_id: string }>('SELECT action, actor_id FROM audit_log WHERE resource_id = $1 ORDER BY id', [resourceId]);
  for (const r of rows) expect(r.actor_id).toBe(admin.id);
  return rows.map((r) => r.action);
}

describe('admin cohorts', () => {
  it('creates, renames, assigns, unassigns and deletes a cohort, auditing every change', async () => {
    const created = await as(admin, 'POST', '/api/admin/cohorts', { name: '  JEE 2027 A ', standard: 12 });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().data.id as string;
    expect(created.json().data).toMatchObject({ name: 'JEE 2027 A', standard: 12, students: 0, coaches: [] });

    const renamed = await as(admin, 'PATCH', `/api/admin/cohorts/${id}`, { name: 'JEE 2027 Alpha' });
    expect(renamed.json().data).toMatchObject({ name: 'JEE 2027 Alpha', standard: 12 });
    const cleared = await as(admin, 'PATCH', `/api/admin/cohorts/${id}`, { standard: null });
    expect(cleared.json().data.standard).toBeNull();

    expect((await as(admin, 'PUT', `/api/admin/cohorts/${id}/coaches/${coach.id}`)).json().data.changed).toBe(true);
    expect((await as(admin, 'PUT', `/api/admin/cohorts/${id}/coaches/${coach.id}`)).json().data.changed).toBe(false);
    expect((await as(admin, 'PUT', `/api/admin/cohorts/${id}/students/${student.id}`)).json().data.changed).toBe(true);

    const detail = await as(admin, 'GET', `/api/admin/cohorts/${id}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json().data.coaches.map((c: { id: string }) => c.id)).toEqual([coach.id]);
    expect(detail.json().data.members.map((m: { id: string }) => m.id)).toEqual([student.id]);
    // The membership change refreshed the coach summary in the same transaction.
    const summary = await t.db.pool.query('SELECT student_id FROM cohort_student_summary WHERE cohort_id = $1', [id]);
    expect(summary.rows.map((r) => r.student_id)).toEqual([student.id]);

    const coachView = await as(coach, 'GET', '/api/coach/cohorts');
    expect(coachView.json().data.map((c: { id: string }) => c.id)).toContain(id);

    expect((await as(admin, 'DELETE', `/api/admin/cohorts/${id}/students/${student.id}`)).statusCode).toBe(200);
    expect((await t.db.pool.query('SELECT 1 FROM cohort_student_summary WHERE cohort_id = $1', [id])).rows).toEqual([]);
    expect((await as(admin, 'DELETE', `/api/admin/cohorts/${id}/coaches/${coach.id}`)).statusCode).toBe(200);
    const again = await as(admin, 'DELETE', `/api/admin/cohorts/${id}/coaches/${coach.id}`);
    expect(again.statusCode).toBe(404);
    expect((await as(coach, 'GET', '/api/coach/cohorts')).json().data.map((c: { id: string }) => c.id)).not.toContain(id);

    expect((await as(admin, 'DELETE', `/api/admin/cohorts/${id}`)).statusCode).toBe(200);
    expect((await as(admin, 'GET', `/api/admin/cohorts/${id}`)).statusCode).toBe(404);
    expect(await auditActions(id)).toEqual([
      'cohort_created',
      'cohort_updated',
      'cohort_updated',
      'cohort_coach_assigned',
      'cohort_student_assigned',
      'cohort_student_unassigned',
      'cohort_coach_unassigned',
      'cohort_deleted',
    ]);
    const log = await as(admin, 'GET', '/api/admin/audit-log?action=cohort_created');
    expect(log.json().data.some((e: { resource_id: string }) => e.resource_id === id)).toBe(true);
  });

  it('refuses wrong roles, unknown ids and bad input with a 4xx and writes nothing', async () => {
    const id = (await as(admin, 'POST', '/api/admin/cohorts', { name: 'Roles' })).json().data.id as string;
    const before = (await t.db.pool.query('SELECT count(*)::int AS n FROM audit_log')).rows[0].n;
    const wrongRole = await as(admin, 'PUT', `/api/admin/cohorts/${id}/coaches/${student.id}`);
    expect(wrongRole.statusCode).toBe(400);
    expect(wrongRole.json().errors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: 'user_id' });
    expect((await as(admin, 'PUT', `/api/admin/cohorts/${id}/students/${coach.id}`)).statusCode).toBe(400);
    expect((await as(admin, 'PUT', `/api/admin/cohorts/${id}/students/00000000-0000-4000-8000-000000000009`)).statusCode).toBe(404);
    expect((await as(admin, 'PUT', `/api/admin/cohorts/${id}/teachers/${coach.id}`)).statusCode).toBe(400);
    expect((await as(admin, 'POST', '/api/admin/cohorts', { name: '' })).statusCode).toBe(400);
    expect((await as(admin, 'POST', '/api/admin/cohorts', { name: 'x', standard: 10 })).statusCode).toBe(400);
    expect((await as(admin, 'PATCH', `/api/admin/cohorts/${id}`, { colour: 'red' })).statusCode).toBe(400);
    expect((await as(admin, 'PATCH', '/api/admin/cohorts/not-a-uuid', { name: 'x' })).statusCode).toBe(400);
    expect((await t.db.pool.query('SELECT count(*)::int AS n FROM audit_log')).rows[0].n).toBe(before);
    for (const who of [coach, student]) {
      const res = await as(who, 'POST', '/api/admin/cohorts', { name: 'Sneaky' });
      expect(res.statusCode).toBe(403);
      expect((await as(who, 'PUT', `/api/admin/cohorts/${id}/coaches/${coach.id}`)).statusCode).toBe(403);
    }
    expect((await t.db.pool.query(`SELECT 1 FROM cohorts WHERE name = 'Sneaky'`)).rows).toEqual([]);
  });
});
