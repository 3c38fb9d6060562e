import type pg from 'pg';
import { Gauge, type Registry } from 'prom-client';
import { DEAD_LETTER_SUFFIX } from '../jobs/queue.ts';
import { JOB } from '../jobs/scoring.ts';
import { listBackups } from './backup.ts';
import { BACKUP_JOB } from './backup-job.ts';

export interface OpsMetricsOptions {
  pool: pg.Pool;
  /** Live sync streams in this process. */
  streams: () => number;
  backupDir: string;
  /** Minimum interval between database reads, ms: scrapes by several Prometheus replicas share one read. */
  cacheMs?: number;
  now?: () => number;
}

interface Snapshot {
  queues: Array<{ name: string; depth: number; age: number; active: number }>;
  dead: Map<string, number>;
  pendingChanges: number;
  minSeq: number | null;
  maxSeq: number | null;
  rejections: Array<{ reason: string; n: number }>;
  scoring: { p50: number | null; p95: number | null; n: number };
  lastBackupS: number | null;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/**
 * Operations metrics read from the database at scrape time, so they are true across processes
 * (jobs run in workers, backups in whichever process works the schedule). Names and units:
 *   cr_job_queue_depth{queue}                 jobs waiting to run now (created/retry, due)
 *   cr_job_queue_oldest_age_seconds{queue}    age of the oldest waiting job (0 when none)
 *   cr_job_active{queue}                      jobs running
 *   cr_job_dead_letters{queue}                jobs that exhausted their retries, waiting in `<queue>__dead`
 *   cr_sync_pending_changes                   captured changes the processor has not turned into ops
 *   cr_sync_lag_seconds                       how long the oldest pending change has been waiting
 *                                             (resolution: the scrape interval; 0 when none)
 *   cr_sync_streams_connected                 live /sync/stream sessions in this process
 *   cr_sync_upload_rejections_1h{reason}      upload ops refused in the last hour, by error code
 *   cr_scoring_latency_seconds{quantile}      enqueue-to-done time of sitting scoring jobs completed
 *                                             in the last 15 min (absent when none completed)
 *   cr_scoring_jobs_15m                       how many that quantile is over
 *   cr_backup_last_success_timestamp_seconds  newest successful backup (0: never)
 */
export function registerOpsMetrics(registry: Registry, opts: OpsMetricsOptions): void {
  const now = opts.now ?? Date.now;
  const cacheMs = opts.cacheMs ?? 5000;
  let cached: { at: number; value: Promise<Snapshot> } | null = null;
  // (time, highest change seq) samples: a change with seq <= s existed at that time.
  const seen: Array<{ at: number; maxSeq: number }> = [];

  const snapshot = (): Promise<Snapshot> => {
    const t = now();
    if (cached && t - cached.at < cacheMs) return cached.value;
    const value = read(opts.pool, opts.backupDir);
    cached = { at: t, value };
    value
      .then((s) => {
        if (s.maxSeq !== null) seen.push({ at: t, maxSeq: s.maxSeq });
        // Samples wholly below the oldest pending change say nothing about it any more.
        while (seen.length > 0 && (seen.length > 2000 || s.minSeq === null || seen[0]!.maxSeq < s.minSeq)) seen.shift();
      })
      .catch(() => (cached = null));
    return value;
  };

  const gauge = (name: string, help: string, labelNames: string[], fill: (g: Gauge, s: Snapshot) => void) =>
    new Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      async collect() {
        this.reset();
        let s: Snapshot;
        try {
          s = await snapshot();
        } catch {
          return; // no series rather than a false number; the scrape itself still succeeds
        }
        fill(this, s);
      },
    });

  gauge('cr_job_queue_depth', 'Jobs waiting to run now, per queue', ['queue'], (g, s) => s.queues.forEach((q) => g.set({ queue: q.name }, q.depth)));
  gauge('cr_job_queue_oldest_age_seconds', 'Age of the oldest waiting job, per queue (0 when none)', ['queue'], (g, s) => s.queues.forEach((q) => g.set({ queue: q.name }, q.age)));
  gauge('cr_job_active', 'Jobs running, per queue', ['queue'], (g, s) => s.queues.forEach((q) => g.set({ queue: q.name }, q.active)));
  gauge('cr_job_dead_letters', 'Jobs that exhausted their retries (waiting in the dead-letter queue)', ['queue'], (g, s) => s.dead.forEach((n, queue) => g.set({ queue }, n)));
  gauge('cr_sync_pending_changes', 'Captured row changes not yet turned into sync ops', [], (g, s) => g.set(s.pendingChanges));
  gauge('cr_sync_lag_seconds', 'How long the oldest unprocessed change has been waiting (scrape resolution)', [], (g, s) => {
    if (s.minSeq === null) return g.set(0);
    const first = seen.find((x) => x.maxSeq >= s.minSeq!);
    g.set(first ? Math.max(0, (now() - first.at) / 1000) : 0);
  });
  new Gauge({ name: 'cr_sync_streams_connected', help: 'Live sync streams in this process', registers: [registry], collect() { this.set(opts.streams()); } });
  gauge('cr_sync_upload_rejections_1h', 'Upload operations refused in the last hour, by reason', ['reason'], (g, s) => s.rejections.forEach((r) => g.set({ reason: r.reason }, r.n)));
  gauge('cr_scoring_latency_seconds', 'Enqueue-to-done seconds of sitting scoring jobs completed in the last 15 minutes', ['quantile'], (g, s) => {
    if (s.scoring.p50 !== null) g.set({ quantile: '0.5' }, s.scoring.p50);
    if (s.scoring.p95 !== null) g.set({ quantile: '0.95' }, s.scoring.p95);
  });
  gauge('cr_scoring_jobs_15m', 'Sitting scoring jobs completed in the last 15 minutes', [], (g, s) => g.set(s.scoring.n));
  gauge('cr_backup_last_success_timestamp_seconds', 'Unix time of the newest successful backup (0: never)', [], (g, s) => g.set(s.lastBackupS ?? 0));
}

