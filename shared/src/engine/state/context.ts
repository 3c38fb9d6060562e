import type { Concept, Prerequisite, Question } from '../../schemas/content.ts';
import { buildGraph, dependentsOf, encompassedBy, type ConceptGraph } from '../graph.ts';
import type { SkillShare } from '../mastery/features.ts';
import type { ModelParams } from '../mastery/logistic-model.ts';
import { DEFAULT_DAY_START_HOUR, DEFAULT_UTC_OFFSET_MINUTES } from '../schedule/day-review.ts';
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
  /** How instants map to study days (all answers on a concept in one study day are one review). */
  readonly studyDay: StudyDayConfig;
  /**
   * Baseline only (the study simulation's "current planner"): every answer is its own FSRS
   * review, as before study-day reviews. Never set by the app.
   */
  readonly reviewPerAnswer: boolean;
  /** Concepts receiving evidence when a concept is answered right: prerequisites, share = product of transfers. */
  readonly upward: ReadonlyMap<string, readonly SkillShare[]>;
  /** Concepts receiving evidence when a concept is answered wrong: dependents, share = product of transfers. */
  readonly downward: ReadonlyMap<string, readonly SkillShare[]>;
  /** Implicit-repetition credit per encompassed prerequisite: product of weight × transfer. */
  readonly implicit: ReadonlyMap<string, readonly SkillShare[]>;
  /** Direct HARD prerequisites per concept (ids): what a right answer on the concept evidences. */
  readonly hardPrerequisites: ReadonlyMap<string, readonly string[]>;
}

/** The student's clock for study days. */
export interface StudyDayConfig {
  /** Minutes east of UTC (IST = 330). */
  readonly utcOffsetMinutes: number;
  /** Local hour (0–23) at which a study day starts. */
  readonly dayStartHour: number;
}

/** Inputs of `createEngineContext`. */
export interface EngineContextInput {
  readonly concepts: readonly Pick<Concept, 'id' | 'subject' | 'layer' | 'exam_weight'>[];
  readonly prerequisites: readonly Prerequisite[];
  readonly questions: readonly QuestionInfo[];
  readonly params?: ModelParams;
  readonly schedule?: ScheduleConfig;
  readonly studyDay?: StudyDayConfig;
  readonly reviewPerAnswer?: boolean;
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
  const hardPrerequisites = new Map<string, string[]>();
  for (const id of graph.order) {
    hardPrerequisites.set(id, (graph.prerequisites.get(id) ?? []).filter((e) => e.criticality === 'HARD').map((e) => e.prerequisite_id));
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
    studyDay: input.studyDay ?? { utcOffsetMinutes: DEFAULT_UTC_OFFSET_MINUTES, dayStartHour: DEFAULT_DAY_START_HOUR },
    reviewPerAnswer: input.reviewPerAnswer ?? false,
    upward,
    downward,
    implicit,
    hardPrerequisites,
  };
}
