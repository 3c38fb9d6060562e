import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { openPglite, openPostgres } from '../db/database.ts';
import { backupNow } from '../ops/backup-job.ts';
import { readControlFile } from '../ops/control.ts';

// `npm run backup`: one consistent backup into BACKUP_DIR (docs/operations.md).
//   Postgres (DATABASE_URL): pg_dump of one snapshot, taken from here.
//   Embedded PGlite: the running server takes it (only that process can copy its database); when
//   no server is running, this process opens the data directory and takes it itself.
if (existsSync('.env')) process.loadEnvFile('.env');
const config = loadConfig();

function report(r: { file: string; bytes: number; sha256: string; tables: number; rows: number; buckets: number; seconds: number }): void {
  console.log(`backup written: ${r.file}`);
  console.log(`  ${(r.bytes / 1e6).toFixed(2)} MB in ${r.seconds.toFixed(1)} s; ${r.tables} tables, ${r.rows} rows, ${r.buckets} sync buckets; sha256 ${r.sha256}`);
  console.log(`  restore with: npm run restore -- ${r.file}`);
}

async function viaServer(): Promise<boolean> {
  const control = await readControlFile(config.DATA_DIR);
  if (!control) return false;
  let res: Response;
  try {
    res = await fetch(`${control.url}/ops/backup`, { method: 'POST', headers: { authorization: `Bearer ${control.token}` } });
  } catch {
    return false; // a stale file from a server that is gone
  }
  const body = (await res.json()) as { data?: { file: string; bytes: number; sha256: string; duration_ms: number; tables: number; rows: number; buckets: number }; errors?: Array<{ message: string }> };
  if (!res.ok || !body.data) throw new Error(`the running server refused the backup (${res.status}): ${body.errors?.[0]?.message ?? 'no reason given'}`);
  report({ ...body.data, seconds: body.data.duration_ms / 1000 });
  return true;
}

try {
  if (config.DATABASE_URL || !(await viaServer())) {
    const db = config.DATABASE_URL ? openPostgres(config.DATABASE_URL, 2) : await openPglite(path.join(config.DATA_DIR, 'pglite'));
    try {
      const r = await backupNow(db, config);
      const m = r.manifest;
      report({ file: r.file, bytes: r.bytes, sha256: r.sha256, tables: Object.keys(m.tables).length, rows: Object.values(m.tables).reduce((a, b) => a + b, 0), buckets: Object.keys(m.buckets).length, seconds: r.durationMs / 1000 });
      if (r.pruned.length > 0) console.log(`  removed ${r.pruned.length} backups older than ${config.BACKUP_RETENTION_DAYS} days`);
    } finally {
      await db.close();
    }
  }
} catch (error) {
  console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
