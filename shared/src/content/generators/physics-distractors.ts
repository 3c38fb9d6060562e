import type { GeneratorDef, NumericSpec } from './types.ts';

/** Scalings a careless solver produces (a factor 2 or ½ slipped), none of which changes sign. */
const SAFE_SCALINGS = [2, 0.5, 1.5, 4, 0.25, 3] as const;

/**
 * Keeps every distractor of a non-negative quantity non-negative. For a numeric spec whose
 * declared realistic range starts at or above zero (a distance, a speed, an energy taken up…),
 * negative mistake values are dropped and sign-preserving scalings are queued behind the named
 * mistakes, so the framework never has to fall back to the sign-flipped answer.
 */
export function physicalDistractors(gens: readonly GeneratorDef[]): GeneratorDef[] {
  return gens.map((g) => ({
    ...g,
    build(rng) {
      const spec = g.build(rng);
      if (spec.kind !== 'numeric' || spec.result === undefined || spec.result[0] < 0) return spec;
      const mistakes = spec.mistakes.filter((m) => !(m < 0));
      const guarded: NumericSpec = { ...spec, mistakes: [...mistakes, ...SAFE_SCALINGS.map((f) => spec.value * f)] };
      return guarded;
    },
  }));
}
