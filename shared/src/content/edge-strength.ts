import type { Concept, Prerequisite } from '../schemas/content.ts';

/** What is known about one prerequisite edge beyond its criticality. */
export interface EdgeEvidence {
  /** Generators of the dependent concept whose solutions use the prerequisite (secondary tag). */
  generatorUses: number;
  /** JEEBench questions tagged with both concepts. */
  examUses: number;
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Weight and transfer of one edge from what it means. A HARD edge starts at 0.6, a SOFT one at
 * 0.3; a prerequisite the dependent's worked solutions actually use adds 0.1 (HARD) / 0.05 (SOFT),
 * each exam question that needs both adds 0.03 (up to three), the same syllabus unit (a direct
 * build-up) adds 0.1 / 0.05 and a cross-subject edge (a tool, not the topic) takes 0.1 / 0.05
 * off. Transfer, the share of evidence that flows along the edge, is the weight times 0.5 inside
 * a unit, 0.4 inside a subject and 0.3 across subjects: mastery of a tool in another subject says
 * less about the dependent than mastery of the step before it.
 */
export function edgeStrength(edge: Pick<Prerequisite, 'criticality'>, dependent: Concept, prerequisite: Concept, evidence: EdgeEvidence): { weight: number; transfer: number } {
  const hard = edge.criticality === 'HARD';
  const sameUnit = dependent.unit === prerequisite.unit;
  const cross = dependent.subject !== prerequisite.subject;
  let weight = hard ? 0.6 : 0.3;
  if (evidence.generatorUses > 0) weight += hard ? 0.1 : 0.05;
  weight += 0.03 * Math.min(3, evidence.examUses);
  if (sameUnit) weight += hard ? 0.1 : 0.05;
  if (cross) weight -= hard ? 0.1 : 0.05;
  weight = Math.min(0.95, Math.max(0.15, weight));
  const share = sameUnit ? 0.5 : cross ? 0.3 : 0.4;
  return { weight: r2(weight), transfer: r2(weight * share) };
}