async function read(pool: pg.Pool, backupDir: string): Promise<Snapshot> {
  const changes = await pool.query<{ n: string; min: string | null; max: string | null }>(
    'SELECT coalesce(sum(n), 0)::text AS n, min(seq)::text AS min, max(seq)::text AS max FROM sync_changes',
  );
  const rejections = await pool.query<{ reason: string; n: string }>(
    `SELECT error_code AS reason, count(*)::text AS n FROM sync_upload_errors WHERE created_at > now() - interval '1 hour' GROUP BY error_code`,
  );
  const c = changes.rows[0]!;
  const snap: Snapshot = {
    queues: [],
    dead: new Map(),
    pendingChanges: Number(c.n),
    minSeq: num(c.min),
    maxSeq: num(c.max),
    rejections: rejections.rows.map((r) => ({ reason: r.reason, n: Number(r.n) })),
    scoring: { p50: null, p95: null, n: 0 },
    lastBackupS: null,
  };
  const hasQueue = (await pool.query(`SELECT 1 FROM information_schema.tables WHERE table_schema = 'pgboss' AND table_name = 'job'`)).rows.length > 0;
  let lastBackupJob: number | null = null;
  if (hasQueue) {
    const q = await pool.query<{ name: string; depth: string; age: string | null; active: string }>(
      `SELECT q.name, count(j.id) FILTER (WHERE j.state IN ('created', 'retry') AND j.start_after <= now())::text AS depth,
              extract(epoch FROM now() - min(j.created_on) FILTER (WHERE j.state IN ('created', 'retry') AND j.start_after <= now()))::text AS age,
              count(j.id) FILTER (WHERE j.state = 'active')::text AS active
         FROM pgboss.queue q LEFT JOIN pgboss.job j ON j.name = q.name AND j.state IN ('created', 'retry', 'active')
        GROUP BY q.name ORDER BY q.name`,
    );
    for (const r of q.rows) {
      if (r.name.endsWith(DEAD_LETTER_SUFFIX)) snap.dead.set(r.name.slice(0, -DEAD_LETTER_SUFFIX.length), Number(r.depth) + Number(r.active));
      else snap.queues.push({ name: r.name, depth: Number(r.depth), age: Math.max(0, Number(r.age ?? 0)), active: Number(r.active) });
    }
    const scoring = await pool.query<{ p50: string | null; p95: string | null; n: string }>(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY s)::text AS p50, percentile_cont(0.95) WITHIN GROUP (ORDER BY s)::text AS p95, count(*)::text AS n
         FROM (SELECT extract(epoch FROM completed_on - created_on) AS s FROM pgboss.job
                WHERE name = ANY($1::text[]) AND state = 'completed' AND completed_on > now() - interval '15 minutes') t`,
      [[JOB.scoreSitting, JOB.drain]],
    );
    const sc = scoring.rows[0]!;
    snap.scoring = { p50: num(sc.p50), p95: num(sc.p95), n: Number(sc.n) };
    const b = await pool.query<{ t: string | null }>(
      `SELECT extract(epoch FROM max(completed_on))::text AS t FROM (
         SELECT completed_on FROM pgboss.job WHERE name = $1 AND state = 'completed'
         UNION ALL SELECT completed_on FROM pgboss.archive WHERE name = $1 AND state = 'completed') x`,
      [BACKUP_JOB],
    );
    lastBackupJob = num(b.rows[0]?.t);
  }
  const files = await listBackups(backupDir).catch(() => []);
  const lastFile = files[0] ? files[0].createdAt.getTime() / 1000 : null;
  snap.lastBackupS = Math.max(lastBackupJob ?? 0, lastFile ?? 0) || null;
  return snap;
}
