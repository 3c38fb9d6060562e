import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, createUser, type SignedIn, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let admin: SignedIn;
let students: SignedIn[];

const as = (who: SignedIn, method: 'GET' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: bearer(who.token), ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t, 'admin');
  students = [await createUser(t, 'student'), await createUser(t, 'student'), await createUser(t, 'student')];
}, 240_000);
afterAll(async () => t.close());

type Listed = { id: string; status: string };
async function list(query: string): Promise<{ users: Listed[]; total: number }> {
  const res = await as(admin, 'GET', `/api/admin/users?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data;
}

describe('admin user list', () => {
  it('lists a disabled account with its status, counts it once, and enables it again', async () => {
    const target = students[1]!;
    const before = await list('role=student&limit=200');
    expect(before.users.map((u) => u.id).sort()).toEqual(students.map((s) => s.id).sort());
    expect(before.total).toBe(3);

    const disabled = await as(admin, 'PATCH', `/api/admin/users/${target.id}/status`, { status: 'disabled' });
    expect(disabled.statusCode, disabled.body).toBe(200);
    const after = await list('role=student&limit=200');
    expect(after.total).toBe(3);
    expect(after.users).toHaveLength(3);
    expect(after.users.find((u) => u.id === target.id)?.status).toBe('disabled');
    expect(after.users.filter((u) => u.status === 'active')).toHaveLength(2);
    // The disabled account cannot act, and the list is how an admin finds it to enable it again.
    expect((await as(target, 'GET', '/api/user/profile')).statusCode).toBe(401);

    const enabled = await as(admin, 'PATCH', `/api/admin/users/${target.id}/status`, { status: 'active' });
    expect(enabled.json().data).toMatchObject({ id: target.id, status: 'active' });
    expect((await list('role=student&limit=200')).users.every((u) => u.status === 'active')).toBe(true);
  });

  it('pages through every matching account exactly once, whatever its status', async () => {
    await as(admin, 'PATCH', `/api/admin/users/${students[0]!.id}/status`, { status: 'disabled' });
    const seen: string[] = [];
    for (let offset = 0; offset < 10; offset += 2) {
      const page = await list(`limit=2&offset=${offset}`);
      expect(page.total).toBe(4);
      seen.push(...page.users.map((u) => u.id));
    }
    expect(seen.sort()).toEqual([admin.id, ...students.map((s) => s.id)].sort());
  });
});
