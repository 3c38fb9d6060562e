import type { Question, QuestionHindi } from '../../schemas/content.ts';
import { createRng, type Rng } from '../random.ts';
import { optionFormatter, roundTo, typesetPowers } from './format.ts';
import { limitFallbacks, possibleOption, quantityLimits, signLimits, type QuantityLimits } from './quantity-limits.ts';
import type { ChoiceSpec, GeneratedInstance, GeneratorDef, HindiText, MultiSpec, NumericSpec } from './types.ts';

export { possibleOption, quantityLimits, type QuantityLimits } from './quantity-limits.ts';

const KEYS = ['A', 'B', 'C', 'D'] as const;
/**
 * Fallback distractors when the named mistakes collide: scalings a careless solver produces
 * (missing factor 2, power of ten slip…). No sign flip: a negative value is a distractor only when
 * a generator names it as a mistake and its declared result range allows negatives.
 */
const FALLBACK_FACTORS = [2, 0.5, 10, 0.1, 1.5, 4, 0.25, 3, 1 / 3, 1.2, 0.8, 5, 0.2] as const;
/** Free-response answers: JEE Main asks integers; Advanced numericals are checked to two decimals. */
export const NUMERIC_TOLERANCE = 0.01;

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
  const done = (body: Body, value: number | null): GeneratedInstance => ({ question: { ...base, ...typeset(body) }, params: spec.params, value });
  if (spec.kind === 'choice') return done(choiceBody(spec, rng), null);
  if (spec.kind === 'multi') return done(multiBody(spec, rng), null);
  const free = def.freeResponse !== false && seed % 4 === 0 && freeResponseSuits(spec.value);
  return done(free ? freeBody(spec) : singleBody(spec, rng), spec.value);
}

type Body = Pick<Question, 'type' | 'text' | 'options' | 'answer' | 'tolerance' | 'explanation' | 'hi'>;

function typeset(b: Body): Body {
  const opts = (o: Body['options']) => o?.map((x) => ({ key: x.key, text: typesetPowers(x.text) })) ?? null;
  return {
    ...b,
    text: typesetPowers(b.text),
    options: opts(b.options),
    explanation: typesetPowers(b.explanation),
    hi: b.hi ? { text: typesetPowers(b.hi.text), options: opts(b.hi.options), explanation: typesetPowers(b.hi.explanation) } : null,
  };
}

/** Hindi option texts only when some differ from the English ones (words, not numbers). */
function hindiOptions(english: NonNullable<Body['options']>, hindi: readonly string[] | null): QuestionHindi['options'] {
  if (!hindi || hindi.every((t, i) => t === english[i]?.text)) return null;
  return english.map((o, i) => ({ key: o.key, text: hindi[i] ?? o.text }));
}

function freeResponseSuits(v: number): boolean {
  const a = Math.abs(v);
  return Number.isFinite(v) && a >= 0.1 && a < 1e6;
}

function freeBody(spec: NumericSpec): Body {
  const isInt = Number.isInteger(spec.value);
  const unit = spec.unit ? ` (in ${spec.unit})` : '';
  const ask = isInt ? 'Enter the answer as an integer' : 'Enter the answer correct to two decimal places';
  const answer = isInt ? String(spec.value) : roundTo(spec.value, 2).toFixed(2);
  const shown = `$${answer}$${spec.unit ? ` ${spec.unit}` : ''}`;
  const hi = spec.hi
    ? {
        text: `${spec.hi.text}\n\n${isInt ? 'उत्तर पूर्णांक के रूप में दीजिए' : 'उत्तर दशमलव के दो स्थानों तक सही दीजिए'}${spec.unit ? ` (${spec.unit} में)` : ''}।`,
        options: null,
        explanation: `${spec.hi.solution}\n\n**उत्तर:** ${shown}`,
      }
    : null;
  return {
    type: isInt ? 'INTEGER' : 'NUMERIC',
    text: `${spec.text}\n\n${ask}${unit}.`,
    options: null,
    answer,
    // Security: the tolerance is part of the instance, so device and server score alike. Two
    // decimals means ±0.01 whatever the size of the value (a percentage of 3368.42 would accept
    // ±33.68 and contradict the instruction).
    tolerance: isInt ? null : NUMERIC_TOLERANCE,
    explanation: `${spec.solution}\n\n**Answer:** ${shown}`,
    hi,
  };
}

/**
 * A distractor must be a quantity that could exist: finite, and of the sign the result range
 * allows (a non-negative range admits no negative option; a non-positive one no positive option).
 */
export function possibleValue(v: number, result: readonly [number, number] | undefined): boolean {
  return possibleOption(v, signLimits(result));
}

/**
 * Three possible distractor values (named mistakes first, then fallback scalings, then values
 * that stay inside the quantity's limits) whose display differs from the answer's and from each
 * other's in the options' one precision. An integer answer keeps all-integer options when three
 * integer distractors exist; a count always does. `limits` defaults to the sign of `result`.
 */
