import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { parse } from 'yaml';
import { DEFAULT_HYDRATION_STATE, SqlSyncRules } from '@powersync/service-sync-rules';

/** One finding of the preflight: `fail` blocks the switch, `warn` is worth reading first. */
export interface Finding {
  level: 'ok' | 'warn' | 'fail';
  check: string;
  message: string;
}

/** The PowerSync Service release the checks and docs/scale-out.md were verified against. */
export const VERIFIED_SERVICE_VERSION = '1.25.0';
/** The service's default of streams per instance (`api.parameters.max_concurrent_connections`). */
export const SERVICE_DEFAULT_MAX_STREAMS = 200;

interface ServiceConfig {
  replication?: { connections?: Array<Record<string, unknown>> };
  storage?: Record<string, unknown>;
  sync_rules?: { path?: string; content?: string };
  client_auth?: { jwks_uri?: string | string[]; jwks?: { keys?: Array<{ kid?: string }> }; audience?: string[] | string };
  api?: { parameters?: { max_concurrent_connections?: number } };
  telemetry?: { disable_telemetry_sharing?: boolean };
}

/** Parses powersync.yaml as the service does, resolving `!env NAME` from `env`. */
export function parseServiceConfig(text: string, env: Record<string, string | undefined>): ServiceConfig {
  return parse(text, { customTags: [{ tag: '!env', resolve: (name: string) => env[name.trim()] ?? '' }] }) as ServiceConfig;
}

/** A YAML scalar as text (numbers and strings), else the fallback. */
const scalar = (v: unknown, fallback: string): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : fallback);

/** The connection string of a service connection block (uri, or discrete fields). */
export function connectionUri(c: Record<string, unknown>): string | null {
  if (typeof c.uri === 'string' && c.uri) return c.uri;
  if (typeof c.hostname !== 'string') return null;
  const u = new URL('postgresql://placeholder');
  u.hostname = c.hostname;
  u.port = scalar(c.port, '5432');
  u.pathname = `/${scalar(c.database, 'postgres')}`;
  u.username = scalar(c.username, '');
  u.password = scalar(c.password, '');
  return u.toString();
}

/** Checks of one connection block that need no database: password present, sslmode against the server's TLS. */
export function connectionFindings(name: string, c: Record<string, unknown>, uri: string | null, serverSsl: boolean | null): Finding[] {
  const out: Finding[] = [];
  if (!uri) return [{ level: 'fail', check: `${name} uri`, message: 'no uri (or hostname/database) configured' }];
  const url = new URL(uri);
  out.push(
    url.password
      ? { level: 'ok', check: `${name} password`, message: 'the URI carries a password' }
      : { level: 'fail', check: `${name} password`, message: 'the URI has no password: the service refuses it (PSYNC_S1108) even where the server trusts the connection; give the role a password' },
  );
  const sslmode = scalar(c.sslmode, url.searchParams.get('sslmode') ?? 'verify-full');
  if (serverSsl === false && sslmode !== 'disable') {
    out.push({ level: 'fail', check: `${name} sslmode`, message: `sslmode ${sslmode}${c.sslmode === undefined ? ' (the service default)' : ''} but the server does not offer TLS: the service fails with only "postgres query failed". Enable TLS on Postgres, or set sslmode: disable on a private network` });
  } else {
    out.push({ level: 'ok', check: `${name} sslmode`, message: `sslmode ${sslmode}${serverSsl === null ? ' (server TLS not checked)' : serverSsl ? ', server offers TLS' : ''}` });
  }
  return out;
}

