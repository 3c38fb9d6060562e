import type { Question } from '../schemas/content.ts';
import { instantiate } from './generators/framework.ts';
import { GENERATORS } from './generators/registry.ts';
import type { GeneratorDef } from './generators/types.ts';
import { loadJeebenchQuestions } from './jeebench/load.ts';

export interface BankOptions {
  /** Distinct generated instances wanted per generator (default 12). */
  perGenerator?: number;
  /** Seeds tried per generator before giving up on reaching `perGenerator` (default 4×). */
  maxSeeds?: number;
  generators?: readonly GeneratorDef[];
}

/** Seeds 1, 2, 3, … of one generator, skipping instances that repeat an earlier text and options. */
export function distinctGeneratedQuestions(def: GeneratorDef, perGenerator: number, maxSeeds: number): Question[] {
  const seen = new Set<string>();
  const out: Question[] = [];
  for (let seed = 1; seed <= maxSeeds && out.length < perGenerator; seed++) {
    const q = instantiate(def, seed).question;
    const key = JSON.stringify([q.text, q.options]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(q);
  }
  return out;
}

/**
 * The full question bank: every JEEBench question plus distinct generated instances per generator.
 * Pure and deterministic, so the seed step and a device build the same bank.
 */
export function buildQuestionBank(options: BankOptions = {}): Question[] {
  const per = options.perGenerator ?? 12;
  const maxSeeds = options.maxSeeds ?? per * 4;
  const generated = (options.generators ?? GENERATORS).flatMap((g) => distinctGeneratedQuestions(g, per, maxSeeds));
  return [...loadJeebenchQuestions(), ...generated];
}
