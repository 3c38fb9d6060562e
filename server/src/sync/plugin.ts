import type { OutgoingHttpHeaders } from 'node:http';
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { DomainError } from '@cr/shared';
import { withTransaction } from '../db/database.ts';
import { principalOf } from '../plugins/auth.ts';
import { consentStatusOf, processingAllowed } from '../privacy/consent.ts';
import { ok } from '../plugins/envelope.ts';
import { AccountBatch } from './account-batch.ts';
import { Admission } from './admission.ts';
import { acceptsGzip } from './gzip-frames.ts';
import { Liveness } from './liveness.ts';
import { compactBuckets, type CompactionResult } from './compaction.ts';
import { SyncHub } from './hub.ts';
import { ChangeProcessor } from './processor.ts';
import { loadRules, type LoadedRules } from './rules.ts';
import { BucketReader } from './storage.ts';
import { ResponseSink } from './response-sink.ts';
import { StreamSession } from './stream-session.ts';
import { UPLOAD_LIMITS } from '@cr/shared/sync/upload-batches';
import { checkpointRequestBodySchema, streamBodySchema, uploadBodySchema, writeCheckpointQuerySchema, type CrudOp, type RejectedOp } from '@cr/shared/schemas/sync';
import { applyOp, asFatal, createApplyContext, describeOp, forgetReads, parseOp, recordRejection } from './upload/apply.ts';
import { CommitHooks, type CommitHook, type CommittedRow } from './upload/hooks.ts';
import { isWritable } from './upload/tables.ts';
import { ALL_GUARDS, canUseDeviceRole, enterDeviceRole, type UploadGuards } from './upload/row-security.ts';

export interface SyncPluginOptions {
  pool: pg.Pool;
  /** Sync rules YAML text; defaults to sync-rules/sync-rules.yaml. */
  rulesYaml?: string;
  /** Keepalive (token_expires_in) interval in ms, also the interval of the bulk liveness check; default 20 s. */
  keepaliveMs?: number;
  /** Heavy first syncs streaming data at once; more wait in arrival order (see Admission); default 16. */
  maxInitialSyncs?: number;
  /** Interval of bucket compaction in ms; 0 disables it; default hourly. */
  compactIntervalMs?: number;
  /** Poll interval of the change queue in ms (changes from other connections); default 50. */
  pollMs?: number;
  /** Run the change processor in this process (off when the real PowerSync Service syncs). */
  processor?: boolean;
  /** Tests only (buildApp refuses it in production): switch one authorization layer of uploads off. */
  uploadGuards?: UploadGuards;
  /** How long a shutdown waits for streams to finish their writes before cutting them; default 5 s. */
  shutdownGraceMs?: number;
}

/** See SyncPluginOptions.shutdownGraceMs (config SYNC_SHUTDOWN_GRACE_MS). */
export const SHUTDOWN_GRACE_MS = 5_000;

export interface SyncControl {
  rules: LoadedRules;
  hub: SyncHub;
  processor: ChangeProcessor;
  /** Live stream sessions in this process. */
  readonly streams: number;
  /** The bound on concurrent heavy first syncs and its queue. */
  admission: Admission;
  /** The bulk liveness check of this process's streams. */
  liveness: Liveness;
  compact(): Promise<CompactionResult>;
  /**
   * Makes this process's open streams of `userId` re-check the account now (after a role or
   * status change); streams on other processes do so at their next keepalive or checkpoint.
   */
  recheck(userId: string): void;
  /** Subscribes to the rows of committed uploads (see CommitHook). */
  onCommit(hook: CommitHook): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    sync: SyncControl;
  }
}

const ROLES = ['student', 'coach', 'admin'] as const;
const BSON_TYPE = 'application/vnd.powersync.bson-stream';
const NDJSON_TYPE = 'application/x-ndjson';

/** True when the Accept header ranks the BSON stream above NDJSON. */
export function prefersBson(accept: string | undefined): boolean {
  let bson = -1;
  let ndjson = -1;
  for (const part of (accept ?? '').split(',')) {
    const [type = '', ...params] = part.trim().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (type.trim() === BSON_TYPE) bson = q;
    if (type.trim() === NDJSON_TYPE || type.trim() === 'application/json') ndjson = Math.max(ndjson, q);
  }
  return bson > ndjson;
}

/**
 * The PowerSync-compatible sync endpoint: POST /sync/stream, GET /write-checkpoint2.json,
 * POST /sync/checkpoint-request, plus our upload endpoint POST /sync/upload. Answers of the
 * protocol endpoints are exactly what the SDK expects (not the API envelope).
 */