/** What the database must provide for logical replication of `tables` by the connecting role. */
export async function databaseFindings(client: pg.Client, tables: readonly string[]): Promise<Finding[]> {
  const out: Finding[] = [];
  const setting = async (name: string) => (await client.query<{ v: string }>('SELECT current_setting($1) AS v', [name])).rows[0]!.v;
  const wal = await setting('wal_level');
  out.push(
    wal === 'logical'
      ? { level: 'ok', check: 'wal_level', message: 'logical' }
      : { level: 'fail', check: 'wal_level', message: `is ${wal}; the service needs logical (ALTER SYSTEM SET wal_level = logical and restart; RDS: rds.logical_replication = 1; Cloud SQL: cloudsql.logical_decoding = on)` },
  );
  const slots = Number(await setting('max_replication_slots'));
  const senders = Number(await setting('max_wal_senders'));
  out.push(slots > 0 && senders > 0 ? { level: 'ok', check: 'replication slots', message: `max_replication_slots ${slots}, max_wal_senders ${senders}` } : { level: 'fail', check: 'replication slots', message: `max_replication_slots ${slots}, max_wal_senders ${senders}: both must be at least 1` });

  const role = (await client.query<{ name: string; repl: boolean; bypass: boolean; super: boolean; connlimit: number }>(
    'SELECT rolname AS name, rolreplication AS repl, rolbypassrls AS bypass, rolsuper AS super, rolconnlimit AS connlimit FROM pg_roles WHERE rolname = current_user',
  )).rows[0]!;
  out.push(role.repl || role.super ? { level: 'ok', check: 'replication role', message: `${role.name} has REPLICATION` } : { level: 'fail', check: 'replication role', message: `${role.name} lacks REPLICATION (ALTER ROLE ${role.name} WITH REPLICATION)` });

  const { rows: info } = await client.query<{ name: string; exists: boolean; can_select: boolean; rls: boolean; ident: string | null; has_pk: boolean }>(
    `SELECT t.name, c.oid IS NOT NULL AS exists,
            coalesce(has_table_privilege(c.oid, 'SELECT'), false) AS can_select,
            coalesce(c.relrowsecurity, false) AS rls, c.relreplident::text AS ident,
            EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisprimary) AS has_pk
       FROM unnest($1::text[]) AS t(name)
       LEFT JOIN pg_class c ON c.relname = t.name AND c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
      ORDER BY t.name`,
    [tables],
  );
  const missing = info.filter((t) => !t.exists).map((t) => t.name);
  if (missing.length > 0) out.push({ level: 'fail', check: 'tables', message: `the rules read tables that do not exist: ${missing.join(', ')} (run npm run db:migrate)` });
  const unreadable = info.filter((t) => t.exists && !t.can_select).map((t) => t.name);
  out.push(unreadable.length === 0 ? { level: 'ok', check: 'grants', message: `${role.name} can SELECT every existing table the rules read (${info.filter((t) => t.exists).length} of ${tables.length})` } : { level: 'fail', check: 'grants', message: `${role.name} cannot SELECT ${unreadable.join(', ')} (GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${role.name})` });
  const rls = info.filter((t) => t.rls).map((t) => t.name);
  if (rls.length > 0 && !role.bypass && !role.super) out.push({ level: 'fail', check: 'row-level security', message: `${rls.join(', ')} have row-level security and ${role.name} lacks BYPASSRLS: the initial snapshot would miss rows (ALTER ROLE ${role.name} BYPASSRLS)` });
  const noIdentity = info.filter((t) => t.exists && !t.has_pk && t.ident !== 'f' && t.ident !== 'i').map((t) => t.name);
  if (noIdentity.length > 0) out.push({ level: 'fail', check: 'replica identity', message: `${noIdentity.join(', ')} have no primary key or replica identity; updates and deletes cannot be replicated` });

  const pub = await client.query<{ all: boolean }>(`SELECT puballtables AS all FROM pg_publication WHERE pubname = 'powersync'`);
  if (pub.rows.length === 0) {
    out.push({ level: 'fail', check: 'publication', message: 'publication powersync does not exist (migrations create it on Postgres; run npm run db:migrate against this database)' });
  } else {
    const { rows } = await client.query<{ t: string }>(`SELECT tablename AS t FROM pg_publication_tables WHERE pubname = 'powersync' AND schemaname = 'public'`);
    const covered = new Set(rows.map((r) => r.t));
    const uncovered = tables.filter((t) => !covered.has(t));
    out.push(uncovered.length === 0 ? { level: 'ok', check: 'publication', message: `powersync covers all ${tables.length} tables the rules read` } : { level: 'fail', check: 'publication', message: `powersync does not cover ${uncovered.join(', ')} (ALTER PUBLICATION powersync ADD TABLE ${uncovered.join(', ')})` });
  }

  const conn = (await client.query<{ max: number; used: number; reserved: number }>(
    `SELECT current_setting('max_connections')::int AS max, (SELECT count(*)::int FROM pg_stat_activity) AS used,
            current_setting('superuser_reserved_connections')::int AS reserved`,
  )).rows[0]!;
  const free = conn.max - conn.reserved - conn.used;
  // Per service instance: a replication connection plus its pool (about 10), per storage DB the same.
  const need = 12;
  if (role.connlimit !== -1 && role.connlimit < need) out.push({ level: 'fail', check: 'connection limit', message: `${role.name} may open only ${role.connlimit} connections; a service instance needs about ${need}` });
  out.push(free >= need ? { level: 'ok', check: 'connection limit', message: `${free} of ${conn.max} connections free (a service instance needs about ${need})` } : { level: 'fail', check: 'connection limit', message: `only ${free} of ${conn.max} connections free; a service instance needs about ${need} (raise max_connections or use a pooler for the API)` });
  return out;
}

