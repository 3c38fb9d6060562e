import { SUBJECTS, type Concept, type Prerequisite, type Question, type QuestionType } from '../../schemas/content.ts';
import type { AttemptEvent } from '../events.ts';
import { formatHlc } from '../hlc.ts';
import { createPrng, randomInt, type Prng } from '../prng.ts';
import { DAY_MS } from '../../time.ts';

/**
 * Seeded synthetic content and events for tests and benchmarks (never shipped as content).
 * Same seed ⇒ same output.
 */

/** Synthetic concepts, prerequisite edges and a question bank. */
export interface SyntheticContent {
  readonly concepts: Concept[];
  readonly prerequisites: Prerequisite[];
  readonly questions: (Pick<Question, 'id' | 'subject' | 'primary_concept_id' | 'secondary_concept_ids' | 'difficulty' | 'type' | 'answer' | 'tolerance'> & {
    typicalTimeMs: number;
  })[];
}

const PREFIX = { MATH: 'M', PHYSICS: 'P', CHEMISTRY: 'C' } as const;
const TYPES: readonly QuestionType[] = ['SINGLE', 'SINGLE', 'SINGLE', 'MULTI', 'INTEGER', 'NUMERIC'];

/** A DAG of `conceptCount` concepts in 4 layers per subject, and `questionsPerConcept` questions each. */
export function syntheticContent(seed: number, conceptCount = 60, questionsPerConcept = 4): SyntheticContent {
  const rng = createPrng(seed);
  const concepts: Concept[] = [];
  const prerequisites: Prerequisite[] = [];
  for (let i = 0; i < conceptCount; i++) {
    const subject = SUBJECTS[i % 3] as (typeof SUBJECTS)[number];
    const k = Math.floor(i / 3);
    const perSubject = Math.ceil(conceptCount / 3);
    const layer = Math.min(4, 1 + Math.floor((4 * k) / perSubject));
    concepts.push({
      id: `${PREFIX[subject]}.C${String(k).padStart(3, '0')}`,
      name: `concept ${i}`,
      subject,
      unit: `${PREFIX[subject]}.U${String(k % 14).padStart(2, '0')}`,
      layer,
      difficulty: 1 + randomInt(rng, 5),
      exam_weight: 0.2 + rng(),
      description: '',
    });
  }
  for (const subject of SUBJECTS) {
    const mine = concepts.filter((c) => c.subject === subject);
    const total = mine.reduce((a, c) => a + c.exam_weight, 0);
    for (const c of mine) c.exam_weight = c.exam_weight / total;
    for (const c of mine) {
      if (c.layer === 1) continue;
      const lower = mine.filter((p) => p.layer < c.layer);
      const n = 1 + randomInt(rng, Math.min(3, lower.length));
      const chosen = new Set<string>();
      while (chosen.size < n) chosen.add((lower[randomInt(rng, lower.length)] as Concept).id);
      for (const p of [...chosen].sort()) {
        prerequisites.push({
          concept_id: c.id,
          prerequisite_id: p,
          weight: 0.3 + 0.7 * rng(),
          criticality: rng() < 0.5 ? 'HARD' : 'SOFT',
          transfer: 0.2 + 0.7 * rng(),
        });
      }
    }
  }
  const questions: SyntheticContent['questions'] = [];
  for (const c of concepts) {
    for (let j = 0; j < questionsPerConcept; j++) {
      const type = TYPES[randomInt(rng, TYPES.length)] as QuestionType;
      const answer = type === 'SINGLE' ? 'ABCD'[randomInt(rng, 4)] : type === 'MULTI' ? 'ABD' : type === 'INTEGER' ? String(randomInt(rng, 10)) : (rng() * 10).toFixed(2);
      questions.push({
        id: `${c.id}.Q${j}`,
        subject: c.subject,
        primary_concept_id: c.id,
        secondary_concept_ids: [],
        difficulty: 1 + randomInt(rng, 5),
        type,
        answer: answer as string,
        tolerance: type === 'NUMERIC' ? 0.01 : null,
        typicalTimeMs: 60_000 + randomInt(rng, 120_000),
      });
    }
  }
  return { concepts, prerequisites, questions };
}

/** A UUIDv7-shaped id from a time (epoch ms) and the PRNG. */
export function syntheticUuid(ms: number, rng: Prng): string {
  const hex = (n: number, width: number): string => Math.floor(n).toString(16).padStart(width, '0').slice(-width);
  const t = hex(ms, 12);
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${hex(rng() * 0x1000, 3)}-${hex(0x8000 + rng() * 0x3fff, 4)}-${hex(rng() * 0x1000000, 6)}${hex(rng() * 0x1000000, 6)}`;
}

/**
 * `count` attempts by one student on random questions, ~1 minute apart from `startMs` (epoch ms),
 * correct with a probability that rises with practice. Events are in (hlc, id) order.
 */
export function syntheticAttempts(
  content: SyntheticContent,
  studentId: string,
  count: number,
  seed: number,
  startMs = 1_767_225_600_000,
): AttemptEvent[] {
  const rng = createPrng(seed);
  const events: AttemptEvent[] = [];
  let t = startMs;
  for (let i = 0; i < count; i++) {
    t += 20_000 + randomInt(rng, 80_000) + (rng() < 0.02 ? DAY_MS : 0);
    const q = content.questions[randomInt(rng, content.questions.length)] as SyntheticContent['questions'][number];
    const other = content.concepts[randomInt(rng, content.concepts.length)]?.id;
    const secondary = rng() < 0.2 && other !== undefined && other !== q.primary_concept_id ? { secondary_concept_ids: [other] } : {};
    events.push({
      ...secondary,
      id: syntheticUuid(t, rng),
      hlc: formatHlc({ wallMs: t, counter: 0, node: 'dev1' }),
      student_id: studentId,
      question_id: q.id,
      concept_id: q.primary_concept_id,
      correct: rng() < 0.5 + 0.4 * (i / count),
      response_time_ms: rng() < 0.05 ? 1_500 : 20_000 + randomInt(rng, 100_000),
      device_time_ms: t,
    });
  }
  return events;
}
