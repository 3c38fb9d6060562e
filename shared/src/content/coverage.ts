import type { Concept, Question, Subject } from '../schemas/content.ts';
import type { Unit } from './content-graph.ts';

export interface UnitCoverage {
  unit: string;
  subject: Subject;
  title: string;
  concepts: number;
  real: number;
  generated: number;
  /** Fewest questions (primary concept) of any concept in the unit. */
  minPerConcept: number;
}

export interface Coverage {
  units: UnitCoverage[];
  subjects: Record<Subject, { units: number; concepts: number; real: number; generated: number }>;
  totals: { concepts: number; real: number; generated: number; questions: number; distinct: number };
  /** Questions per concept by primary concept (concepts with none are listed with 0). */
  perConcept: Record<string, number>;
}

/** Coverage of the syllabus by a question bank; a question counts for its primary concept. */
export function computeCoverage(units: readonly Unit[], concepts: readonly Concept[], questions: readonly Question[]): Coverage {
  const perConcept: Record<string, number> = Object.fromEntries(concepts.map((c) => [c.id, 0]));
  for (const q of questions) perConcept[q.primary_concept_id] = (perConcept[q.primary_concept_id] ?? 0) + 1;
  const unitOf = new Map(concepts.map((c) => [c.id, c.unit]));
  const rows: UnitCoverage[] = units.map((u) => {
    const inUnit = concepts.filter((c) => c.unit === u.id);
    const qs = questions.filter((q) => unitOf.get(q.primary_concept_id) === u.id);
    return {
      unit: u.id,
      subject: u.subject,
      title: u.title,
      concepts: inUnit.length,
      real: qs.filter((q) => q.generator === null).length,
      generated: qs.filter((q) => q.generator !== null).length,
      minPerConcept: Math.min(...inUnit.map((c) => perConcept[c.id] ?? 0)),
    };
  });
  const subjects = {} as Coverage['subjects'];
  for (const s of ['MATH', 'PHYSICS', 'CHEMISTRY'] as const) {
    const r = rows.filter((x) => x.subject === s);
    subjects[s] = { units: r.length, concepts: r.reduce((a, x) => a + x.concepts, 0), real: r.reduce((a, x) => a + x.real, 0), generated: r.reduce((a, x) => a + x.generated, 0) };
  }
  const distinct = new Set(questions.map((q) => JSON.stringify([q.text, q.options]))).size;
  return {
    units: rows,
    subjects,
    totals: {
      concepts: concepts.length,
      real: questions.filter((q) => q.generator === null).length,
      generated: questions.filter((q) => q.generator !== null).length,
      questions: questions.length,
      distinct,
    },
    perConcept,
  };
}
