import type { Concept, QuestionType, Subject } from '../schemas/content.ts';
import { instantiate } from './generators/framework.ts';
import { realismProblems } from './generators/realism.ts';
import type { GeneratorDef } from './generators/types.ts';

export interface ConceptAudit {
  concept: string;
  subject: Subject;
  /** Generators whose primary concept this is (distinct question shapes). */
  templates: number;
  /** Templates per difficulty 1…5 (index 0 = difficulty 1). */
  difficulty: [number, number, number, number, number];
  /** Generated instances per question type over the audited seeds. */
  types: Record<QuestionType, number>;
  instances: number;
  /** Instances that carry a Hindi rendering. */
  hindi: number;
  realismFailures: number;
  /** Instances whose text and option set repeat an earlier instance of the same concept. */
  duplicates: number;
}

export interface ContentAudit {
  concepts: ConceptAudit[];
  problems: string[];
}

/**
 * Per concept: templates, difficulty histogram, question types, Hindi coverage, realism failures
 * and duplicates, from `seeds` instances of every generator. Pure; the audit script prints it.
 */
export function auditContent(concepts: readonly Concept[], generators: readonly GeneratorDef[], seeds: readonly number[]): ContentAudit {
  const rows = new Map<string, ConceptAudit>(
    concepts.map((c) => [
      c.id,
      { concept: c.id, subject: c.subject, templates: 0, difficulty: [0, 0, 0, 0, 0], types: { SINGLE: 0, MULTI: 0, INTEGER: 0, NUMERIC: 0 }, instances: 0, hindi: 0, realismFailures: 0, duplicates: 0 },
    ]),
  );
  const seen = new Map<string, Set<string>>();
  const problems: string[] = [];
  for (const g of generators) {
    const row = rows.get(g.concepts[0]);
    if (!row) {
      problems.push(`${g.id}: primary concept ${g.concepts[0]} is not in the graph`);
      continue;
    }
    row.templates += 1;
    row.difficulty[g.difficulty - 1] = (row.difficulty[g.difficulty - 1] ?? 0) + 1;
    const texts = seen.get(row.concept) ?? new Set<string>();
    seen.set(row.concept, texts);
    for (const seed of seeds) {
      const q = instantiate(g, seed).question;
      row.instances += 1;
      row.types[q.type] += 1;
      if (q.hi) row.hindi += 1;
      // The same question with its options in another order is still the same question.
      const key = JSON.stringify([q.text, (q.options ?? []).map((o) => o.text).sort()]);
      if (texts.has(key)) row.duplicates += 1;
      texts.add(key);
    }
    const realism = realismProblems(g, seeds);
    row.realismFailures += realism.length;
    problems.push(...realism);
  }
  return { concepts: [...rows.values()], problems };
}
