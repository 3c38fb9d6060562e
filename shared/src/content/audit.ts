import type { Concept, QuestionType, Subject } from '../schemas/content.ts';
import { instantiate } from './generators/framework.ts';
import { rangeDeclarationProblem, seedRealismProblems } from './generators/realism.ts';
import type { GeneratorDef } from './generators/types.ts';
import type { PaperCandidate } from './paper.ts';

/** The floor of distinct usable questions per concept (docs/content.md): below it a concept repeats itself in practice. */
export const USABLE_FLOOR = 20;
/** Realism is checked over at least this many seeds per generator. */
export const MIN_AUDIT_SEEDS = 50;

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
  /**
   * Distinct usable questions: instances that pass realism (no problem for that seed, and a
   * declared result range when numeric), counted once per distinct stem and option set.
   */
  usable: number;
}

export interface ContentAudit {
  concepts: ConceptAudit[];
  problems: string[];
  /** Seeds drawn per generator. */
  seeds: number;
  /** One usable instance per (concept, question type, difficulty), for assembling papers. */
  candidates: PaperCandidate[];
}

/**
 * Per concept: templates, difficulty histogram, question types, Hindi coverage, realism failures,
 * duplicates and distinct usable questions, from `seeds` instances of every generator, plus one
 * usable instance per (concept, type, difficulty) to assemble papers from. Pure; the audit script
 * prints it.
 */
export function auditContent(concepts: readonly Concept[], generators: readonly GeneratorDef[], seeds: readonly number[]): ContentAudit {
  const rows = new Map<string, ConceptAudit>(
    concepts.map((c) => [
      c.id,
      { concept: c.id, subject: c.subject, templates: 0, difficulty: [0, 0, 0, 0, 0], types: { SINGLE: 0, MULTI: 0, INTEGER: 0, NUMERIC: 0 }, instances: 0, hindi: 0, realismFailures: 0, duplicates: 0, usable: 0 },
    ]),
  );
  const seen = new Map<string, Set<string>>();
  const usableSeen = new Map<string, Set<string>>();
  const candidates = new Map<string, PaperCandidate>();
  const unitOf = new Map(concepts.map((c) => [c.id, c.unit]));
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
    const usable = usableSeen.get(row.concept) ?? new Set<string>();
    usableSeen.set(row.concept, usable);
    const undeclared = rangeDeclarationProblem(g, seeds);
    const realism = undeclared ? [undeclared] : [];
    for (const seed of seeds) {
      const instance = instantiate(g, seed);
      const q = instance.question;
      row.instances += 1;
      row.types[q.type] += 1;
      if (q.hi) row.hindi += 1;
      // The same question with its options in another order is still the same question.
      const key = JSON.stringify([q.text, (q.options ?? []).map((o) => o.text).sort()]);
      if (texts.has(key)) row.duplicates += 1;
      texts.add(key);
      const seedProblems = seedRealismProblems(g, seed, q);
      realism.push(...seedProblems);
      if (seedProblems.length > 0 || (undeclared && instance.value !== null)) continue;
      usable.add(key);
      const slot = `${row.concept}|${q.type}|${g.difficulty}`;
      if (!candidates.has(slot)) {
        candidates.set(slot, { id: q.id, subject: row.subject, concept: row.concept, unit: unitOf.get(row.concept) ?? '', type: q.type, difficulty: g.difficulty });
      }
    }
    row.usable = usable.size;
    row.realismFailures += realism.length;
    problems.push(...realism);
  }
  return { concepts: [...rows.values()], problems, seeds: seeds.length, candidates: [...candidates.values()] };
}