export function pickDistractors(
  value: number,
  mistakes: readonly number[],
  sig: number,
  result?: readonly [number, number],
  limits: QuantityLimits = signLimits(result),
): { values: number[]; format: (x: number) => string } {
  const scaled = FALLBACK_FACTORS.map((f) => (value === 0 ? f : value * f));
  const candidates = [...mistakes, ...scaled, ...limitFallbacks(value, limits)].filter((v) => possibleOption(v, limits));
  const attempt = (allIntegers: boolean) => {
    const format = optionFormatter(value, allIntegers, sig);
    const seen = new Set<string>([format(value)]);
    const values: number[] = [];
    for (const v of candidates) {
      if (values.length >= 3) break;
      if (allIntegers && !Number.isInteger(v)) continue;
      const s = format(v);
      if (seen.has(s) || (value !== 0 && Number(s.split(' ')[0]) === 0)) continue;
      seen.add(s);
      values.push(v);
    }
    return { values, format };
  };
  if (Number.isInteger(value)) {
    const ints = attempt(true);
    if (ints.values.length === 3 || limits.integer) return ints;
  }
  return attempt(false);
}

/** The option texts of a numeric spec, correct first, all in one precision. */
export function numericOptionTexts(spec: NumericSpec): string[] {
  const { values, format } = pickDistractors(spec.value, spec.mistakes, spec.sig ?? 3, spec.result, quantityLimits(spec));
  return [spec.value, ...values].map((v) => `$${format(v)}$${spec.unit ? ` ${spec.unit}` : ''}`);
}

function singleBody(spec: NumericSpec, rng: Rng): Body {
  const texts = numericOptionTexts(spec);
  if (texts.length < 4) throw new Error(`numeric spec has fewer than three distinct distractors: ${spec.text}`);
  return optionsBody({ text: spec.text, texts, solution: spec.solution, rng, hi: spec.hi, hiTexts: null });
}

function choiceBody(spec: ChoiceSpec, rng: Rng): Body {
  const picked: number[] = [];
  const seen = new Set([spec.correct]);
  spec.distractors.forEach((d, i) => {
    if (!seen.has(d) && picked.length < 3) {
      seen.add(d);
      picked.push(i);
    }
  });
  if (picked.length < 3) throw new Error(`choice spec needs three distractors: ${spec.text}`);
  const texts = [spec.correct, ...picked.map((i) => spec.distractors[i] as string)];
  const hiTexts = spec.hi ? [spec.hi.correct ?? spec.correct, ...picked.map((i) => spec.hi?.distractors?.[i] ?? (spec.distractors[i] as string))] : null;
  return optionsBody({ text: spec.text, texts, solution: spec.solution, rng, hi: spec.hi, hiTexts });
}

function multiBody(spec: MultiSpec, rng: Rng): Body {
  if (spec.options.length !== 4 || !spec.options.some((o) => o.correct)) {
    throw new Error(`multi spec needs four statements, one or more true: ${spec.text}`);
  }
  const order = rng.shuffle([0, 1, 2, 3]);
  const options = order.map((i, k) => ({ key: KEYS[k] as (typeof KEYS)[number], text: (spec.options[i] as MultiSpec['options'][number]).text }));
  const answer = order.flatMap((i, k) => ((spec.options[i] as MultiSpec['options'][number]).correct ? [KEYS[k] as string] : [])).join('');
  const keys = answer.split('').map((k) => `(${k})`).join(', ');
  const hiOptions = spec.hi?.options ? order.map((i) => spec.hi?.options?.[i] ?? (spec.options[i] as MultiSpec['options'][number]).text) : null;
  return {
    type: 'MULTI',
    text: spec.text,
    options,
    answer,
    tolerance: null,
    explanation: `${spec.solution}\n\n**Answer:** ${keys}`,
    hi: spec.hi ? { text: spec.hi.text, options: hindiOptions(options, hiOptions), explanation: `${spec.hi.solution}\n\n**उत्तर:** ${keys}` } : null,
  };
}

interface OptionsInput {
  text: string;
  /** The four option texts, correct first. */
  texts: string[];
  solution: string;
  rng: Rng;
  hi: HindiText | undefined;
  /** Hindi option texts in the order of `texts`, or null when they are the English ones. */
  hiTexts: string[] | null;
}

function optionsBody({ text, texts, solution, rng, hi, hiTexts }: OptionsInput): Body {
  const order = rng.shuffle([0, 1, 2, 3]);
  const options = order.map((i, k) => ({ key: KEYS[k] as (typeof KEYS)[number], text: texts[i] as string }));
  const answerKey = KEYS[order.indexOf(0)] as string;
  const hiOrdered = hiTexts ? order.map((i) => hiTexts[i] as string) : null;
  return {
    type: 'SINGLE',
    text,
    options,
    answer: answerKey,
    tolerance: null,
    explanation: `${solution}\n\n**Answer:** (${answerKey}) ${texts[0] as string}`,
    hi: hi ? { text: hi.text, options: hindiOptions(options, hiOrdered), explanation: `${hi.solution}\n\n**उत्तर:** (${answerKey}) ${hiTexts?.[0] ?? (texts[0])}` } : null,
  };
}
