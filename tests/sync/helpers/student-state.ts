import type pg from 'pg';
import type { Device } from './client.ts';
import { hlc, uuidv7 } from './rows.ts';

/** The parts of a student's replica that must converge: events, LWW registers with their stamps. */
export interface StudentState {
  attempts: string[];
  profile: { full_name: string | null; language: string | null; stamps: Record<string, string> };
  sittings: Array<{ id: string; status: string; stamps: Record<string, string> }>;
}

const sortKeys = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
const parseStamps = (v: unknown) => sortKeys(typeof v === 'string' ? (JSON.parse(v || '{}') as Record<string, string>) : ((v ?? {}) as Record<string, string>));

export async function deviceState(d: Device, studentId: string): Promise<StudentState> {
  const attempts = await d.db.getAll<{ id: string }>('SELECT id FROM attempts ORDER BY id');
  const me = (await d.db.getAll<{ full_name: string | null; language: string | null; field_hlc: string | null }>('SELECT full_name, language, field_hlc FROM users WHERE id = ?', [studentId]))[0];
  const sittings = await d.db.getAll<{ id: string; status: string; field_hlc: string | null }>('SELECT id, status, field_hlc FROM test_sittings ORDER BY id');
  return {
    attempts: attempts.map((a) => a.id),
    profile: { full_name: me?.full_name ?? null, language: me?.language ?? null, stamps: parseStamps(me?.field_hlc) },
    sittings: sittings.map((s) => ({ id: s.id, status: s.status, stamps: parseStamps(s.field_hlc) })),
  };
}

export async function serverState(pool: pg.Pool, studentId: string): Promise<StudentState> {
  const attempts = await pool.query<{ id: string }>('SELECT id::text FROM attempts WHERE student_id = $1 ORDER BY id::text COLLATE "C"', [studentId]);
  const me = (await pool.query('SELECT full_name, language, field_hlc FROM users WHERE id = $1', [studentId])).rows[0];
  const sittings = await pool.query('SELECT id::text, status, field_hlc FROM test_sittings WHERE student_id = $1 ORDER BY id::text COLLATE "C"', [studentId]);
  return {
    attempts: attempts.rows.map((a) => a.id),
    profile: { full_name: me.full_name, language: me.language, stamps: parseStamps(me.field_hlc) },
    sittings: sittings.rows.map((s) => ({ id: s.id, status: s.status, stamps: parseStamps(s.field_hlc) })),
  };
}

/** Device-side writes, as the app's data layer would make them (stamps with the device's node id). */
export const deviceWrites = {
  async attempt(d: Device, studentId: string, node: string): Promise<string> {
    const id = uuidv7();
    await d.db.execute(
      `INSERT INTO attempts (id, student_id, question_id, concept_id, answer, is_correct, response_time_ms, device_time, hlc)
       VALUES (?, ?, 'Q-C0', 'C0', '4', 1, 900, ?, ?)`,
      [id, studentId, new Date().toISOString(), hlc(node)],
    );
    return id;
  },
  /** Returns the stamp of the write. */
  async profile(d: Device, studentId: string, node: string, field: 'full_name' | 'language', value: string): Promise<string> {
    const stamp = hlc(node);
    await d.db.execute(`UPDATE users SET ${field} = ?, field_hlc = json_set(coalesce(field_hlc, '{}'), '$.${field}', ?) WHERE id = ?`, [value, stamp, studentId]);
    return stamp;
  },
  async sittingStatus(d: Device, sittingId: string, node: string, status: 'in_progress' | 'submitted'): Promise<void> {
    const stamp = hlc(node);
    await d.db.execute(
      `UPDATE test_sittings SET status = ?, submitted_at = coalesce(submitted_at, ?),
              field_hlc = json_set(coalesce(field_hlc, '{}'), '$.status', ?, '$.submitted_at', coalesce(json_extract(field_hlc, '$.submitted_at'), ?))
        WHERE id = ?`,
      [status, new Date().toISOString(), stamp, stamp, sittingId],
    );
  },
};
