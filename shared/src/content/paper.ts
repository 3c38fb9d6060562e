import type { QuestionType, Subject } from '../schemas/content.ts';

/** One section of a paper: `count` questions of one type, each at least `minDifficulty`. */
export interface PaperSection {
  type: QuestionType;
  count: number;
  minDifficulty: number;
}

export interface PaperBlueprint {
  name: string;
  /** Per subject. Every question of a paper comes from a different concept. */
  sections: readonly PaperSection[];
}

/** JEE Main per subject: 20 single-correct MCQs (section A) and 5 integer numericals (section B). */
export const JEE_MAIN: PaperBlueprint = {
  name: 'JEE Main',
  sections: [
    { type: 'SINGLE', count: 20, minDifficulty: 1 },
    { type: 'INTEGER', count: 5, minDifficulty: 1 },
  ],
};

/**
 * JEE Advanced per subject, at the low end of recent papers' ranges (4–6 single-correct, 3–4
 * multi-correct, 4–6 numericals to two decimals, 2–4 integers), every question at difficulty 3
 * or more.
 */
export const JEE_ADVANCED: PaperBlueprint = {
  name: 'JEE Advanced',
  sections: [
    { type: 'SINGLE', count: 4, minDifficulty: 3 },
    { type: 'MULTI', count: 3, minDifficulty: 3 },
    { type: 'NUMERIC', count: 4, minDifficulty: 3 },
    { type: 'INTEGER', count: 2, minDifficulty: 3 },
  ],
};

/** A question the bank could put on a paper. */
export interface PaperCandidate {
  id: string;
  subject: Subject;
  concept: string;
  unit: string;
  type: QuestionType;
  difficulty: number;
}

export interface PaperFill {
  blueprint: string;
  subject: Subject;
  /** The questions placed, in section order. */
  questions: PaperCandidate[];
  /** Sections not filled: how many questions of that type were needed and how many were placed. */
  short: { type: QuestionType; need: number; placed: number }[];
  /** Distinct units the placed questions come from, of the subject's units with any candidate. */
  units: number;
  unitsAvailable: number;
}

/**
 * Assembles one paper of `subject` from `candidates`: every slot gets a question of its type and
 * difficulty from a concept not used elsewhere on the paper (maximum bipartite matching of slots
 * to concepts by augmenting paths, so a concept that could fill several slots never blocks a
 * fillable paper). Concepts are tried unit by unit in rotation, then a placed question whose unit
 * repeats moves to a concept of a unit not yet on the paper when one fits, so the paper spreads
 * over the syllabus. Pure.
 */
export function assemblePaper(candidates: readonly PaperCandidate[], subject: Subject, blueprint: PaperBlueprint): PaperFill {
  const mine = candidates.filter((c) => c.subject === subject);
  const byConcept = new Map<string, PaperCandidate[]>();
  for (const c of mine) byConcept.set(c.concept, [...(byConcept.get(c.concept) ?? []), c]);
  // Rotation over units: the first concept of every unit, then the second of every unit, …
  const byUnit = new Map<string, string[]>();
  for (const [concept, list] of [...byConcept].sort(([a], [b]) => a.localeCompare(b))) {
    const unit = (list[0] as PaperCandidate).unit;
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), concept]);
  }
  const order: string[] = [];
  for (let i = 0; order.length < byConcept.size; i++) for (const list of byUnit.values()) if (list[i]) order.push(list[i] as string);

  const slots = blueprint.sections.flatMap((s) => Array.from({ length: s.count }, () => s));
  const fits = (concept: string, s: PaperSection) => byConcept.get(concept)?.find((c) => c.type === s.type && c.difficulty >= s.minDifficulty);
  const holder = new Map<string, number>(); // concept → slot index
  const place = (slot: number, visited: Set<string>): boolean => {
    for (const concept of order) {
      if (visited.has(concept) || !fits(concept, slots[slot] as PaperSection)) continue;
      visited.add(concept);
      const other = holder.get(concept);
      if (other === undefined || place(other, visited)) {
        holder.set(concept, slot);
        return true;
      }
    }
    return false;
  };
  slots.forEach((_, i) => place(i, new Set()));
  spreadUnits(holder, slots, order, fits, (concept) => (byConcept.get(concept)?.[0] as PaperCandidate).unit);

  const bySlot = new Map([...holder].map(([concept, slot]) => [slot, concept]));
  const questions: PaperCandidate[] = [];
  const placed = new Map<QuestionType, number>();
  slots.forEach((s, i) => {
    const concept = bySlot.get(i);
    if (concept === undefined) return;
    questions.push(fits(concept, s) as PaperCandidate);
    placed.set(s.type, (placed.get(s.type) ?? 0) + 1);
  });
  const short = blueprint.sections.flatMap((s) => {
    const got = Math.min(s.count, placed.get(s.type) ?? 0);
    placed.set(s.type, (placed.get(s.type) ?? 0) - got);
    return got < s.count ? [{ type: s.type, need: s.count, placed: got }] : [];
  });
  return { blueprint: blueprint.name, subject, questions, short, units: new Set(questions.map((q) => q.unit)).size, unitsAvailable: byUnit.size };
}

/**
 * Moves placed slots onto unused concepts of units the paper does not cover yet, while their
 * current unit appears more than once (the matching stays valid: each move keeps one concept per
 * slot and one slot per concept).
 */
function spreadUnits(holder: Map<string, number>, slots: readonly PaperSection[], order: readonly string[], fits: (concept: string, s: PaperSection) => unknown, unitOf: (concept: string) => string): void {
  const uses = new Map<string, number>();
  for (const concept of holder.keys()) uses.set(unitOf(concept), (uses.get(unitOf(concept)) ?? 0) + 1);
  for (const [concept, slot] of [...holder]) {
    if ((uses.get(unitOf(concept)) ?? 0) < 2) continue;
    const better = order.find((c) => !holder.has(c) && !uses.get(unitOf(c)) && fits(c, slots[slot] as PaperSection));
    if (better === undefined) continue;
    holder.delete(concept);
    holder.set(better, slot);
    uses.set(unitOf(concept), (uses.get(unitOf(concept)) ?? 0) - 1);
    uses.set(unitOf(better), 1);
  }
}

/** One line for a report: `JEE Main MATH: filled 25/25 …` or what is short. */
export function describePaper(fill: PaperFill, blueprint: PaperBlueprint): string {
  const need = blueprint.sections.reduce((a, s) => a + s.count, 0);
  const plan = blueprint.sections.map((s) => `${s.count} ${s.type}${s.minDifficulty > 1 ? ` d>=${s.minDifficulty}` : ''}`).join(' + ');
  const verdict = fill.short.length === 0 ? 'can fill' : `CANNOT fill, short: ${fill.short.map((s) => `${s.type} ${s.placed} of ${s.need}`).join(', ')}`;
  return `paper ${fill.blueprint} ${fill.subject} (${plan}, distinct concepts): ${verdict}; placed ${fill.questions.length}/${need} from ${new Set(fill.questions.map((q) => q.concept)).size} concepts over ${fill.units} of ${fill.unitsAvailable} units`;
}
