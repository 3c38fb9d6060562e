import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { DomainError } from '@cr/shared';
import { createAuthService } from './auth/auth-service.ts';
import type { SigningKeys } from './auth/keys.ts';
import { createTokenService } from './auth/tokens.ts';
import type { Config } from './config.ts';
import { authPlugin } from './plugins/auth.ts';
import { failure } from './plugins/envelope.ts';
import { errorsPlugin, notFound } from './plugins/errors.ts';
import { metricsPlugin } from './plugins/metrics.ts';
import { requestIds } from './plugins/request-id.ts';
import { securityHeadersPlugin } from './plugins/security-headers.ts';
import { isRateLimited, rateLimitKey } from './plugins/rate-limit-key.ts';
import type { JobQueue } from './jobs/queue.ts';
import { scoreOnUpload } from './jobs/scoring.ts';
import { adminBenchmarkRoutes } from './routes/admin/benchmarks.ts';
import { testRoutes } from './routes/test/index.ts';
import { syncPlugin } from './sync/plugin.ts';
import { opsControlRoutes, type OpsControl } from './ops/control.ts';
import type { UploadGuards } from './sync/upload/row-security.ts';
import { adminRoutes } from './routes/admin/index.ts';
import { adminJobRoutes } from './routes/admin/jobs.ts';
import { authRoutes } from './routes/auth/index.ts';
import { coachRoutes } from './routes/coach/index.ts';
import { contentRoutes } from './routes/content/index.ts';
import { systemRoutes } from './routes/system/index.ts';
import { userRoutes } from './routes/user/index.ts';
import { createConsentService } from './privacy/consent.ts';
import { createDeletionService } from './privacy/deletion.ts';
import type { Mailer } from './mail/mailer.ts';
import { privacyRoutes } from './routes/privacy/index.ts';
import { notificationRoutes } from './routes/notifications/index.ts';
import { loadNotifyKeys, type NotifyKeys } from './notifications/keys.ts';

export interface AppDeps {
  config: Config;
  pool: pg.Pool;
  keys: SigningKeys;
  /** Whether the database is ready to serve (false while migrating or shutting down). */
  isReady?: () => boolean;
  /** The job queue, when this process has one (admin job routes, enqueueing after uploads). */
  jobs?: JobQueue | null;
  /** Local operations control (the embedded server's backups for `npm run backup`). */
  ops?: OpsControl | null;
  /** Sends e-mail (guardian consent links); null: links are recorded but not sent (logged). */
  mailer?: Pick<Mailer, 'send'> | null;
  /** Tests only: one authorization layer of uploads switched off (refused unless NODE_ENV=test). */
  uploadGuards?: UploadGuards;
}

const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.password',
  '*.password_hash',
  '*.refresh_token',
  '*.token',
  '*.email',
  '*.phone',
];

