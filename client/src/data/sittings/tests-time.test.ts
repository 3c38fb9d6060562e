import { createRequire } from 'node:module';
import type { AbstractPowerSyncDatabase } from '@powersync/web';
import { describe, expect, it } from 'vitest';
import { recentQuestionIds } from './tests.ts';

interface Sqlite {
  exec(sql: string): void;
  prepare(sql: string): { run(...args: unknown[]): unknown; all(...args: unknown[]): unknown[] };
}
const Database = createRequire(import.meta.url)('better-sqlite3') as new (file: string) => Sqlite;

/** The query runs on real SQLite; only getAll of the SDK is needed. */
function replica(rows: Array<[string, string]>): AbstractPowerSyncDatabase {
  const sqlite = new Database(':memory:');
  sqlite.exec('CREATE TABLE attempts (id TEXT, student_id TEXT, question_id TEXT, device_time TEXT)');
  const insert = sqlite.prepare(`INSERT INTO attempts VALUES (?, 's1', ?, ?)`);
  rows.forEach(([q, t], i) => insert.run(`a${i}`, q, t));
  return { getAll: async (sql: string, params: unknown[]) => sqlite.prepare(sql).all(...params) } as unknown as AbstractPowerSyncDatabase;
}

describe('recent questions do not depend on how timestamps are formatted', () => {
  const now = Date.parse('2026-12-06T05:00:00.000Z'); // 28 days back: 2026-11-08T05:00:00.000Z
  it('takes synced (Postgres text) and local (ISO) rows by instant, on the boundary day too', async () => {
    const db = replica([
      ['Q-server-after', '2026-11-08 09:00:00.123456Z'], // same day, after the cut: as text ' ' < 'T' would drop it
      ['Q-server-before', '2026-11-08 01:00:00Z'],
      ['Q-local-after', '2026-11-08T05:00:00.001Z'],
      ['Q-local-before', '2026-11-08T04:59:59.999Z'],
      ['Q-server-exact', '2026-11-08 05:00:00Z'],
    ]);
    expect((await recentQuestionIds(db, 's1', now)).sort()).toEqual(['Q-local-after', 'Q-server-after', 'Q-server-exact']);
  });
});
