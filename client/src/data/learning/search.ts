import type { AbstractPowerSyncDatabase } from '@powersync/web';

/**
 * Offline question search: an SQLite FTS5 index inside the local replica, kept current by
 * triggers on PowerSync's internal table (the PowerSync demos' pattern). The wa-sqlite build
 * @powersync/web loads is compiled with ENABLE_FTS5.
 *
 * The index is a local table PowerSync does not manage; it is created on first use, filled from
 * the rows already synced, and from then on every synced insert, update or delete of a question
 * reaches it through the triggers, which live in the database file.
 */

/** PowerSync stores the `questions` view's rows as JSON in this table. */
const SOURCE = 'ps_data__questions';
const FTS = 'fts_questions';
const COLUMNS = ['text', 'options', 'explanation', 'source'] as const;

const extracts = (prefix: 'data' | 'NEW.data') => COLUMNS.map((c) => `json_extract(${prefix}, '$.${c}')`).join(', ');

const ready = new WeakMap<AbstractPowerSyncDatabase, Promise<void>>();

/** Creates the index and its triggers once per database file; rebuilds it if it drifted. */
export function ensureSearchIndex(db: AbstractPowerSyncDatabase): Promise<void> {
  let p = ready.get(db);
  if (!p) {
    p = createIndex(db);
    ready.set(db, p);
    p.catch(() => ready.delete(db));
  }
  return p;
}

async function createIndex(db: AbstractPowerSyncDatabase): Promise<void> {
  const cols = COLUMNS.join(', ');
  await db.writeTransaction(async (tx) => {
    // Porter stemming: "forces" finds "force"; unicode61 folds case and diacritics.
    await tx.execute(`CREATE VIRTUAL TABLE IF NOT EXISTS ${FTS} USING fts5(id UNINDEXED, ${cols}, tokenize = 'porter unicode61')`);
    await tx.execute(
      `CREATE TRIGGER IF NOT EXISTS ${FTS}_ai AFTER INSERT ON ${SOURCE} BEGIN
         INSERT OR REPLACE INTO ${FTS}(rowid, id, ${cols}) VALUES (NEW.rowid, NEW.id, ${extracts('NEW.data')});
       END`,
    );
    await tx.execute(
      `CREATE TRIGGER IF NOT EXISTS ${FTS}_au AFTER UPDATE ON ${SOURCE} BEGIN
         UPDATE ${FTS} SET id = NEW.id, ${COLUMNS.map((c) => `${c} = json_extract(NEW.data, '$.${c}')`).join(', ')} WHERE rowid = NEW.rowid;
       END`,
    );
    await tx.execute(`CREATE TRIGGER IF NOT EXISTS ${FTS}_ad AFTER DELETE ON ${SOURCE} BEGIN DELETE FROM ${FTS} WHERE rowid = OLD.rowid; END`);
    // First creation, or rows synced while the triggers did not exist yet: rebuild from the source.
    const counts = await tx.get<{ fts: number; src: number }>(`SELECT (SELECT count(*) FROM ${FTS}) AS fts, (SELECT count(*) FROM ${SOURCE}) AS src`);
    if (counts.fts !== counts.src) {
      await tx.execute(`DELETE FROM ${FTS}`);
      await tx.execute(`INSERT INTO ${FTS}(rowid, id, ${cols}) SELECT rowid, id, ${extracts('data')} FROM ${SOURCE}`);
    }
  });
}

/**
 * The user's words as an FTS5 query: each word quoted (so operators and punctuation in the input
 * are never syntax) and prefix-matched, all required. Null when there is no word.
 */
export function ftsQuery(words: string): string | null {
  const tokens = words
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 12);
  return tokens.length === 0 ? null : tokens.map((t) => `"${t}"*`).join(' ');
}

export type SourceFilter = 'all' | 'jee' | 'generated';

export interface SearchFilters {
  readonly words: string;
  readonly subject: string | null;
  readonly conceptId: string | null;
  /** 1–5. */
  readonly difficulty: number | null;
  readonly source: SourceFilter;
  readonly year: number | null;
}

export interface SearchHit {
  readonly id: string;
  readonly subject: string;
  readonly primary_concept_id: string;
  readonly concept_name: string | null;
  readonly type: string | null;
  /** The level students' answers set (`calibrated_difficulty`) when 30+ students answered it, else the author's. */
  readonly difficulty: number | null;
  /** How many students' answers set `difficulty`; 0: it is the author's estimate. */
  readonly calibrated_answers: number;
  readonly source: string | null;
  readonly year: number | null;
  readonly text: string;
}

export const SEARCH_LIMIT = 50;

/**
 * Questions matching the filters: best text match first (bm25) when there are words, else the
 * easiest first. The concept filter matches primary and secondary concepts.
 */
export async function searchQuestions(db: AbstractPowerSyncDatabase, f: SearchFilters): Promise<SearchHit[]> {
  await ensureSearchIndex(db);
  const match = ftsQuery(f.words);
  // A retired question (replaced by a newer version) stays on the device for history only.
  const where: string[] = ['q.retired_at IS NULL'];
  const params: (string | number)[] = [];
  if (match !== null) params.push(match);
  if (f.subject) {
    where.push('q.subject = ?');
    params.push(f.subject);
  }
  if (f.conceptId) {
    where.push(`(q.primary_concept_id = ? OR EXISTS (SELECT 1 FROM json_each(coalesce(q.secondary_concept_ids, '[]')) WHERE value = ?))`);
    params.push(f.conceptId, f.conceptId);
  }
  if (f.difficulty !== null) {
    where.push('coalesce(q.calibrated_difficulty, q.difficulty) = ?');
    params.push(f.difficulty);
  }
  if (f.source === 'jee') where.push(`q.source LIKE 'JEE%'`);
  if (f.source === 'generated') where.push(`q.source = 'Generated'`);
  if (f.year !== null) {
    where.push('q.year = ?');
    params.push(f.year);
  }
  const from = match !== null ? `${FTS} JOIN questions q ON q.id = ${FTS}.id` : 'questions q';
  if (match !== null) where.unshift(`${FTS} MATCH ?`);
  const rows = await db.getAll<SearchHit>(
    `SELECT q.id, q.subject, q.primary_concept_id, c.name AS concept_name, q.type,
            coalesce(q.calibrated_difficulty, q.difficulty) AS difficulty,
            CASE WHEN q.calibrated_difficulty IS NULL THEN 0 ELSE coalesce(q.calibrated_answers, 0) END AS calibrated_answers,
            q.source, q.year, q.text
       FROM ${from} LEFT JOIN concepts c ON c.id = q.primary_concept_id
      ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY ${match !== null ? `bm25(${FTS}), ` : ''}coalesce(q.calibrated_difficulty, q.difficulty), q.id
      LIMIT ${SEARCH_LIMIT * 2}`,
    params,
  );
  // An index entry left behind by a replaced row (until the next start rebuilds the index) must
  // not show a question twice: keep each id's best-ranked row.
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.id) && seen.add(r.id)).slice(0, SEARCH_LIMIT);
}

/** Years that have questions (for the year filter), newest first. */
export function searchYears(db: AbstractPowerSyncDatabase): Promise<{ year: number }[]> {
  return db.getAll<{ year: number }>('SELECT DISTINCT year FROM questions WHERE year IS NOT NULL AND retired_at IS NULL ORDER BY year DESC');
}
