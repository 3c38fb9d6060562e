import fp from 'fastify-plugin';
import type pg from 'pg';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { DomainError } from '@cr/shared';
import { bearerMatches } from '../ops/control.ts';
import { registerOpsMetrics } from '../ops/metrics.ts';

export interface MetricsOptions {
  pool: pg.Pool;
  /** Bearer token scrapers must present; without one only loopback, unproxied requests are answered. */
  token?: string | undefined;
  /** Where backups are written (for the backup-age metric). */
  backupDir?: string;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Prometheus metrics at /metrics: request latency per route, errors by code, the DB pool, and the
 * operations metrics (server/src/ops/metrics.ts). Each app owns its registry so several apps
 * (tests) never share counters. Security: queue names, error codes and counts are not public.
 */
export const metricsPlugin = fp<MetricsOptions>(
  async (app, { pool, token, backupDir }) => {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    const latency = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency by route',
      labelNames: ['method', 'route', 'status_code'] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    });
    const errors = new Counter({
      name: 'http_errors_total',
      help: 'Responses with status >= 400 by route and status',
      labelNames: ['route', 'status_code'] as const,
      registers: [registry],
    });
    new Gauge({
      name: 'db_pool_connections',
      help: 'Database pool connections by state',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });

    registerOpsMetrics(registry, {
      pool,
      streams: () => (app.hasDecorator('sync') ? app.sync.streams : 0),
      backupDir: backupDir ?? './data/backups',
    });

    app.addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url ?? 'unmatched';
      latency.observe({ method: request.method, route, status_code: reply.statusCode }, reply.elapsedTime / 1000);
      if (reply.statusCode >= 400) errors.inc({ route, status_code: reply.statusCode });
    });

    app.get('/metrics', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
      // The socket, not request.ip: behind a trusted proxy request.ip comes from a header.
      const local = LOOPBACK.has(request.socket.remoteAddress ?? '') && request.headers['x-forwarded-for'] === undefined;
      if (token ? !bearerMatches(request, token) : !local) {
        throw new DomainError('UNAUTHENTICATED', token ? 'metrics token required (Authorization: Bearer METRICS_TOKEN)' : 'metrics are served to loopback only; set METRICS_TOKEN to scrape remotely');
      }
      reply.header('content-type', registry.contentType);
      return registry.metrics();
    });
  },
  { name: 'metrics' },
);
