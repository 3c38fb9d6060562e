import type pg from 'pg';
import { DomainError, parseQuestionImport, type Subject } from '@cr/shared';
import { withTransaction } from '../db/database.ts';
import { createAuditRepository } from '../repositories/audit.ts';
import { createContentRepository } from '../repositories/content.ts';

export interface ImportRequest {
  format: 'csv' | 'json';
  content: string;
  /** The coaching centre's name; with each row's external_id it forms the import key. */
  source: string;
  actorId: string | null;
  ip?: string | null;
}

export interface ImportSummary {
  rows: number;
  /** Rows inserted or changed; a re-import of the same file writes 0. */
  written: number;
  unchanged: number;
  /** Rows whose marking changed: written as new versions, the old ones retired. */
  versioned: number;
}

/**
 * Imports a coaching centre's question bank: every row validated against the known concepts;
 * any invalid row means nothing is written and every error (row, field, reason) is reported.
 * Valid files are upserted by their stable ids in one transaction, so re-importing creates no
 * duplicates. A corrected row whose marking changed (answer, options, text, type, tolerance)
 * becomes a new version and the old one is retired, so answers already given keep their marks.
 */
export async function importQuestionBank(pool: pg.Pool, req: ImportRequest): Promise<ImportSummary> {
  const { rows } = await pool.query<{ id: string; subject: Subject }>('SELECT id, subject FROM concepts');
  const concepts = new Map(rows.map((r) => [r.id, r.subject]));
  const result = parseQuestionImport({ format: req.format, content: req.content, source: req.source, concepts });
  if (!result.ok) {
    const details = result.errors.slice(0, 500).map((e) => ({
      code: 'IMPORT_INVALID' as const,
      message: `row ${e.row}, ${e.field}: ${e.reason}`,
      field: `row ${e.row}.${e.field}`,
    }));
    throw new DomainError('IMPORT_INVALID', `${result.errors.length} invalid rows; nothing was imported`, null, details);
  }
  return withTransaction(pool, async (q) => {
    const { written, versioned } = await createContentRepository(q).upsertQuestions(
      result.questions.map((r) => r.question),
      result.questions.map((r) => r.importKey),
    );
    await createAuditRepository(q).record(
      { actorId: req.actorId, action: 'content_imported', resourceType: 'question_bank', resourceId: req.source, changes: { rows: result.questions.length, written, versioned: versioned.length }, ip: req.ip ?? null },
      q,
    );
    return { rows: result.questions.length, written, unchanged: result.questions.length - written, versioned: versioned.length };
  });
}