/** Builds the whole Fastify application over an open pool; `listen` is the caller's. */
export async function buildApp({ config, pool, keys, isReady = () => true, jobs = null, ops = null, mailer = null, uploadGuards }: AppDeps): Promise<FastifyInstance> {
  if (uploadGuards && (!uploadGuards.code || !uploadGuards.rls) && config.NODE_ENV !== 'test') {
    throw new Error('upload authorization layers can be switched off only when NODE_ENV=test');
  }
  const app = Fastify({
    logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL, redact: { paths: REDACT, censor: '[redacted]' } },
    bodyLimit: config.BODY_LIMIT_BYTES,
    genReqId: requestIds(),
    trustProxy: config.NODE_ENV === 'production',
    routerOptions: { maxParamLength: 200 },
    // Router-level failures (undecodable or overlong URLs) get the same envelope as the rest.
    frameworkErrors: (error, request, rawReply) => {
      const reply = rawReply as unknown as FastifyReply;
      const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
      void reply.status(status).send(failure(request, reply, [{ code: 'VALIDATION_ERROR', message: 'malformed or overlong URL', field: 'url' }]));
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const tokens = createTokenService(keys, {
    issuer: config.PUBLIC_URL,
    audience: config.JWT_AUDIENCE,
    accessTtlS: config.ACCESS_TOKEN_TTL_S,
  });
  const consent = createConsentService(pool, { publicUrl: config.PUBLIC_URL, linkTtlHours: config.GUARDIAN_LINK_TTL_HOURS, mailer, log: app.log });
  const loginThrottle = { freeFailures: config.LOGIN_FREE_FAILURES, baseDelayS: config.LOGIN_DELAY_BASE_S, maxDelayS: config.LOGIN_DELAY_MAX_S };
  const deletion = createDeletionService(pool, { graceDays: config.ACCOUNT_DELETION_GRACE_DAYS, throttle: loginThrottle });
  const auth = createAuthService(pool, tokens, {
    refreshTtlDays: config.REFRESH_TOKEN_TTL_DAYS,
    throttle: loginThrottle,
    consent,
  });

  await app.register(errorsPlugin);
  await app.register(securityHeadersPlugin, {
    helmet: {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // The SQLite wasm needs wasm compilation; workers and the service worker are same-origin.
          scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
          workerSrc: ["'self'", 'blob:'],
          connectSrc: ["'self'", ...config.CORS_ORIGINS],
          imgSrc: ["'self'", 'data:', 'https:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
    },
  });
  await app.register(cors, {
    origin: config.CORS_ORIGINS,
    allowedHeaders: ['authorization', 'content-type', 'x-user-agent'],
    methods: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'],
    maxAge: 600,
  });
  await app.register(rateLimit, {
    max: config.RATE_LIMIT_PER_MIN,
    timeWindow: 60_000,
    keyGenerator: (request) => rateLimitKey(request, tokens),
    allowList: (request) => !isRateLimited(request.url),
    errorResponseBuilder: (_request, context) =>
      new DomainError('RATE_LIMITED', `too many requests; retry in ${Math.ceil(context.ttl / 1000)} s`),
  });
  await app.register(metricsPlugin, { pool, token: config.METRICS_TOKEN, backupDir: config.BACKUP_DIR });
  await app.register(authPlugin, { tokens, pool });

  await app.register(swagger, {
    openapi: {
      info: { title: 'Cognitive Resonance API', version: '0.1.0', description: 'Every response uses the envelope {status, data, metadata, errors}.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });

  await app.register(systemRoutes, { pool, keys, isReady });
  await app.register(authRoutes, { prefix: '/api/auth', auth, loginRateLimit: config.LOGIN_RATE_LIMIT_PER_MIN });
  await app.register(userRoutes, { prefix: '/api/user', pool });
  await app.register(privacyRoutes, { prefix: '/api', pool, auth, deletion, consent, loginRateLimit: config.LOGIN_RATE_LIMIT_PER_MIN });
  await app.register(coachRoutes, { prefix: '/api/coach', pool });
  await app.register(contentRoutes, { prefix: '/api', pool });
  await app.register(adminRoutes, { prefix: '/api/admin', pool });
  await app.register(adminJobRoutes, { prefix: '/api/admin', pool, jobs });
  await app.register(adminBenchmarkRoutes, { prefix: '/api/admin', pool, jobs, graceDefaultS: config.BENCHMARK_GRACE_DEFAULT_S });
  let notifyKeys: Promise<NotifyKeys> | null = null;
  await app.register(notificationRoutes, { prefix: '/api/notifications', pool, keys: () => (notifyKeys ??= loadNotifyKeys(config)) });
  await app.register(testRoutes, { prefix: '/api/test', pool });
  if (ops) await app.register(opsControlRoutes, { control: ops });
  await app.register(syncPlugin, {
    pool,
    uploadGuards,
    keepaliveMs: config.SYNC_KEEPALIVE_MS,
    shutdownGraceMs: config.SYNC_SHUTDOWN_GRACE_MS,
    maxInitialSyncs: config.SYNC_MAX_INITIAL_SYNCS,
    processor: config.SYNC_PROCESSOR === 'on',
    compactIntervalMs: config.SYNC_COMPACT_INTERVAL_MS,
  });
  if (jobs) app.sync.onCommit(scoreOnUpload(jobs));

  const clientDist = path.resolve(config.CLIENT_DIST);
  const hasClient = existsSync(path.join(clientDist, 'index.html'));
  if (hasClient) {
    // Security: source maps are never served, even if a build left one behind (vite.config.ts).
    app.addHook('onRequest', async (request, reply) => {
      if (/\.map(\.(br|gz))?$/.test(request.url.split('?')[0] ?? '')) return notFound(request, reply);
    });
    // The app's files come as br, gzip or identity by Accept-Encoding: shared caches must key on it.
    app.addHook('onRequest', async (request, reply) => {
      if (isRateLimited(request.url)) return;
      const vary = reply.getHeader('vary');
      reply.header('vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding');
    });
    await app.register(fastifyStatic, {
      root: clientDist,
      wildcard: false,
      index: ['index.html'],
      // The build writes .br/.gz beside each file (vite.config.ts); send those when accepted.
      preCompressed: true,
      // Hashed assets never change; the shell, service worker and manifest must be revalidated.
      cacheControl: false,
      setHeaders: (res, filePath) => {
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        res.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    // The PWA's routes are client-side: unknown GETs for pages get the app shell.
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && (request.headers.accept ?? '').includes('text/html');
    if (hasClient && isPage) return reply.type('text/html').sendFile('index.html');
    return notFound(request, reply);
  });
  return app;
}
