import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/src/app.ts';
import type { UploadGuards } from '../../../server/src/sync/upload/row-security.ts';
import { loadSigningKeys, type SigningKeys } from '../../../server/src/auth/keys.ts';
import { createTokenService } from '../../../server/src/auth/tokens.ts';
import { loadConfig, type Config } from '../../../server/src/config.ts';
import type { Database } from '../../../server/src/db/database.ts';
import { createTestDatabase } from '../../../server/src/db/test-database.ts';

let sharedKeys: Promise<SigningKeys> | null = null;

/**
 * A real listening server on a fresh test database (PGlite or Postgres per TEST_DB) that can be
 * stopped and started again on the same database and the same port (to kill it mid-stream).
 */
export class SyncTestServer {
  app!: FastifyInstance;
  config!: Config;
  keys!: SigningKeys;
  port = 0;
  private constructor(readonly db: Database, private readonly env: Record<string, string>) {}

  /** Tests of one authorization layer alone switch the other off (see server/src/sync/upload/row-security.ts). */
  uploadGuards?: UploadGuards;

  static async start(env: Record<string, string> = {}, opts: { uploadGuards?: UploadGuards } = {}): Promise<SyncTestServer> {
    const server = new SyncTestServer(await createTestDatabase(), env);
    server.uploadGuards = opts.uploadGuards;
    await server.boot();
    return server;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async boot(): Promise<void> {
    const config = (this.config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.SYNC_TEST_LOG ?? 'silent',
      RATE_LIMIT_PER_MIN: '1000000',
      LOGIN_RATE_LIMIT_PER_MIN: '1000000',
      CLIENT_DIST: '/nonexistent',
      ...this.env,
    }));
    sharedKeys ??= loadSigningKeys(undefined, null);
    this.keys = await sharedKeys;
    this.app = await buildApp({ config, pool: this.db.pool, keys: this.keys, uploadGuards: this.uploadGuards });
    await this.app.listen({ port: this.port, host: '127.0.0.1' });
    this.port = (this.app.server.address() as AddressInfo).port;
  }

  /** Stops the HTTP server and the processor; open streams are cut. */
  async stop(): Promise<void> {
    this.app.server.closeAllConnections();
    await this.app.close();
  }

  async close(): Promise<void> {
    await this.stop().catch(() => undefined);
    await this.db.close();
  }

  /** A student (or coach/admin) with a password, via the real API. */
  async user(role: 'student' | 'coach' | 'admin' = 'student'): Promise<{ id: string; email: string; password: string }> {
    const email = `u${Math.random().toString(36).slice(2, 10)}@test.cr`;
    const password = 'correct horse battery';
    const res = await this.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email, password, standard: 12, exam_target: new Date(Date.now() + 180 * 86_400_000).toISOString().slice(0, 10) },
    });
    if (res.statusCode !== 201) throw new Error(`signup failed: ${res.statusCode} ${res.body}`);
    const id = res.json().data.user.id as string;
    if (role !== 'student') await this.db.pool.query('UPDATE users SET role = $2, standard = NULL WHERE id = $1', [id, role]);
    return { id, email, password };
  }

  /** An access token signed like the server's own, without a login (bench fan-out). */
  sign(claims: { sub: string; role: 'student' | 'coach' | 'admin' }): Promise<string> {
    const tokens = createTokenService(this.keys, { issuer: this.config.PUBLIC_URL, audience: this.config.JWT_AUDIENCE, accessTtlS: this.config.ACCESS_TOKEN_TTL_S });
    return tokens.signAccess(claims);
  }

  async token(email: string, password: string): Promise<string> {
    const res = await this.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
    return res.json().data.token as string;
  }
}

/** Inserts a few concepts and questions (content bucket). */
export async function seedContent(db: Database, n = 5, prefix = 'C'): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    const id = `${prefix}${i}`;
    await db.pool.query(
      `INSERT INTO concepts (id, name, subject, unit, layer, difficulty, exam_weight) VALUES ($1, $2, 'MATH', 'U1', 1, 2, 0.5)`,
      [id, `Concept ${id}`],
    );
    await db.pool.query(
      `INSERT INTO questions (id, subject, primary_concept_id, type, text, answer, difficulty, source)
       VALUES ($1, 'MATH', $2, 'INTEGER', 'What is 2+2?', '4', 2, 'test')`,
      [`Q-${id}`, id],
    );
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` until it returns a truthy value or the timeout passes. */
export async function waitFor<T>(fn: () => Promise<T> | T, timeoutMs = 20_000, what = 'condition'): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: Error | null = null;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (error) {
      last = error instanceof Error ? error : new Error(String(error));
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await sleep(25);
  }
}
