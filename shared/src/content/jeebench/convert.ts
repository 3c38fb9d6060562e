import { z } from 'zod';
import type { OptionKey, Question, QuestionType, Subject } from '../../schemas/content.ts';

/** One record of JEEBench's dataset.json (Arora, Singh and Mausam, EMNLP 2023; MIT licence). */
export const jeebenchRecordSchema = z.object({
  description: z.string().regex(/^JEE Adv \d{4} Paper \d$/),
  index: z.number().int().positive(),
  subject: z.enum(['math', 'phy', 'chem']),
  type: z.enum(['MCQ', 'MCQ(multiple)', 'Integer', 'Numeric']),
  question: z.string().min(1),
  gold: z.string().min(1),
});
export type JeebenchRecord = z.infer<typeof jeebenchRecordSchema>;

export const jeebenchMappingSchema = z.record(
  z.string().regex(/^jb-\d{4}-\d-\d+$/),
  z.object({ primary: z.string(), secondary: z.array(z.string()) }).strict(),
);
export type JeebenchMapping = z.infer<typeof jeebenchMappingSchema>;

const SUBJECTS: Record<JeebenchRecord['subject'], Subject> = { math: 'MATH', phy: 'PHYSICS', chem: 'CHEMISTRY' };
const TYPES: Record<JeebenchRecord['type'], QuestionType> = { MCQ: 'SINGLE', 'MCQ(multiple)': 'MULTI', Integer: 'INTEGER', Numeric: 'NUMERIC' };
const KEYS: readonly OptionKey[] = ['A', 'B', 'C', 'D'];
/** JEE Advanced numerical answers are checked to two decimals. */
export const JEEBENCH_NUMERIC_TOLERANCE = 0.01;

export function jeebenchYear(r: Pick<JeebenchRecord, 'description'>): number {
  return Number(/(\d{4})/.exec(r.description)![1]);
}

/** Stable id: `jb-<year>-<paper>-<index>`; `(description, index)` is unique in the dataset. */
export function jeebenchQuestionId(r: Pick<JeebenchRecord, 'description' | 'index'>): string {
  const paper = /Paper (\d)/.exec(r.description)![1];
  return `jb-${jeebenchYear(r)}-${paper}-${r.index}`;
}

/**
 * Splits inline options "(A) … (B) … (C) … (D) …" (or "[A] …") off the stem. Markers are matched
 * from the end — the last (D), the last (C) before it, and so on — so "(A)" inside the stem or a
 * table does not confuse the split. Returns null when the four markers are not all present.
 */
export function splitOptions(raw: string): { stem: string; options: { key: OptionKey; text: string }[] } | null {
  // A few 2017 records open an option inside math mode: `$[\mathrm{A}] \quad x$` → `[A] $x$`.
  const text = raw.replace(/\$\[\\mathrm\{([A-D])\}\]\s*(?:\\quad)?\s*/g, '[$1] $');
  const markers = [...text.matchAll(/(?:^|[\s$>])[([]([A-D])[)\]]\s*/g)].map((m) => ({
    key: m[1] as OptionKey,
    start: (m.index ?? 0) + (m[0].length - m[0].trimStart().length),
    end: (m.index ?? 0) + m[0].length,
  }));
  const chosen: (typeof markers)[number][] = [];
  let limit = Infinity;
  for (const key of [...KEYS].reverse()) {
    const m = markers.filter((x) => x.key === key && x.start < limit).at(-1);
    if (!m) return null;
    chosen.unshift(m);
    limit = m.start;
  }
  const options = chosen.map((m, i) => ({
    key: m.key,
    text: text.slice(m.end, i + 1 < chosen.length ? chosen[i + 1]!.start : text.length).trim(),
  }));
  if (options.some((o) => o.text.length === 0)) return null;
  return { stem: text.slice(0, chosen[0]!.start).trim(), options };
}

/** Answer key in the engine's format: letters sorted and de-duplicated; numbers trimmed. */
export function normaliseJeebenchAnswer(type: QuestionType, gold: string): string {
  const g = gold.trim();
  if (type === 'SINGLE' || type === 'MULTI') return [...new Set(g.toUpperCase().replace(/[^A-D]/g, ''))].sort().join('');
  if (type === 'INTEGER') return String(Math.round(Number(g)));
  return String(Number(g));
}

/** Converts one record; the mapping supplies the reviewed concepts. Throws on an unmapped record. */
export function convertJeebenchRecord(r: JeebenchRecord, mapping: JeebenchMapping): Question {
  const id = jeebenchQuestionId(r);
  const concepts = mapping[id];
  if (!concepts) throw new Error(`${id}: no entry in content/jeebench-mapping.json`);
  const type = TYPES[r.type];
  const year = jeebenchYear(r);
  const choice = type === 'SINGLE' || type === 'MULTI';
  const split = choice ? splitOptions(r.question) : null;
  return {
    id,
    subject: SUBJECTS[r.subject],
    primary_concept_id: concepts.primary,
    secondary_concept_ids: concepts.secondary.filter((c) => c !== concepts.primary),
    type,
    // When the markers cannot be split the options stay in the stem and the keys carry them.
    text: split ? split.stem : r.question,
    options: choice ? (split ? split.options : KEYS.map((key) => ({ key, text: `(${key})` }))) : null,
    answer: normaliseJeebenchAnswer(type, r.gold),
    tolerance: type === 'NUMERIC' ? JEEBENCH_NUMERIC_TOLERANCE : null,
    explanation: `JEE Advanced ${year}, ${r.description.slice(-7)}, question ${r.index}. Source: JEEBench (DAIR group, IIT Delhi; MIT licence).`,
    difficulty: type === 'MULTI' ? 5 : 4,
    source: `JEE Advanced ${year}`,
    year,
    image_urls: [],
    generator: null,
  };
}
