import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../server/src/db/migrate.ts';
import { testDatabaseKind } from '../../server/src/db/test-database.ts';
import { runPreflight, type Finding } from '../../server/src/ops/scaleout-check.ts';
import { SYNC_RULES_PATH } from '../../server/src/sync/rules.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

// The preflight against (1) this suite's database as the machine has it (Postgres with wal_level
// as configured here, or PGlite), and (2) a throwaway Postgres cluster prepared as docs/scale-out.md
// says (wal_level=logical, a replication role with a password, grants, the publication), started
// from the machine's Postgres binaries in a temporary directory and removed afterwards.
const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const repoRules = readFileSync(SYNC_RULES_PATH, 'utf8');
let t: TestApp;
let dir: string;
let cluster: ReturnType<typeof spawn> | null = null;
let data = '';
let port = 0;

const asPostgresUser = (cmd: string, args: string[]) =>
  process.getuid?.() === 0 ? spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { encoding: 'utf8' }) : spawnSync(cmd, args, { encoding: 'utf8' });

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(p));
    });
  });
}

const jwksOf = (app: TestApp) => async (url: string) => (await app.app.inject({ method: 'GET', url: new URL(url).pathname })).json<{ keys: Array<{ kid: string }> }>();
const failures = (f: Finding[]) => f.filter((x) => x.level === 'fail').map((x) => `${x.check}: ${x.message}`);

function writeConfig(file: string, source: string, storage: string, extra: string): void {
  writeFileSync(
    file,
    `replication:\n  connections:\n    - type: postgresql\n      uri: !env PS_DATA_SOURCE_URI\n${source}storage:\n  type: postgresql\n  uri: !env PS_STORAGE_URI\n${storage}sync_rules:\n  path: ${SYNC_RULES_PATH}\nclient_auth:\n  jwks_uri: http://api.example.test/.well-known/jwks.json\n  audience: ['cognitive-resonance']\n${extra}`,
  );
}

beforeAll(async () => {
  t = await createTestApp();
  dir = mkdtempSync(path.join(tmpdir(), 'cr-scaleout-'));
  data = path.join(dir, 'data');
}, 120_000);

