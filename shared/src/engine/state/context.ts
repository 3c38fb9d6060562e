import type { Concept, Prerequisite, Question } from '../../schemas/content.ts';
import { buildGraph, dependentsOf, encompassedBy, type ConceptGraph } from '../graph.ts';
import type { SkillShare } from '../mastery/features.ts';
import type { ModelParams } from '../mastery/logistic-model.ts';
import { DEFAULT_SCHEDULE_CONFIG, type ScheduleConfig } from '../schedule/review.ts';

/**
 * Everything a fold needs besides the student's events: the graph, question metadata, the
 * population model parameters the server shipped, and scheduler settings. Build once per
 * content version and share across students.
 */

/** The question fields the engine reads. */
export type QuestionInfo = Pick<Question, 'id' | 'subject' | 'primary_concept_id' | 'secondary_concept_ids' | 'difficulty'> & {
  /** Median time a student spends on this question, ms, if known (population statistic). */
  readonly typicalTimeMs?: number;
};

/** Engine context (immutable once built). */
export interface EngineContext {
  readonly concepts: ReadonlyMap<string, Pick<Concept, 'id' | 'subject' | 'layer' | 'exam_weight'>>;
  readonly graph: ConceptGraph;
  readonly questions: ReadonlyMap<string, QuestionInfo>;
  readonly params: ModelParams | undefined;
  readonly schedule: ScheduleConfig;
  /** Concepts receiving evidence when a concept is answered right: prerequisites, share = product of transfers. */
  readonly upward: ReadonlyMap<string, readonly SkillShare[]>;
  /** Concepts receiving evidence when a concept is answered wrong: dependents, share = product of transfers. */
  readonly downward: ReadonlyMap<string, readonly SkillShare[]>;
  /** Implicit-repetition credit per encompassed prerequisite: product of weight × transfer. */
  readonly implicit: ReadonlyMap<string, readonly SkillShare[]>;
}

/** Inputs of `createEngineContext`. */
export interface EngineContextInput {
  readonly concepts: readonly Pick<Concept, 'id' | 'subject' | 'layer' | 'exam_weight'>[];
  readonly prerequisites: readonly Prerequisite[];
  readonly questions: readonly QuestionInfo[];
  readonly params?: ModelParams;
  readonly schedule?: ScheduleConfig;
}

function toShares(m: Map<string, number>): SkillShare[] {
  return [...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, share]) => ({ id, share }));
}

/** Validate and index content; throws `EngineError` GRAPH_INVALID on a bad graph. */
export function createEngineContext(input: EngineContextInput): EngineContext {
  const graph = buildGraph(input.concepts, input.prerequisites);
  const upward = new Map<string, SkillShare[]>();
  const downward = new Map<string, SkillShare[]>();
  const implicit = new Map<string, SkillShare[]>();
  for (const id of graph.order) {
    upward.set(id, toShares(encompassedBy(graph, id, (e) => e.transfer)));
    downward.set(id, toShares(dependentsOf(graph, id, (e) => e.transfer)));
    implicit.set(id, toShares(encompassedBy(graph, id)));
  }
  return {
    concepts: new Map(input.concepts.map((c) => [c.id, c])),
    graph,
    questions: new Map(input.questions.map((q) => [q.id, q])),
    params: input.params,
    schedule: input.schedule ?? DEFAULT_SCHEDULE_CONFIG,
    upward,
    downward,
    implicit,
  };
}
