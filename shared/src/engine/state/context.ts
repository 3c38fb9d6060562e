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
  /**
   * The fold's per-question index (one lookup per attempt instead of one per use). Derived from
   * the fields above; contexts copied with a spread share it, which is sound as long as the copy
   * keeps the same concepts, graph and questions.
   */
  readonly foldIndex: ReadonlyMap<string, QuestionFold>;
}

/** What the fold needs about a concept, gathered from `upward`, `downward`, `implicit`, `hardPrerequisites`. */
export interface ConceptFold {
  readonly upward: readonly SkillShare[];
  readonly downward: readonly SkillShare[];
  readonly implicit: readonly SkillShare[];
  readonly hardPrerequisites: readonly string[];
}

/** What the fold needs about a question, precomputed once per context. */
export interface QuestionFold {
  readonly question: QuestionInfo;
  /** The primary concept's fold data (attempts normally name the question's primary concept). */
  readonly primary: ConceptFold;
  /** Concepts the question exercises: the primary (share 1), then its secondaries (SECONDARY_SHARE). */
  readonly skills: readonly SkillShare[];
  /** A response faster than this (ms) is a rapid guess. */
  readonly rapidBelowMs: number;
  /** A response slower than this (ms) is slow; +∞ without a typical time. */
  readonly slowAboveMs: number;
  /** A response faster than this (ms) is fast; −∞ without a typical time. */
  readonly fastBelowMs: number;
}

/** Share of a question attributed to each secondary concept (the primary has 1). */
export const SECONDARY_SHARE = 0.5;
/** A response faster than this share of the question's typical time is a rapid guess. */
export const RAPID_GUESS_FRACTION = 0.1;
/** Rapid-guess threshold when the question has no typical time, ms. */
export const RAPID_GUESS_DEFAULT_MS = 4_000;
/** A right answer slower than this multiple of the question's typical time was a struggle. */
export const SLOW_ANSWER_FACTOR = 2.5;
/** An answer quicker than this share of the typical time (and not a rapid guess) is fluent. */
export const FAST_ANSWER_FRACTION = 0.5;

const NO_CONCEPT: ConceptFold = { upward: [], downward: [], implicit: [], hardPrerequisites: [] };

/** The concepts a question exercises, in the order and with the shares the model sees them. */
export function questionSkills(primary: string, secondary: readonly string[]): SkillShare[] {
  const skills: SkillShare[] = [{ id: primary, share: 1 }];
  for (const id of secondary) if (id !== primary) skills.push({ id, share: SECONDARY_SHARE });
  return skills;
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
  const conceptFold = new Map<string, ConceptFold>();
  for (const id of graph.order) {
    conceptFold.set(id, {
      upward: upward.get(id) ?? [],
      downward: downward.get(id) ?? [],
      implicit: implicit.get(id) ?? [],
      hardPrerequisites: hardPrerequisites.get(id) ?? [],
    });
  }
  const questions = new Map(input.questions.map((q) => [q.id, q]));
  const foldIndex = new Map<string, QuestionFold>();
  for (const q of questions.values()) {
    const typical = q.typicalTimeMs;
    foldIndex.set(q.id, {
      question: q,
      primary: conceptFold.get(q.primary_concept_id) ?? NO_CONCEPT,
      skills: questionSkills(q.primary_concept_id, q.secondary_concept_ids ?? []),
      rapidBelowMs: typical === undefined ? RAPID_GUESS_DEFAULT_MS : RAPID_GUESS_FRACTION * typical,
      slowAboveMs: typical === undefined ? Number.POSITIVE_INFINITY : SLOW_ANSWER_FACTOR * typical,
      fastBelowMs: typical === undefined ? Number.NEGATIVE_INFINITY : FAST_ANSWER_FRACTION * typical,
    });
  }
  return {
    concepts: new Map(input.concepts.map((c) => [c.id, c])),
    graph,
    questions,
    params: input.params,
    schedule: input.schedule ?? DEFAULT_SCHEDULE_CONFIG,
    studyDay: input.studyDay ?? { utcOffsetMinutes: DEFAULT_UTC_OFFSET_MINUTES, dayStartHour: DEFAULT_DAY_START_HOUR },
    reviewPerAnswer: input.reviewPerAnswer ?? false,
    upward,
    downward,
    implicit,
    hardPrerequisites,
    foldIndex,
  };
}
