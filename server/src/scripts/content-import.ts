import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DomainError } from '@cr/shared';
import { loadConfig } from '../config.ts';
import { openPglite, openPostgres } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { importQuestionBank } from '../services/content-import.ts';

// `npm run content:import -- <file.csv|file.json> --source "Centre name"`: imports a coaching
// centre's question bank into DATABASE_URL or the embedded database (stop the server first when
// it runs on the embedded database: PGlite belongs to one process). Exits non-zero on any error.
const { values, positionals } = parseArgs({ allowPositionals: true, options: { source: { type: 'string' } } });
const file = positionals[0];
if (!file || !values.source) {
  console.error('usage: npm run content:import -- <file.csv|file.json> --source "Centre name"');
  process.exit(2);
}
const format = path.extname(file).toLowerCase() === '.json' ? 'json' : 'csv';
const config = loadConfig();
const db = config.DATABASE_URL ? openPostgres(config.DATABASE_URL) : await openPglite(path.join(config.DATA_DIR, 'pglite'));
try {
  await migrate(db.pool);
  const summary = await importQuestionBank(db.pool, { format, content: await readFile(file, 'utf8'), source: values.source, actorId: null });
  console.log(`imported ${summary.rows} questions from ${file}: ${summary.written} new or changed, ${summary.unchanged} unchanged, ${summary.versioned} corrected as new versions (the old ones retired)`);
} catch (error) {
  if (error instanceof DomainError && error.details.length > 0) {
    console.error(`${error.message}:`);
    for (const d of error.details) console.error(`  ${d.message}`);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exitCode = 1;
} finally {
  await db.close();
}
