import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMER_STUDENT, runDataCleanup } from '../../server/src/privacy/cleanup.ts';
import { bearer, createTestApp, createUser, signupStudent, type TestApp } from '../helpers/test-app.ts';
import { rowsMentioning, seedStudentData } from './fixtures.ts';
import { DAY_MS } from '@cr/shared/time';

const PASSWORD = 'correct horse battery';
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const cleanupAt = (daysFromNow: number) =>
  runDataCleanup(t.db.pool, { now: new Date(Date.now() + daysFromNow * DAY_MS), graceDays: 30, telemetryRetentionDays: 180 });

async function requestDeletion(token: string, password = PASSWORD) {
  return t.app.inject({ method: 'DELETE', url: '/api/user/account', headers: bearer(token), payload: { password } });
}

describe('account deletion: request, grace, cancel', () => {
  it('locks the account at once, offers only cancellation, and cancelling restores it', async () => {
    const s = await signupStudent(t.app);
    const preview = await t.app.inject({ method: 'GET', url: '/api/user/account/deletion-preview', headers: bearer(s.token) });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().data.grace_days).toBe(30);

    const wrong = await requestDeletion(s.token, 'not my password');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().errors[0]).toMatchObject({ code: 'INVALID_CREDENTIALS', field: 'password' });

    const res = await requestDeletion(s.token);
    expect(res.statusCode).toBe(202);
    const status = res.json().data;
    expect(new Date(status.deletion_due_at).getTime() - new Date(status.requested_at).getTime()).toBe(30 * DAY_MS);

    // Tokens die at once: the access token (not yet expired) and the refresh token.
    const profile = await t.app.inject({ method: 'GET', url: '/api/user/profile', headers: bearer(s.token) });
    expect(profile.statusCode).toBe(401);
    const refresh = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refresh_token: s.refreshToken } });
    expect(refresh.statusCode).toBe(403);
    expect(refresh.json().errors[0].code).toBe('ACCOUNT_DELETION_PENDING');
    // Signing in with the password says why and offers cancellation; a wrong password learns nothing.
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: s.email, password: PASSWORD } });
    expect(login.json().errors[0].code).toBe('ACCOUNT_DELETION_PENDING');
    const badLogin = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: s.email, password: 'wrong password!' } });
    expect(badLogin.json().errors[0].code).toBe('INVALID_CREDENTIALS');
    const stream = await t.app.inject({ method: 'POST', url: '/sync/stream', headers: bearer(s.token), payload: {} });
    expect(stream.statusCode).toBe(401);

    // A cleanup run before the grace is over deletes nothing.
    expect((await cleanupAt(29)).accounts_deleted).toBe(0);

    const badCancel = await t.app.inject({ method: 'POST', url: '/api/auth/cancel-deletion', payload: { email: s.email, password: 'wrong password!' } });
    expect(badCancel.statusCode).toBe(401);
    const cancel = await t.app.inject({ method: 'POST', url: '/api/auth/cancel-deletion', payload: { email: s.email, password: PASSWORD } });
    expect(cancel.statusCode).toBe(200);
    const fresh = cancel.json().data.token as string;
    expect((await t.app.inject({ method: 'GET', url: '/api/user/profile', headers: bearer(fresh) })).statusCode).toBe(200);
    // Past the original grace the account is still there.
    await cleanupAt(31);
    expect((await t.app.inject({ method: 'GET', url: '/api/user/profile', headers: bearer(fresh) })).statusCode).toBe(200);
    const { rows } = await t.db.pool.query(`SELECT action FROM audit_log WHERE resource_id = $1 AND action LIKE 'account_deletion%' ORDER BY id`, [s.id]);
    expect(rows.map((r) => r.action)).toEqual(['account_deletion_requested', 'account_deletion_cancelled']);
  });

  it('shows the student to their coach as leaving during the grace', async () => {
    const student = await createUser(t, 'student');
    const coach = await createUser(t, 'coach');
    const { cohortId } = await seedStudentData(t.db.pool, student.id, coach.id);
    expect((await requestDeletion(student.token)).statusCode).toBe(202);
    const { rows } = await t.db.pool.query('SELECT flags FROM cohort_student_summary WHERE cohort_id = $1 AND student_id = $2', [cohortId, student.id]);
    expect(rows[0]?.flags).toContain('LEAVING');
  });
});

