import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/src/app.ts';
import { loadSigningKeys, type SigningKeys } from '../../server/src/auth/keys.ts';
import { loadConfig, type Config } from '../../server/src/config.ts';
import type { Database } from '../../server/src/db/database.ts';
import { createTestDatabase } from '../../server/src/db/test-database.ts';
import { createJobQueue, type JobDefinition, type JobQueue } from '../../server/src/jobs/queue.ts';
import { jobDefinitions } from '../../server/src/jobs/registry.ts';
import type { Mailer } from '../../server/src/mail/mailer.ts';
import type { UploadGuards } from '../../server/src/sync/upload/row-security.ts';

export interface TestApp {
  app: FastifyInstance;
  db: Database;
  config: Config;
  keys: SigningKeys;
  jobs: JobQueue | null;
  close(): Promise<void>;
}

let sharedKeys: Promise<SigningKeys> | null = null;

/**
 * The real application on a fresh migrated database (PGlite or Postgres per TEST_DB), driven
 * through `app.inject`. Rate limits are high unless a test overrides them.
 */
export async function createTestApp(env: Record<string, string> = {}, opts: { jobs?: JobDefinition<never>[] | true; mailer?: Pick<Mailer, 'send'>; uploadGuards?: UploadGuards } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MIN: '100000',
    LOGIN_RATE_LIMIT_PER_MIN: '100000',
    CLIENT_DIST: '/nonexistent',
    ...env,
  });
  sharedKeys ??= loadSigningKeys(undefined, null);
  const keys = await sharedKeys;
  const jobs = opts.jobs ? await createJobQueue(db.pool, opts.jobs === true ? jobDefinitions(db.pool, config) : opts.jobs, { pollingIntervalS: 0.5 }) : null;
  if (jobs) await jobs.work();
  const app = await buildApp({ config, pool: db.pool, keys, jobs, mailer: opts.mailer ?? null, uploadGuards: opts.uploadGuards });
  await app.ready();
  return {
    app,
    db,
    config,
    keys,
    jobs,
    async close() {
      await app.close();
      await jobs?.stop();
      await db.close();
    },
  };
}

export interface SignedIn {
  id: string;
  token: string;
  refreshToken: string;
  email: string;
}

let counter = 0;
const futureDate = () => new Date(Date.now() + 180 * 86_400_000).toISOString().slice(0, 10);

/** Signs up a new student through the API. */
export async function signupStudent(app: FastifyInstance, overrides: Record<string, unknown> = {}): Promise<SignedIn> {
  counter += 1;
  const email = `student${counter}-${Math.floor(performance.now())}@test.cr`;
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/signup',
    payload: { email, password: 'correct horse battery', standard: 12, exam_target: futureDate(), ...overrides },
  });
  if (res.statusCode !== 201) throw new Error(`signup failed: ${res.statusCode} ${res.body}`);
  const data = res.json().data;
  return { id: data.user.id, token: data.token, refreshToken: data.refresh_token, email: data.user.email };
}

/** Creates a user of any role directly (coaches and admins cannot sign up) and signs them in. */
export async function createUser(t: Pick<TestApp, 'app' | 'db'>, role: 'student' | 'coach' | 'admin'): Promise<SignedIn> {
  const student = await signupStudent(t.app);
  if (role !== 'student') {
    await t.db.pool.query('UPDATE users SET role = $2, standard = NULL WHERE id = $1', [student.id, role]);
  }
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: student.email, password: 'correct horse battery' } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const data = res.json().data;
  return { id: student.id, token: data.token, refreshToken: data.refresh_token, email: student.email };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
