import { timingSafeEqual } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { DomainError } from '@cr/shared';
import { ok } from '../plugins/envelope.ts';
import type { BackupResult } from './backup.ts';

/**
 * How `npm run backup` reaches a running embedded server: PGlite belongs to the server process,
 * so only that process can copy it consistently. At listen the server writes
 * DATA_DIR/ops-control.json (mode 0600: whoever may read the data directory may back it up)
 * with a random token; the CLI posts to /ops/backup with it.
 */
export interface ControlFile {
  url: string;
  token: string;
  pid: number;
}

const fileOf = (dataDir: string) => path.join(dataDir, 'ops-control.json');

export async function writeControlFile(dataDir: string, control: ControlFile): Promise<void> {
  await writeFile(fileOf(dataDir), JSON.stringify(control), { mode: 0o600 });
}

export async function readControlFile(dataDir: string): Promise<ControlFile | null> {
  try {
    return JSON.parse(await readFile(fileOf(dataDir), 'utf8')) as ControlFile;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export const removeControlFile = (dataDir: string) => rm(fileOf(dataDir), { force: true });

/** Constant-time comparison of a presented bearer token with the expected one. */
export function bearerMatches(request: FastifyRequest, expected: string): boolean {
  const header = request.headers.authorization ?? '';
  const presented = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '');
  const wanted = Buffer.from(expected);
  return presented.length === wanted.length && timingSafeEqual(presented, wanted);
}

export interface OpsControl {
  token: string;
  backup(): Promise<BackupResult>;
}

/** POST /ops/backup: one backup now (the embedded server's path for `npm run backup`). */
export const opsControlRoutes: FastifyPluginAsync<{ control: OpsControl }> = async (app, { control }) => {
  let running: Promise<BackupResult> | null = null;
  app.post('/ops/backup', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    if (!bearerMatches(request, control.token)) throw new DomainError('UNAUTHENTICATED', 'ops token required');
    // Two CLI calls at once share one snapshot rather than copying the database twice.
    running ??= control.backup().finally(() => (running = null));
    const r = await running;
    return ok(request, reply, { file: r.file, bytes: r.bytes, sha256: r.sha256, duration_ms: Math.round(r.durationMs), tables: Object.keys(r.manifest.tables).length, rows: Object.values(r.manifest.tables).reduce((a, b) => a + b, 0), buckets: Object.keys(r.manifest.buckets).length });
  });
};
