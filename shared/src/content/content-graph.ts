import { z } from 'zod';
import { conceptSchema, prerequisiteSchema, subjectSchema, type Concept, type Prerequisite, type Subject } from '../schemas/content.ts';
import { RAW_CONTENT } from './data-files.ts';

export const unitSchema = z
  .object({
    id: z.string().regex(/^[MPC]\.U\d{2}$/),
    subject: subjectSchema,
    title: z.string().min(1).max(200),
    /** Position in the NTA syllabus, 1-based. */
    order: z.number().int().min(1),
    /** Share of the subject's marks, 0–1; a subject's units sum to 1. */
    exam_weight: z.number().min(0).max(1),
    /** Where `exam_weight` comes from, in words (content/README.md says more). */
    weight_source: z.string().min(1).max(300),
  })
  .strict();
export type Unit = z.infer<typeof unitSchema>;

export interface ContentGraph {
  units: Unit[];
  concepts: Concept[];
  prerequisites: Prerequisite[];
}

/** The knowledge graph from content/*.json, validated against the schemas (throws if malformed). */
export function loadContentGraph(): ContentGraph {
  return {
    units: z.array(unitSchema).parse(RAW_CONTENT.units),
    concepts: z.array(conceptSchema).parse(RAW_CONTENT.concepts),
    prerequisites: z.array(prerequisiteSchema).parse(RAW_CONTENT.prerequisites),
  };
}

/** JEE Main syllabus unit counts the graph must cover. */
export const SYLLABUS_UNIT_COUNTS: Readonly<Record<Subject, number>> = { MATH: 14, PHYSICS: 20, CHEMISTRY: 20 };

/**
 * Content rules beyond structural validity (the engine's `validateGraph` covers ids, endpoints and
 * cycles): unit coverage, no orphan concepts, every unit reachable from a layer-1 concept,
 * prerequisites never in a higher layer, and exam weights summing to ≈ 1 per subject.
 */
export function checkContentGraph(graph: ContentGraph): string[] {
  const errors: string[] = [];
  const { units, concepts, prerequisites } = graph;
  const unitIds = new Set(units.map((u) => u.id));
  const byId = new Map(concepts.map((c) => [c.id, c]));
  for (const s of subjectSchema.options) {
    const n = units.filter((u) => u.subject === s).length;
    if (n !== SYLLABUS_UNIT_COUNTS[s]) errors.push(`${s}: ${n} units, expected ${SYLLABUS_UNIT_COUNTS[s]}`);
    const unitWeight = units.filter((u) => u.subject === s).reduce((a, u) => a + u.exam_weight, 0);
    if (Math.abs(unitWeight - 1) > 0.01) errors.push(`${s}: unit weights sum to ${unitWeight.toFixed(3)}`);
    const weight = concepts.filter((c) => c.subject === s).reduce((a, c) => a + c.exam_weight, 0);
    if (Math.abs(weight - 1) > 0.02) errors.push(`${s}: concept exam weights sum to ${weight.toFixed(3)}`);
  }
  for (const c of concepts) {
    if (!unitIds.has(c.unit)) errors.push(`${c.id}: unknown unit ${c.unit}`);
    const unit = units.find((u) => u.id === c.unit);
    if (unit && unit.subject !== c.subject) errors.push(`${c.id}: subject ${c.subject} but unit ${c.unit} is ${unit.subject}`);
  }
  const touched = new Set<string>();
  const children = new Map<string, string[]>();
  for (const e of prerequisites) {
    touched.add(e.concept_id);
    touched.add(e.prerequisite_id);
    children.set(e.prerequisite_id, [...(children.get(e.prerequisite_id) ?? []), e.concept_id]);
    const c = byId.get(e.concept_id);
    const p = byId.get(e.prerequisite_id);
    if (c && p && p.layer > c.layer) errors.push(`${e.prerequisite_id} (layer ${p.layer}) is a prerequisite of ${c.id} (layer ${c.layer})`);
  }
  for (const c of concepts) {
    if (!touched.has(c.id)) errors.push(`${c.id}: orphan (no prerequisite edges)`);
    if (c.layer > 1 && !prerequisites.some((e) => e.concept_id === c.id)) errors.push(`${c.id}: layer ${c.layer} without prerequisites`);
  }
  // Breadth-first search from every layer-1 concept along prerequisite → concept edges.
  const reached = new Set(concepts.filter((c) => c.layer === 1).map((c) => c.id));
  const queue = [...reached];
  while (queue.length) {
    for (const next of children.get(queue.shift() as string) ?? []) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  for (const c of concepts) if (!reached.has(c.id)) errors.push(`${c.id}: not reachable from any layer-1 concept`);
  for (const u of units) {
    const inUnit = concepts.filter((c) => c.unit === u.id);
    if (inUnit.length === 0) errors.push(`${u.id}: no concepts`);
    else if (!inUnit.some((c) => reached.has(c.id))) errors.push(`${u.id}: no concept reachable from layer 1`);
  }
  return errors;
}