/** Parses the rules as the service does; returns the tables they read (schema public). */
export function rulesFindings(yaml: string, repoYaml: string | null): { findings: Finding[]; tables: string[] } {
  const { config, errors } = SqlSyncRules.fromYaml(yaml, { defaultSchema: 'public', throwOnError: false });
  const fatal = errors.filter((e) => e.type !== 'warning');
  if (fatal.length > 0) return { findings: [{ level: 'fail', check: 'sync rules', message: fatal.map((e) => e.message).join('; ') }], tables: [] };
  const hydrated = config.hydrate({ hydrationState: DEFAULT_HYDRATION_STATE } as Parameters<typeof config.hydrate>[0]);
  const tables = [...new Set(hydrated.getSourceTables().map((t) => t.tablePattern))].sort();
  const findings: Finding[] = [{ level: 'ok', check: 'sync rules', message: `parse with @powersync/service-sync-rules; ${tables.length} tables read` }];
  if (repoYaml !== null && repoYaml !== yaml) findings.push({ level: 'fail', check: 'sync rules', message: 'differ from sync-rules/sync-rules.yaml: both servers must evaluate the same rules' });
  return { findings, tables };
}

/** client_auth: our kid reachable (JWKS URL or inline keys) and our audience accepted. */
export async function authFindings(auth: ServiceConfig['client_auth'], ours: { kid: string | null; audience: string }, fetchJwks: (url: string) => Promise<{ keys?: Array<{ kid?: string }> }>): Promise<Finding[]> {
  const out: Finding[] = [];
  const audiences = auth?.audience === undefined ? [] : Array.isArray(auth.audience) ? auth.audience : [auth.audience];
  out.push(audiences.includes(ours.audience) ? { level: 'ok', check: 'audience', message: `accepts ${ours.audience}` } : { level: 'fail', check: 'audience', message: `client_auth.audience ${JSON.stringify(audiences)} does not include our JWT_AUDIENCE ${ours.audience}: every stream would be refused` });
  const kids: string[] = [...(auth?.jwks?.keys ?? []).map((k) => k.kid ?? '')];
  const uris = auth?.jwks_uri === undefined ? [] : Array.isArray(auth.jwks_uri) ? auth.jwks_uri : [auth.jwks_uri];
  for (const uri of uris) {
    try {
      kids.push(...((await fetchJwks(uri)).keys ?? []).map((k) => k.kid ?? ''));
      out.push({ level: 'ok', check: 'jwks', message: `${uri} answers` });
    } catch (error) {
      out.push({ level: inlineOnlyMissing(auth) ? 'fail' : 'warn', check: 'jwks', message: `${uri} unreachable from here (${error instanceof Error ? error.message : String(error)}); while the service cannot fetch it every stream gets 401. Inline client_auth.jwks avoids the dependency` });
    }
  }
  if (uris.length === 0 && kids.length === 0) out.push({ level: 'fail', check: 'jwks', message: 'client_auth has neither jwks_uri nor inline jwks' });
  if (ours.kid) out.push(kids.includes(ours.kid) ? { level: 'ok', check: 'signing key', message: `our key ${ours.kid} is among the service's keys` } : { level: 'fail', check: 'signing key', message: `our key ${ours.kid} is not in the service's keys (${kids.join(', ') || 'none'})` });
  return out;
}

const inlineOnlyMissing = (auth: ServiceConfig['client_auth']) => (auth?.jwks?.keys ?? []).length === 0;

