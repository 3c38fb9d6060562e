import type pg from 'pg';

type Queryable = pg.Pool | pg.PoolClient;

export interface SearchFilters {
  /** Words, phrases in quotes, `-excluded` (websearch syntax); empty lists by filters only. */
  q?: string;
  subject?: string;
  /** Matches the primary or any secondary concept: "similar questions for a weak concept". */
  concept?: string;
  difficulty?: number;
  source?: string;
  year?: number;
  limit: number;
  offset: number;
}

/**
 * Full-text question search over the stored `search` tsvector (GIN index; concept and unit names
 * weigh most, then the text, then the solution), ranked by ts_rank_cd. Only the predicates a
 * request uses are in its SQL, so every one can use its index. Results carry no answer key or
 * solution: those reach a device only through its replica.
 */
export function createQuestionSearch(db: Queryable) {
  return {
    async search(f: SearchFilters) {
      const params: unknown[] = [];
      const where: string[] = ['retired_at IS NULL'];
      const p = (v: unknown) => {
        params.push(v);
        return `$${params.length}`;
      };
      const words = f.q?.trim() ?? '';
      const query = words ? `websearch_to_tsquery('english', ${p(words)})` : null;
      if (query) where.push(`search @@ ${query}`);
      if (f.subject) where.push(`subject = ${p(f.subject)}`);
      if (f.concept) {
        const c = p(f.concept);
        where.push(`(primary_concept_id = ${c} OR secondary_concept_ids @> ARRAY[${c}::text])`);
      }
      if (f.difficulty !== undefined) where.push(`coalesce(calibrated_difficulty, difficulty) = ${p(f.difficulty)}`);
      if (f.source) where.push(`source ILIKE ${p(`${f.source.replace(/[\\%_]/g, '\\$&')}%`)}`);
      if (f.year !== undefined) where.push(`year = ${p(f.year)}`);
      const rank = query ? `ts_rank_cd(search, ${query})` : '0';
      const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
      const [page, count] = await Promise.all([
        db.query(
          `SELECT id, subject, primary_concept_id, secondary_concept_ids, type, coalesce(calibrated_difficulty, difficulty) AS difficulty,
                  calibrated_answers, source, year,
                  left(text, 280) AS snippet, ${rank} AS rank
           FROM questions ${filter} ORDER BY rank DESC, id LIMIT ${p(f.limit)} OFFSET ${p(f.offset)}`,
          params,
        ),
        db.query(`SELECT count(*)::int AS n FROM questions ${filter}`, params.slice(0, params.length - 2)),
      ]);
      return { total: count.rows[0]?.n ?? 0, results: page.rows.map((r) => ({ ...r, rank: Number(r.rank) })) };
    },
  };
}
