import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { signingKeyFile } from '../ops/backup-job.ts';
import { openBackup, restoreDatabase, restoreSigningKey, verifyRestore } from '../ops/restore.ts';

// `npm run restore -- FILE`: restores a backup into an empty target and verifies it against the
// manifest (row counts per table, every sync bucket's checksum). Target: DATABASE_URL (an empty
// Postgres database) when set, else DATA_DIR/pglite (must be empty or absent). Stop the server first.
if (existsSync('.env')) process.loadEnvFile('.env');
const file = process.argv[2];
if (!file || file.startsWith('-')) {
  console.error('usage: npm run restore -- FILE   (a cr-backup-*.tar written by npm run backup)');
  process.exit(2);
}
const config = loadConfig();
const started = performance.now();
try {
  const backup = await openBackup(path.resolve(file));
  try {
    const m = backup.manifest;
    console.log(`backup of ${m.created_at} (${m.kind}): ${Object.keys(m.tables).length} tables, ${Object.keys(m.buckets).length} sync buckets, parts verified`);
    const keyFile = signingKeyFile(config);
    const db = await restoreDatabase(backup, config.DATABASE_URL ? { kind: 'postgres', url: config.DATABASE_URL } : { kind: 'pglite', dataDir: path.join(config.DATA_DIR, 'pglite') });
    let problems: string[];
    try {
      problems = await verifyRestore(m, db.pool);
    } finally {
      await db.close();
    }
    if (problems.length > 0) {
      console.error(`restore NOT verified (${problems.length} differences):`);
      for (const p of problems.slice(0, 50)) console.error(`  ${p}`);
      process.exitCode = 1;
    } else {
      const rows = Object.values(m.tables).reduce((a, b) => a + b, 0);
      console.log(`restore verified: ${rows} rows in ${Object.keys(m.tables).length} tables and ${Object.keys(m.buckets).length} bucket checksums match the manifest`);
    }
    if (keyFile) console.log(`signing key: ${await restoreSigningKey(backup, keyFile)} (${keyFile})`);
    else if (m.signing_key) console.log('signing key: JWT_PRIVATE_KEY is configured; the archived key was not written (use the same key so devices stay signed in)');
    console.log(`restore took ${((performance.now() - started) / 1000).toFixed(1)} s; start the server as usual. Devices heal through the sync checksum path and upload what they still hold.`);
  } finally {
    await backup.close();
  }
} catch (error) {
  console.error(`restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