/** Service settings worth knowing before the switch. */
export function serviceFindings(cfg: ServiceConfig): Finding[] {
  const out: Finding[] = [];
  const streams = cfg.api?.parameters?.max_concurrent_connections;
  out.push(streams === undefined
    ? { level: 'warn', check: 'streams per instance', message: `api.parameters.max_concurrent_connections unset: ${SERVICE_DEFAULT_MAX_STREAMS} streams per instance, more get 429; size instances or raise it` }
    : { level: 'ok', check: 'streams per instance', message: `${streams} per instance` });
  if (cfg.telemetry?.disable_telemetry_sharing !== true) out.push({ level: 'warn', check: 'telemetry', message: 'telemetry sharing is on by default; set telemetry.disable_telemetry_sharing: true unless you mean to share' });
  return out;
}

export interface PreflightOptions {
  configFile: string;
  env: Record<string, string | undefined>;
  repoRulesYaml: string | null;
  ours: { kid: string | null; audience: string };
  fetchJwks?: (url: string) => Promise<{ keys?: Array<{ kid?: string }> }>;
}

async function serverOffersTls(uri: string): Promise<boolean | null> {
  const client = new pg.Client({ connectionString: withoutSsl(uri), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return (await client.query<{ v: string }>(`SELECT current_setting('ssl') AS v`)).rows[0]!.v === 'on';
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const withoutSsl = (uri: string) => {
  const u = new URL(uri);
  u.searchParams.delete('sslmode');
  return u.toString();
};

/** Every check, in order; never throws for a finding (only for an unreadable config file). */
export async function runPreflight(o: PreflightOptions): Promise<Finding[]> {
  const text = await readFile(o.configFile, 'utf8');
  const cfg = parseServiceConfig(text, o.env);
  const findings: Finding[] = [];
  const source = cfg.replication?.connections?.find((c) => c.type === 'postgresql');
  if (!source) return [{ level: 'fail', check: 'replication', message: 'replication.connections has no postgresql connection' }];
  const sourceUri = connectionUri(source);
  const sourceTls = sourceUri ? await serverOffersTls(sourceUri) : null;
  findings.push(...connectionFindings('source', source, sourceUri, sourceTls));

  let rulesYaml: string | null = cfg.sync_rules?.content ?? null;
  if (!rulesYaml && cfg.sync_rules?.path) {
    const local = path.resolve(path.dirname(o.configFile), cfg.sync_rules.path);
    rulesYaml = await readFile(local, 'utf8').catch(() => null);
    if (rulesYaml === null) {
      findings.push({ level: 'warn', check: 'sync rules', message: `${cfg.sync_rules.path} not readable from here (a container path?); checked our sync-rules/sync-rules.yaml instead` });
      rulesYaml = o.repoRulesYaml;
    }
  }
  let tables: string[] = [];
  if (rulesYaml) {
    const r = rulesFindings(rulesYaml, o.repoRulesYaml);
    findings.push(...r.findings);
    tables = r.tables;
  } else findings.push({ level: 'fail', check: 'sync rules', message: 'sync_rules has neither path nor content' });

  if (sourceUri) {
    const client = new pg.Client({ connectionString: withoutSsl(sourceUri), connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      findings.push(...(await databaseFindings(client, tables)));
    } catch (error) {
      findings.push({ level: 'fail', check: 'source database', message: `cannot connect as the service would: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  const storage = cfg.storage ?? {};
  if (storage.type === 'postgresql') {
    const uri = connectionUri(storage);
    findings.push(...connectionFindings('storage', storage, uri, uri ? await serverOffersTls(uri) : null));
    if (uri && sourceUri && new URL(uri).pathname === new URL(sourceUri).pathname && new URL(uri).host === new URL(sourceUri).host) {
      findings.push({ level: 'warn', check: 'storage', message: 'bucket storage is the source database; use a separate database so its writes are not replicated back' });
    }
    findings.push({ level: 'warn', check: 'storage fan-out', message: 'Postgres bucket storage: run ANALYZE on the storage database after the initial replication; with stale statistics one write fanned out to 1,000 streams took ~30 s (sequential scans)' });
  } else if (storage.type !== 'mongodb') {
    findings.push({ level: 'fail', check: 'storage', message: `storage.type ${String(storage.type)}: expected postgresql or mongodb` });
  }
  findings.push(...(await authFindings(cfg.client_auth, o.ours, o.fetchJwks ?? defaultFetchJwks)));
  findings.push(...serviceFindings(cfg));
  return findings;
}

async function defaultFetchJwks(url: string): Promise<{ keys?: Array<{ kid?: string }> }> {
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return (await res.json()) as { keys?: Array<{ kid?: string }> };
}
