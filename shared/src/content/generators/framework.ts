import type { Question } from '../../schemas/content.ts';
import { createRng, type Rng } from '../random.ts';
import { formatNumber, roundTo, withUnit } from './format.ts';
import type { ChoiceSpec, GeneratedInstance, GeneratorDef, MultiSpec, NumericSpec } from './types.ts';

const KEYS = ['A', 'B', 'C', 'D'] as const;
/** Fallback distractors when the mistakes collide: scalings a careless solver often produces. */
const FALLBACK_FACTORS = [2, 0.5, -1, 10, 0.1, 1.5, 4, 0.25, 3, 1 / 3, 1.2, 0.8] as const;

/** Instance id for a generator and seed; stable forever. */
export function generatedQuestionId(generatorId: string, seed: number): string {
  return `gen-${generatorId}-${seed}`;
}

/**
 * Builds the instance for (generator, seed). Pure: the same inputs give a deep-equal result on
 * every engine. One seed in four poses a free-response version when the value suits it.
 */
export function instantiate(def: GeneratorDef, seed: number): GeneratedInstance {
  const rng = createRng(def.id, seed);
  const spec = def.build(rng);
  const base: Omit<Question, keyof Body> = {
    id: generatedQuestionId(def.id, seed),
    subject: def.subject,
    primary_concept_id: def.concepts[0],
    secondary_concept_ids: [...def.concepts.slice(1)],
    difficulty: def.difficulty,
    source: 'Generated',
    year: null,
    image_urls: [],
    generator: { id: def.id, seed },
  };
  if (spec.kind === 'choice') {
    return { question: { ...base, ...choiceBody(spec, rng) }, params: spec.params, value: null };
  }
  if (spec.kind === 'multi') {
    return { question: { ...base, ...multiBody(spec, rng) }, params: spec.params, value: null };
  }
  const free = def.freeResponse !== false && seed % 4 === 0 && freeResponseSuits(spec.value);
  const body = free ? freeBody(spec) : singleBody(spec, rng);
  return { question: { ...base, ...body }, params: spec.params, value: spec.value };
}

type Body = Pick<Question, 'type' | 'text' | 'options' | 'answer' | 'tolerance' | 'explanation'>;

function freeResponseSuits(v: number): boolean {
  const a = Math.abs(v);
  return Number.isFinite(v) && a >= 0.1 && a < 1e6;
}

function freeBody(spec: NumericSpec): Body {
  const isInt = Number.isInteger(spec.value);
  const unit = spec.unit ? ` (in ${spec.unit})` : '';
  const ask = isInt ? 'Enter the answer as an integer' : 'Enter the answer correct to two decimal places';
  const answer = isInt ? String(spec.value) : roundTo(spec.value, 2).toFixed(2);
  return {
    type: isInt ? 'INTEGER' : 'NUMERIC',
    text: `${spec.text}\n\n${ask}${unit}.`,
    options: null,
    answer,
    // Security: the tolerance is part of the instance, so device and server score alike.
    tolerance: isInt ? null : Math.max(0.01, roundTo(Math.abs(spec.value) * 0.01, 2)),
    explanation: `${spec.solution}\n\n**Answer:** ${withUnit(spec.value, spec.unit, 4)}`,
  };
}

/** Three distinct distractor values whose display differs from the answer's. */
export function pickDistractors(value: number, mistakes: readonly number[], sig: number): number[] {
  const seen = new Set<string>([formatNumber(value, sig)]);
  const out: number[] = [];
  const consider = (v: number): void => {
    if (out.length >= 3 || !Number.isFinite(v)) return;
    const s = formatNumber(v, sig);
    if (seen.has(s)) return;
    seen.add(s);
    out.push(v);
  };
  for (const m of mistakes) consider(m);
  for (const f of FALLBACK_FACTORS) consider(value === 0 ? f : value * f);
  return out;
}

function singleBody(spec: NumericSpec, rng: Rng): Body {
  const sig = spec.sig ?? 3;
  const values = [spec.value, ...pickDistractors(spec.value, spec.mistakes, sig)];
  const texts = values.map((v) => withUnit(v, spec.unit, sig));
  return optionsBody(spec.text, texts, spec.solution, rng, withUnit(spec.value, spec.unit, sig));
}

function choiceBody(spec: ChoiceSpec, rng: Rng): Body {
  const distinct = [...new Set(spec.distractors.filter((d) => d !== spec.correct))].slice(0, 3);
  if (distinct.length < 3) throw new Error(`choice spec needs three distractors: ${spec.text}`);
  return optionsBody(spec.text, [spec.correct, ...distinct], spec.solution, rng, spec.correct);
}

function multiBody(spec: MultiSpec, rng: Rng): Body {
  if (spec.options.length !== 4 || !spec.options.some((o) => o.correct)) {
    throw new Error(`multi spec needs four statements, one or more true: ${spec.text}`);
  }
  const order = rng.shuffle([0, 1, 2, 3]);
  const options = order.map((i, k) => ({ key: KEYS[k] as (typeof KEYS)[number], text: (spec.options[i] as MultiSpec['options'][number]).text }));
  const answer = order.flatMap((i, k) => ((spec.options[i] as MultiSpec['options'][number]).correct ? [KEYS[k] as string] : [])).join('');
  return {
    type: 'MULTI',
    text: spec.text,
    options,
    answer,
    tolerance: null,
    explanation: `${spec.solution}\n\n**Answer:** ${answer.split('').map((k) => `(${k})`).join(', ')}`,
  };
}

function optionsBody(text: string, texts: string[], solution: string, rng: Rng, correct: string): Body {
  const order = rng.shuffle([0, 1, 2, 3]);
  const options = order.map((i, k) => ({ key: KEYS[k] as (typeof KEYS)[number], text: texts[i] as string }));
  const answerKey = KEYS[order.indexOf(0)] as string;
  return {
    type: 'SINGLE',
    text,
    options,
    answer: answerKey,
    tolerance: null,
    explanation: `${solution}\n\n**Answer:** (${answerKey}) ${correct}`,
  };
}
