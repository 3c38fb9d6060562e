import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRIVACY_NOTICE_VERSION } from '@cr/shared';
import { refreshCohortSummaries } from '../../server/src/coaching/summary.ts';
import { loadConfig } from '../../server/src/config.ts';
import { createMailer, type Mailer } from '../../server/src/mail/mailer.ts';
import { startSmtpReceiver, type SmtpReceiver } from '../../server/src/mail/test-smtp-receiver.ts';
import { bearer, createTestApp, createUser, type TestApp } from '../helpers/test-app.ts';
import { attemptRow } from '../sync/helpers/rows.ts';
import { seedContent } from '../sync/helpers/server.ts';

const PASSWORD = 'correct horse battery';
let smtp: SmtpReceiver;
let mailer: Mailer;
let t: TestApp;
let n = 0;

beforeAll(async () => {
  // The real sender over SMTP to a real receiver on localhost.
  smtp = await startSmtpReceiver();
  mailer = createMailer(loadConfig({ SMTP_URL: smtp.url, MAIL_FROM: 'Cognitive Resonance <no-reply@test.cr>' }));
  t = await createTestApp({}, { mailer });
  await seedContent(t.db);
});
afterAll(async () => {
  await t.close();
  await mailer.close();
  await smtp.close();
});

/** The latest message the receiver got for `to` (waits for it). */
async function mailTo(to: string): Promise<{ text: string }> {
  for (let i = 0; i < 200; i++) {
    const found = smtp.received.filter((m) => m.envelope.to.includes(to)).at(-1);
    if (found) return { text: found.parsed.text ?? '' };
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no mail for ${to}`);
}

const yearsAgo = (years: number, days = 0) => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const future = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);

async function signup(extra: Record<string, unknown>) {
  n += 1;
  const email = `consent${n}-${Date.now()}@test.cr`;
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email, password: PASSWORD, standard: 11, exam_target: future, full_name: `Meera ${n}`, ...extra } });
  return { res, email };
}

async function upload(token: string, studentId: string) {
  const row = attemptRow(studentId, 'devc');
  const { id, ...data } = row;
  return t.app.inject({ method: 'POST', url: '/sync/upload', headers: bearer(token), payload: { client_id: 'c', ops: [{ op_id: 1, op: 'PUT', type: 'attempts', id, data }] } });
}

const tokenFrom = (mail: { text: string }) => /token=([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1] ?? '';

describe('guardian consent for minors', () => {
  it('refuses a minor sign-up without a guardian address, and an impossible date of birth', async () => {
    const noGuardian = await signup({ date_of_birth: yearsAgo(16) });
    expect(noGuardian.res.statusCode).toBe(400);
    expect(noGuardian.res.json().errors[0].field).toBe('guardian_email');
    const unborn = await signup({ date_of_birth: yearsAgo(-1) });
    expect(unborn.res.statusCode).toBe(400);
    expect(unborn.res.json().errors[0].field).toBe('date_of_birth');
  });

  it('holds a minor’s uploads and hides them from coaches until the guardian confirms; withdrawal stops it again', async () => {
    const coach = await createUser(t, 'coach');
    const { res } = await signup({ date_of_birth: yearsAgo(17, 1), guardian_email: 'Parent.Of.Meera@Example.com' });
    expect(res.statusCode).toBe(201);
    const { token, user } = res.json().data as { token: string; user: { id: string } };
    // Study on the device starts at once: the session works.
    expect((await t.app.inject({ method: 'GET', url: '/api/user/profile', headers: bearer(token) })).statusCode).toBe(200);

    const mail = await mailTo('parent.of.meera@example.com');
    expect(mail.text).toContain(PRIVACY_NOTICE_VERSION);
    const link = tokenFrom(mail);
    expect(link).toHaveLength(43);
    const info = await t.app.inject({ method: 'GET', url: '/api/user/consent', headers: bearer(token) });
    expect(info.json().data).toMatchObject({ consent_status: 'pending', guardian_email: 'p***@example.com' });

    const cohort = await t.db.pool.query<{ id: string }>(`INSERT INTO cohorts (name, standard) VALUES ('Consent cohort', 11) RETURNING id`);
    const cohortId = cohort.rows[0]?.id;
    await t.db.pool.query('INSERT INTO cohort_coaches (cohort_id, coach_id) VALUES ($1, $2)', [cohortId, coach.id]);
    await t.db.pool.query('INSERT INTO cohort_members (cohort_id, student_id) VALUES ($1, $2)', [cohortId, user.id]);

    const held = await upload(token, user.id);
    expect(held.statusCode).toBe(403);
    expect(held.json().errors[0].code).toBe('CONSENT_REQUIRED');
    const summaryRows = async () => (await t.db.pool.query('SELECT 1 FROM cohort_student_summary WHERE student_id = $1', [user.id])).rowCount;
    await refreshCohortSummaries(t.db.pool, { cohortIds: [cohortId as string] });
    expect(await summaryRows()).toBe(0);
    expect((await t.db.pool.query('SELECT 1 FROM attempts WHERE student_id = $1', [user.id])).rowCount).toBe(0);

    const describe = await t.app.inject({ method: 'POST', url: '/api/consent/guardian/describe', payload: { token: link } });
    expect(describe.json().data).toMatchObject({ student_name: expect.stringContaining('Meera'), consent_status: 'pending' });
    const confirm = await t.app.inject({ method: 'POST', url: '/api/consent/guardian/confirm', payload: { token: link } });
    expect(confirm.json().data.consent_status).toBe('granted');

    const accepted = await upload(token, user.id);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().data.applied).toBe(1);
    expect(await summaryRows()).toBe(1);

    const withdraw = await t.app.inject({ method: 'POST', url: '/api/consent/guardian/withdraw', payload: { token: link } });
    expect(withdraw.json().data.consent_status).toBe('withdrawn');
    expect((await upload(token, user.id)).statusCode).toBe(403);
    expect(await summaryRows()).toBe(0);
    // Security: the withdrawal is the guardian's to reverse; the student cannot send a new link.
    const resend = await t.app.inject({ method: 'POST', url: '/api/user/consent/guardian', headers: bearer(token), payload: { guardian_email: 'me-again@example.com' } });
    expect(resend.statusCode).toBe(403);
    const events = await t.db.pool.query('SELECT event, actor, notice_version FROM consent_events WHERE user_id = $1 ORDER BY id', [user.id]);
    expect(events.rows).toEqual([
      { event: 'requested', actor: 'student', notice_version: PRIVACY_NOTICE_VERSION },
      { event: 'granted', actor: 'guardian', notice_version: PRIVACY_NOTICE_VERSION },
      { event: 'withdrawn', actor: 'guardian', notice_version: PRIVACY_NOTICE_VERSION },
    ]);
    // Withdrawal offers deletion: the guardian's link can start it.
    const del = await t.app.inject({ method: 'POST', url: '/api/consent/guardian/delete-account', payload: { token: link } });
    expect(del.statusCode).toBe(202);
    expect((await t.app.inject({ method: 'GET', url: '/api/user/profile', headers: bearer(token) })).statusCode).toBe(401);
  });

  it('lets the student send the link again, to a corrected address', async () => {
    const { res } = await signup({ date_of_birth: yearsAgo(15), guardian_email: 'typo@exampel.com' });
    const token = res.json().data.token as string;
    const again = await t.app.inject({ method: 'POST', url: '/api/user/consent/guardian', headers: bearer(token), payload: { guardian_email: 'right@example.com' } });
    expect(again.statusCode).toBe(200);
    expect(again.json().data.guardian_email).toBe('r***@example.com');
    // The link sent to the mistyped address stops confirming once a new one is sent.
    const stale = await t.app.inject({ method: 'POST', url: '/api/consent/guardian/confirm', payload: { token: tokenFrom(await mailTo('typo@exampel.com')) } });
    expect(stale.statusCode).toBe(400);
    const confirm = await t.app.inject({ method: 'POST', url: '/api/consent/guardian/confirm', payload: { token: tokenFrom(await mailTo('right@example.com')) } });
    expect(confirm.json().data.consent_status).toBe('granted');
  });

  it('leaves an adult’s sign-up unchanged: no consent needed, uploads accepted at once', async () => {
    const { res } = await signup({ date_of_birth: yearsAgo(18) });
    expect(res.statusCode).toBe(201);
    const { token, user } = res.json().data;
    expect((await t.app.inject({ method: 'GET', url: '/api/user/consent', headers: bearer(token) })).json().data.consent_status).toBe('not_required');
    expect((await upload(token, user.id)).statusCode).toBe(200);
    const before = smtp.received.length;
    const adult = await signup({});
    expect(adult.res.statusCode).toBe(201);
    expect(smtp.received.filter((m) => m.envelope.to.includes(adult.email))).toHaveLength(0);
    expect(smtp.received.length).toBe(before);
  });
});