describe('account deletion after the grace', () => {
  it('leaves no row naming the user outside pseudonymised audit rows, and every old token fails', async () => {
    const student = await createUser(t, 'student');
    const coach = await createUser(t, 'coach');
    await t.db.pool.query(`UPDATE users SET full_name = 'Aarav Deleteme Sharma' WHERE id = $1`, [student.id]);
    const { cohortId } = await seedStudentData(t.db.pool, student.id, coach.id);
    // A released leaderboard where the student is first.
    await t.db.pool.query(
      `INSERT INTO benchmarks (id, standard, month, title, question_ids, max_marks, opens_at, closes_at, status, released_at)
       VALUES ('BM-DR', 12, '2026-01-01', 'Jan', '{Q-DR0}', 4, now() - interval '3 days', now() - interval '2 days', 'released', now())`,
    );
    await t.db.pool.query(
      `INSERT INTO test_results (student_id, test_id, test_type, total_score, total_marks, test_date, global_rank, percentile) VALUES ($1, 'BM-DR', 'MONTHLY', 4, 4, current_date, 1, 100)`,
      [student.id],
    );
    await t.db.pool.query(`INSERT INTO benchmark_leaderboard (benchmark_id, standard, position, rank, display_name, total_score, percentile) VALUES ('BM-DR', 12, 1, 1, 'Aarav S.', 4, 100)`);
    await t.app.sync.processor.flush();
    const before = await rowsMentioning(t.db.pool, [student.id, student.email]);
    expect(before['public.attempts']).toBe(1);
    expect(before['public.sync_ops']).toBeGreaterThan(5);

    const res = await requestDeletion(student.token);
    const receiptId = res.json().data.receipt_id as string;
    const report = await cleanupAt(31);
    expect(report.accounts_deleted).toBeGreaterThanOrEqual(1);
    expect(report.rows_deleted.attempts).toBeGreaterThanOrEqual(1);
    await t.app.sync.processor.flush();

    expect(await rowsMentioning(t.db.pool, [student.id, student.email])).toEqual({});
    expect(await rowsMentioning(t.db.pool, ['Aarav S.', 'Deleteme'])).toEqual({});
    const receipt = await t.db.pool.query('SELECT pseudonym, rows_deleted FROM deletion_receipts WHERE id = $1', [receiptId]);
    expect(receipt.rows[0]?.rows_deleted).toMatchObject({ attempts: 1, chat_messages: 2, telemetry: 1, cohort_members: 1 });
    const audit = await t.db.pool.query('SELECT action FROM audit_log WHERE actor_id = $1', [receipt.rows[0]?.pseudonym]);
    expect(audit.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['signup', 'login', 'account_deletion_requested']));
    const board = await t.db.pool.query(`SELECT rank, display_name, total_score FROM benchmark_leaderboard WHERE benchmark_id = 'BM-DR'`);
    expect(board.rows).toEqual([{ rank: 1, display_name: FORMER_STUDENT, total_score: 4 }]);

    // The coach's devices receive REMOVE ops for the student's rows in the cohort buckets.
    const removes = await t.db.pool.query(`SELECT count(*)::int AS n FROM sync_ops WHERE op = 'REMOVE' AND strpos(bucket, $1) > 0`, [cohortId]);
    expect(removes.rows[0]?.n).toBeGreaterThanOrEqual(3);

    const old = await t.app.inject({ method: 'GET', url: '/api/user/profile', headers: bearer(student.token) });
    expect(old.statusCode).toBe(401);
    const refresh = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refresh_token: student.refreshToken } });
    expect(refresh.statusCode).toBe(410);
    expect(refresh.json().errors[0].code).toBe('ACCOUNT_DELETED');
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: student.email, password: PASSWORD } });
    expect(login.statusCode).toBe(401);
    // A second run finds nothing more to do.
    expect((await cleanupAt(31)).accounts_deleted).toBe(0);
  });

  it('lets an admin delete an account on request, audited with the reason', async () => {
    const admin = await createUser(t, 'admin');
    const coach = await createUser(t, 'coach');
    const res = await t.app.inject({ method: 'POST', url: `/api/admin/users/${coach.id}/deletion`, headers: bearer(admin.token), payload: { reason: 'coach left the centre; e-mail of 2 Dec' } });
    expect(res.statusCode).toBe(202);
    const short = await t.app.inject({ method: 'POST', url: `/api/admin/users/${coach.id}/deletion`, headers: bearer(admin.token), payload: { reason: '' } });
    expect(short.statusCode).toBe(400);
    const own = await t.app.inject({ method: 'POST', url: `/api/admin/users/${admin.id}/deletion`, headers: bearer(admin.token), payload: { reason: 'myself please' } });
    expect(own.statusCode).toBe(400);
    const { rows } = await t.db.pool.query(`SELECT actor_id, changes FROM audit_log WHERE action = 'account_deletion_requested' AND resource_id = $1`, [coach.id]);
    expect(rows[0]).toMatchObject({ actor_id: admin.id, changes: { by: 'admin', reason: 'coach left the centre; e-mail of 2 Dec' } });
    expect((await cleanupAt(31)).accounts_deleted).toBeGreaterThanOrEqual(1);
    expect(await rowsMentioning(t.db.pool, [coach.id])).toEqual({});
  });
});