export const syncPlugin = fp<SyncPluginOptions>(
  async (base: FastifyInstance, opts) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    const { pool } = opts;
    const rules = loadRules(opts.rulesYaml);
    const hub = new SyncHub();
    const processor = new ChangeProcessor({ pool, rules, hub, pollMs: opts.pollMs, onError: (err) => app.log.error({ err }, 'sync processor failed') });
    const keepaliveMs = opts.keepaliveMs ?? 20_000;
    const reader = new BucketReader(pool);
    const sessions = new Set<StreamSession>();
    const guards = opts.uploadGuards ?? ALL_GUARDS;
    const running = new Set<Promise<unknown>>();
    /** Every stream's sink until its response has ended (a shutdown may have to cut it). */
    const sinks = new Set<ResponseSink>();
    /** Set when the app begins to close: no new stream starts (see the handler). */
    let closing = false;
    const commitHooks = new CommitHooks();

    const accounts = new AccountBatch(pool);
    const stillAllowed = (principal: { sub: string; role: string }) => accounts.stillAllowed(principal);
    const liveness = new Liveness(stillAllowed, keepaliveMs, (err) => app.log.warn({ err }, 'sync liveness check failed; retried next interval'));
    const admission = new Admission(opts.maxInitialSyncs ?? 16);
    /** Compaction lowers op counts without a new op: streams read their checkpoints in full across it. */
    const compact = async (): Promise<CompactionResult> => {
      const done = reader.compacting();
      try {
        return await compactBuckets(pool);
      } finally {
        done();
      }
    };

    app.decorate('sync', {
      rules,
      hub,
      processor,
      get streams() {
        return sessions.size;
      },
      admission,
      liveness,
      compact,
      recheck: (userId: string) => hub.publish({ lastOpId: 0n, buckets: new Set(), paramsChanged: false, users: new Set([userId]) }),
      onCommit: (hook: CommitHook) => commitHooks.add(hook),
    });

    app.post(
      '/sync/stream',
      { config: { access: ROLES }, schema: { hide: true, body: streamBodySchema } },
      async (request, reply) => {
        // The auth hook verified the token and refused an inactive account; the role is the
        // account's current one (a token minted before a role change does not carry old powers).
        const { sub, role, exp } = principalOf(request);
        // A stream that reached here while the server is closing (its auth hook was reading the
        // account as the close began) would miss the close's end of every session: refused, the
        // client retries against the next server.
        if (closing) throw new DomainError('UNAVAILABLE', 'the server is shutting down; retry');
        const bson = prefersBson(request.headers.accept);
        // Compressed when the client accepts gzip (browsers and Node's fetch do): shared content
        // compressed once, everything else stored (gzip-frames.ts), so a held stream costs no more.
        const gzip = acceptsGzip(request.headers['accept-encoding']);
        // The response is written directly (see ResponseSink); the headers that hooks set (CORS,
        // security headers, rate limit) are kept.
        const res = reply.raw;
        const prior = reply.getHeader('vary');
        const vary = prior === undefined ? 'Accept-Encoding' : /accept-encoding/i.test(String(prior)) ? String(prior) : `${String(prior)}, Accept-Encoding`;
        reply.hijack();
        res.writeHead(200, {
          ...(reply.getHeaders() as OutgoingHttpHeaders),
          'content-type': bson ? BSON_TYPE : NDJSON_TYPE,
          ...(gzip ? { 'content-encoding': 'gzip' } : {}),
          vary,
          'cache-control': 'no-store',
          'x-accel-buffering': 'no',
        });
        const sink = new ResponseSink(res, bson, { gzip });
        sinks.add(sink);
        const session = new StreamSession({ pool, rules, hub, reader, keepaliveMs, stillAllowed, liveness, admission }, { sub, role, exp }, request.body);
        sessions.add(session);
        const gone = () => {
          session.end();
          // Also releases a write waiting for 'drain' from a client that will never read again.
          sink.close();
        };
        res.on('close', gone);
        // A client that left while the auth hook read its account: 'close' has fired already.
        if (res.destroyed || res.socket?.destroyed === true) gone();
        const run = session
          .run(sink)
          .catch((err: unknown) => request.log.warn({ err }, 'sync stream ended with an error'))
          .finally(async () => {
            sessions.delete(session);
            running.delete(run);
            try {
              // The held lines, then a gzip stream's trailer.
              await sink.finish();
            } catch {
              // The client is gone; nothing more to write.
            }
            sinks.delete(sink);
            res.end();
          });
        running.add(run);
      },
    );

    app.get(
      '/write-checkpoint2.json',
      { config: { access: ROLES }, schema: { hide: true, querystring: writeCheckpointQuerySchema } },
      async (request) => {
        const { sub } = principalOf(request);
        const lastOpId = await processor.flush();
        hub.publish({ lastOpId, buckets: new Set(), paramsChanged: false, users: new Set([sub]) });
        return { data: { write_checkpoint: lastOpId.toString() } };
      },
    );

    app.post(
      '/sync/checkpoint-request',
      {
        config: { access: ROLES },
        schema: { hide: true, body: checkpointRequestBodySchema },
      },
      async (request) => {
        const { sub } = principalOf(request);
        const lastOpId = await processor.flush();
        hub.publish({ lastOpId, buckets: new Set(), paramsChanged: false, users: new Set([sub]) });
        return { data: { checkpoint_request_id: request.body.checkpoint_request_id } };
      },
    );

    app.post(
      '/sync/upload',
      {
        bodyLimit: UPLOAD_LIMITS.bodyLimitBytes,
        config: { access: ROLES, rateLimit: { max: 6000, timeWindow: 60_000 } },
        schema: { tags: ['sync'], security: [{ bearer: [] }], body: uploadBodySchema },
      },
      async (request, reply) => {
        const { sub } = principalOf(request);
        // data rights: a minor's uploads wait on the device (retryable 403) until a guardian consents.
        const consent = await consentStatusOf(pool, sub);
        if (consent && !processingAllowed(consent)) {
          throw new DomainError('CONSENT_REQUIRED', "a parent or guardian must consent first; your work stays on this device until then");
        }
        const body = request.body;
        let rejected: RejectedOp[] = [];
        let applied = 0;
        const accepted: CrudOp[] = [];
        try {
          await withTransaction(pool, async (client) => {
            // A retried transaction starts from scratch (withTransaction may run this again).
            rejected = [];
            applied = 0;
            accepted.length = 0;
            if (guards.rls) await enterDeviceRole(client, sub);
            const ctx = createApplyContext({ client, userId: sub, nowMs: Date.now(), codeChecks: guards.code });
            for (const raw of body.ops) {
              await client.query('SAVEPOINT upload_op');
              try {
                const op = parseOp(raw);
                await applyOp(ctx, op);
                await client.query('RELEASE SAVEPOINT upload_op');
                accepted.push(op);
                applied += 1;
              } catch (error) {
                const fatal = asFatal(error);
                if (!fatal) throw error;
                await client.query('ROLLBACK TO SAVEPOINT upload_op');
                await recordRejection(client, sub, body.client_id, raw, fatal);
                const op = describeOp(raw);
                forgetReads(ctx);
                rejected.push({ op_id: op.op_id, table: op.type, id: op.id, code: fatal.code, message: fatal.message });
              }
            }
          });
        } catch (error) {
          request.log.warn({ err: error }, 'upload failed; the client will retry');
          throw new DomainError('UNAVAILABLE', 'upload could not be applied now; retry');
        }
        processor.kick();
        const committed: CommittedRow[] = [];
        for (const op of accepted) if (isWritable(op.type)) committed.push({ table: op.type, id: op.id, data: op.data ?? {} });
        await commitHooks.dispatch(committed, sub, (hook, err) => request.log.warn({ err, hook: hook.name }, 'after-upload hook failed; its backstop catches up'));
        return ok(request, reply, { applied, rejected });
      },
    );

    // Compaction keeps initial syncs small.
    const compactEveryMs = opts.compactIntervalMs ?? 3_600_000;
    let compactTimer: NodeJS.Timeout | null = null;
    app.addHook('onReady', async () => {
      // Without the device role the row-security layer would silently not exist: refuse to start.
      if (guards.rls && !(await canUseDeviceRole(pool))) {
        throw new Error('the database user cannot SET ROLE cr_device_writer (created by the row-security migration); grant it: GRANT cr_device_writer TO <user>');
      }
    });
    if (opts.processor ?? true) {
      app.addHook('onReady', async () => {
        processor.start();
        if (compactEveryMs > 0) {
          compactTimer = setInterval(() => {
            compact().catch((err: unknown) => app.log.warn({ err }, 'sync compaction failed; retried next interval'));
          }, compactEveryMs).unref();
        }
      });
    }
    app.addHook('preClose', async () => {
      closing = true;
      for (const s of sessions) s.end();
      // A stream ends once what it is writing has reached its client. A client that stopped
      // reading (a phone on a dead link, a suspended tab) would hold app.close() until it read
      // again; after the grace its stream is cut as a crash would cut it, and the client resumes
      // from its last checkpoint on reconnect, so the rest of the shutdown (jobs, database) runs.
      const settled = Promise.allSettled([...running]);
      let timer: NodeJS.Timeout | undefined;
      const graceOver = await Promise.race([
        settled.then(() => false),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(true), opts.shutdownGraceMs ?? SHUTDOWN_GRACE_MS);
        }),
      ]);
      clearTimeout(timer);
      if (graceOver) for (const sink of sinks) sink.close();
      await settled;
    });
    app.addHook('onClose', async () => {
      if (compactTimer) clearInterval(compactTimer);
      liveness.stop();
      await processor.stop();
    });
  },
  { name: 'sync', dependencies: ['auth'] },
);
