import { assembleBenchmark, JEE_MAIN_BLUEPRINT, type BankQuestion } from '@cr/shared/engine/index';
import { DomainError, parseQuestionImport, type Subject } from '@cr/shared';
import type { Queryable } from '../scoring/content.ts';
import { addToBank, classifyBank, ELIGIBLE_FOR_CLASS } from './benchmarks.ts';

/**
 * What the sealed bank holds, for the admin console: item counts per class × subject × type
 * (unused and used), and per class how many more JEE Main papers the unused items can fill.
 * Nothing here carries a key or a question text.
 */

/** Papers counted at most (the console says "12 or more"). */
export const CAPACITY_CAP = 12;

export interface BankCount {
  standard: 11 | 12;
  subject: Subject;
  type: string;
  unused: number;
  used: number;
}
export interface ClassCapacity {
  standard: 11 | 12;
  /** Papers the unused items could fill for this class if no other class drew from them (capped at CAPACITY_CAP). */
  papers: number;
  /** What the next paper after those would lack, per blueprint section (type: its first accepted type). */
  next_shortfall: Array<{ subject: string; type: string; missing: number }>;
}
export interface BankSummary {
  counts: BankCount[];
  classes: ClassCapacity[];
}

export async function bankSummary(db: Queryable): Promise<BankSummary> {
  await classifyBank(db);
  const counts = await db.query<BankCount>(
    `SELECT coalesce(standard, 12)::int AS standard, subject, type,
            count(*) FILTER (WHERE used_by IS NULL)::int AS unused, count(*) FILTER (WHERE used_by IS NOT NULL)::int AS used
       FROM benchmark_bank GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  );
  const weights = await db.query<{ id: string; exam_weight: number }>('SELECT id, exam_weight FROM concepts');
  const weight = new Map(weights.rows.map((c) => [c.id, Number(c.exam_weight)]));
  const classes: ClassCapacity[] = [];
  for (const standard of [11, 12] as const) {
    const { rows } = await db.query<BankQuestion>(
      `SELECT id, subject, primary_concept_id, secondary_concept_ids, difficulty, type FROM benchmark_bank
        WHERE used_by IS NULL AND ${ELIGIBLE_FOR_CLASS('$1')} ORDER BY id`,
      [standard],
    );
    // Assemble papers one after another, as successive months would, until one falls short.
    const used: string[] = [];
    let papers = 0;
    let next: ClassCapacity['next_shortfall'] = [];
    while (papers < CAPACITY_CAP) {
      const paper = assembleBenchmark(JEE_MAIN_BLUEPRINT, rows, weight, papers + 1, used);
      if (paper.shortfalls.length > 0) {
        next = paper.shortfalls.map((f) => {
          const section = JEE_MAIN_BLUEPRINT.sections[f.section];
          return { subject: section?.subject ?? '', type: section?.types[0] ?? '', missing: f.missing };
        });
        break;
      }
      papers += 1;
      for (const s of paper.sections) used.push(...s.questionIds);
    }
    classes.push({ standard, papers, next_shortfall: next });
  }
  return { counts: counts.rows, classes };
}

export interface SealedImport {
  rows: number;
  written: number;
  by_subject: Record<string, number>;
}

/**
 * Imports a centre's own questions (CSV or JSON, the content import format) into the sealed
 * bank, not the public one. All or nothing: any invalid row, or any row whose text is already a
 * public question (its key is on every student's device), refuses the whole file naming the rows.
 */
export async function importIntoBank(db: Queryable, req: { format: 'csv' | 'json'; content: string; source: string }): Promise<SealedImport> {
  const { rows } = await db.query<{ id: string; subject: Subject }>('SELECT id, subject FROM concepts');
  const result = parseQuestionImport({ ...req, concepts: new Map(rows.map((r) => [r.id, r.subject])) });
  if (!result.ok) {
    const details = result.errors.slice(0, 500).map((e) => ({ code: 'IMPORT_INVALID' as const, message: `row ${e.row}, ${e.field}: ${e.reason}`, field: `row ${e.row}.${e.field}` }));
    throw new DomainError('IMPORT_INVALID', `${result.errors.length} invalid rows; nothing was imported`, null, details);
  }
  const texts = result.questions.map((r) => r.question.text);
  const pub = await db.query<{ text: string }>('SELECT DISTINCT text FROM questions WHERE text = ANY($1::text[])', [texts]);
  if (pub.rows.length > 0) {
    const publicTexts = new Set(pub.rows.map((r) => r.text));
    const clash = result.questions.filter((r) => publicTexts.has(r.question.text));
    const details = clash.slice(0, 500).map((r) => ({
      code: 'IMPORT_INVALID' as const,
      message: `row ${r.row}: this question is in the public bank, whose answers every student's device holds`,
      field: `row ${r.row}.text`,
    }));
    throw new DomainError('IMPORT_INVALID', `${clash.length} rows are public questions and cannot be sealed; nothing was imported`, null, details);
  }
  // Sealed ids get their own prefix, so the same file imported publicly can never collide at release.
  const questions = result.questions.map((r) => ({ ...r.question, id: `sb-${r.question.id}`.slice(0, 80) }));
  const written = await addToBank(db, questions);
  const bySubject: Record<string, number> = {};
  for (const q of questions) bySubject[q.subject] = (bySubject[q.subject] ?? 0) + 1;
  return { rows: questions.length, written, by_subject: bySubject };
}