afterAll(async () => {
  if (cluster && cluster.exitCode === null) {
    const exited = new Promise((r) => cluster!.once('exit', r));
    asPostgresUser(path.join(BIN, 'pg_ctl'), ['stop', '-D', data, '-m', 'fast', '-w']);
    await exited;
  }
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('scaleout:check', { timeout: 120_000 }, () => {
  it(`names every missing prerequisite on this machine's ${testDatabaseKind()} database as it is`, async () => {
    const file = path.join(dir, 'as-is.yaml');
    writeConfig(file, '      sslmode: verify-full\n', '', '');
    const findings = await runPreflight({ configFile: file, env: { PS_DATA_SOURCE_URI: t.db.url, PS_STORAGE_URI: t.db.url }, repoRulesYaml: repoRules, ours: { kid: t.keys.kid, audience: 'cognitive-resonance' }, fetchJwks: jwksOf(t) });
    const failed = failures(findings).join('\n');
    expect(failed).toMatch(/source password: the URI has no password.*PSYNC_S1108/);
    expect(failed).toMatch(/source sslmode: sslmode verify-full but the server does not offer TLS/);
    const wal = (await t.db.pool.query<{ v: string }>(`SELECT current_setting('wal_level') AS v`)).rows[0]!.v;
    if (wal !== 'logical') expect(failed).toContain(`wal_level: is ${wal}`);
    const hasPublication = (await t.db.pool.query(`SELECT 1 FROM pg_publication WHERE pubname = 'powersync'`)).rows.length > 0;
    if (hasPublication) expect(findings).toContainEqual(expect.objectContaining({ level: 'ok', check: 'publication' }));
    else expect(failed).toMatch(/publication powersync does not exist/);
    expect(findings).toContainEqual(expect.objectContaining({ level: 'warn', check: 'streams per instance' }));
    expect(findings).toContainEqual(expect.objectContaining({ level: 'warn', check: 'telemetry' }));
    expect(findings).toContainEqual(expect.objectContaining({ level: 'ok', check: 'signing key' }));
  });

  it('passes on a Postgres prepared as docs/scale-out.md says', async () => {
    // initdb refuses root: as root the cluster belongs to the postgres user.
    writeFileSync(path.join(dir, 'pw'), 'super-secret\n');
    if (process.getuid?.() === 0) spawnSync('chown', ['-R', 'postgres', dir]);
    const init = asPostgresUser(path.join(BIN, 'initdb'), ['-D', data, '-A', 'scram-sha-256', '-U', 'postgres', `--pwfile=${path.join(dir, 'pw')}`]);
    expect(init.status, init.stderr).toBe(0);
    port = await freePort();
    const args = ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'wal_level=logical', '-c', 'max_connections=60', '-c', 'fsync=off'];
    cluster = process.getuid?.() === 0 ? spawn('runuser', ['-u', 'postgres', '--', path.join(BIN, 'postgres'), ...args], { stdio: 'ignore' }) : spawn(path.join(BIN, 'postgres'), args, { stdio: 'ignore' });
    const superUrl = (db: string) => `postgres://postgres:super-secret@127.0.0.1:${port}/${db}`;
    const deadline = Date.now() + 30_000;
    for (;;) {
      const c = new pg.Client({ connectionString: superUrl('postgres') });
      try {
        await c.connect();
        await c.end();
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const admin = new pg.Client({ connectionString: superUrl('postgres') });
    await admin.connect();
    await admin.query('CREATE DATABASE cr');
    await admin.query('CREATE DATABASE powersync_storage');
    await admin.query(`CREATE ROLE powersync_role WITH REPLICATION BYPASSRLS LOGIN PASSWORD 'replica-secret'`);
    await admin.query(`CREATE ROLE powersync_storage_user WITH LOGIN PASSWORD 'storage-secret'`);
    await admin.query('GRANT ALL ON DATABASE powersync_storage TO powersync_storage_user');
    await admin.end();
    const app = new pg.Pool({ connectionString: superUrl('cr'), max: 2 });
    await migrate(app);
    await app.query('GRANT SELECT ON ALL TABLES IN SCHEMA public TO powersync_role');
    await app.end();

    const file = path.join(dir, 'prepared.yaml');
    const kid = t.keys.kid;
    writeConfig(file, '      sslmode: disable\n', '  sslmode: disable\n', `  jwks:\n    keys: [{ kid: '${kid}' }]\napi:\n  parameters:\n    max_concurrent_connections: 1000\ntelemetry:\n  disable_telemetry_sharing: true\n`);
    const env = {
      PS_DATA_SOURCE_URI: `postgres://powersync_role:replica-secret@127.0.0.1:${port}/cr`,
      PS_STORAGE_URI: `postgres://powersync_storage_user:storage-secret@127.0.0.1:${port}/powersync_storage`,
    };
    const findings = await runPreflight({ configFile: file, env, repoRulesYaml: repoRules, ours: { kid, audience: 'cognitive-resonance' }, fetchJwks: jwksOf(t) });
    expect(failures(findings)).toEqual([]);
    expect(findings.filter((f) => f.level === 'warn').map((f) => f.check)).toEqual(['storage fan-out']);
    expect(findings).toContainEqual(expect.objectContaining({ level: 'ok', check: 'wal_level', message: 'logical' }));

    // One prerequisite undone at a time is named.
    const undo = new pg.Client({ connectionString: superUrl('cr') });
    await undo.connect();
    await undo.query('ALTER PUBLICATION powersync DROP TABLE attempts');
    await undo.query('REVOKE SELECT ON questions FROM powersync_role');
    await undo.query('ALTER ROLE powersync_role NOREPLICATION');
    await undo.end();
    const broken = failures(await runPreflight({ configFile: file, env, repoRulesYaml: repoRules, ours: { kid, audience: 'other-audience' }, fetchJwks: jwksOf(t) })).join('\n');
    expect(broken).toMatch(/publication: powersync does not cover attempts/);
    expect(broken).toMatch(/grants: powersync_role cannot SELECT questions/);
    expect(broken).toMatch(/replication role: powersync_role lacks REPLICATION/);
    expect(broken).toMatch(/audience: .* does not include our JWT_AUDIENCE other-audience/);
  });
});