describe('account deletion: who may cancel', () => {
  it('a deletion an admin requested cannot be undone with the student’s own password', async () => {
    const admin = await createUser(t, 'admin');
    const s = await signupStudent(t.app);
    const res = await t.app.inject({ method: 'POST', url: `/api/admin/users/${s.id}/deletion`, headers: bearer(admin.token), payload: { reason: 'request from the centre, 6 Dec' } });
    expect(res.statusCode).toBe(202);
    const cancel = await t.app.inject({ method: 'POST', url: '/api/auth/cancel-deletion', payload: { email: s.email, password: PASSWORD } });
    expect(cancel.statusCode).toBe(403);
    const { rows } = await t.db.pool.query('SELECT status FROM users WHERE id = $1', [s.id]);
    expect(rows[0].status).toBe('deletion_pending');
  });

  it('cancelling shares the sign-in delays: repeated wrong passwords are delayed, not answered', async () => {
    const s = await signupStudent(t.app);
    expect((await requestDeletion(s.token)).statusCode).toBe(202);
    const codes: string[] = [];
    for (let i = 0; i < 8; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/api/auth/cancel-deletion', payload: { email: s.email, password: `wrong password ${i}` } });
      codes.push(r.json().errors[0].code as string);
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
    expect(codes).toContain('LOGIN_DELAYED');
    // An unknown address gets the same first answer as a known one with a wrong password.
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/cancel-deletion', payload: { email: `nobody-${s.id}@test.cr`, password: 'wrong password x' } });
    expect(unknown.json().errors[0].code).toBe('INVALID_CREDENTIALS');
  });
});

describe('retention', () => {
  it('prunes old telemetry, expired refresh tokens and expired guardian links, and reports counts', async () => {
    const s = await createUser(t, 'student');
    await t.db.pool.query(`INSERT INTO telemetry (id, "time", student_id, event_type, received_at) VALUES (gen_random_uuid(), now() - interval '200 days', $1, 'old', now() - interval '200 days'), (gen_random_uuid(), now(), $1, 'new', now())`, [s.id]);
    await t.db.pool.query(`INSERT INTO refresh_tokens (family_id, user_id, token_hash, issued_at, expires_at) VALUES (gen_random_uuid(), $1, 'expired-hash-dr', now() - interval '40 days', now() - interval '10 days')`, [s.id]);
    await t.db.pool.query(`INSERT INTO guardian_consents (user_id, guardian_email, token_hash, notice_version, sent_at, expires_at) VALUES ($1, 'parent@x.cr', 'old-link-dr', 'v', now() - interval '20 days', now() - interval '13 days')`, [s.id]);
    const report = await cleanupAt(0);
    expect(report.telemetry_pruned).toBeGreaterThanOrEqual(1);
    expect(report.refresh_tokens_pruned).toBeGreaterThanOrEqual(1);
    expect(report.guardian_links_pruned).toBeGreaterThanOrEqual(1);
    const left = await t.db.pool.query('SELECT event_type FROM telemetry WHERE student_id = $1', [s.id]);
    expect(left.rows.map((r) => r.event_type)).toEqual(['new']);
    expect((await t.db.pool.query(`SELECT 1 FROM refresh_tokens WHERE token_hash = 'expired-hash-dr'`)).rowCount).toBe(0);
  });
});
