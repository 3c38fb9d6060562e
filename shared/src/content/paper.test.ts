import { describe, expect, it } from 'vitest';
import { assemblePaper, describePaper, JEE_ADVANCED, JEE_MAIN, type PaperCandidate } from './paper.ts';

const cand = (concept: string, unit: string, type: PaperCandidate['type'], difficulty = 3): PaperCandidate => ({ id: `${concept}-${type}-${difficulty}`, subject: 'MATH', concept, unit, type, difficulty });

describe('assemblePaper', () => {
  it('fills a JEE Main paper from 25 distinct concepts and spreads it over the units', () => {
    const pool = Array.from({ length: 30 }, (_, i) => [cand(`M.C${i}`, `M.U0${i % 5}`, 'SINGLE', 2), ...(i % 3 === 0 ? [cand(`M.C${i}`, `M.U0${i % 5}`, 'INTEGER', 2)] : [])]).flat();
    const fill = assemblePaper(pool, 'MATH', JEE_MAIN);
    expect(fill.short).toEqual([]);
    expect(fill.questions).toHaveLength(25);
    expect(new Set(fill.questions.map((q) => q.concept)).size).toBe(25);
    expect(fill.questions.filter((q) => q.type === 'INTEGER')).toHaveLength(5);
    expect(fill.units).toBe(5);
    expect(describePaper(fill, JEE_MAIN)).toMatch(/can fill; placed 25\/25 from 25 concepts over 5 of 5 units/);
  });

  it('re-routes a concept that could fill several slots instead of leaving a slot empty', () => {
    // M.A has both SINGLE and MULTI; M.B only SINGLE. A greedy fill giving M.A the SINGLE slot
    // first would leave MULTI empty; matching moves M.A to MULTI and M.B to SINGLE.
    const plan = { name: 'tiny', sections: [{ type: 'SINGLE' as const, count: 1, minDifficulty: 1 }, { type: 'MULTI' as const, count: 1, minDifficulty: 1 }] };
    const fill = assemblePaper([cand('M.A', 'M.U01', 'SINGLE'), cand('M.A', 'M.U01', 'MULTI'), cand('M.B', 'M.U02', 'SINGLE')], 'MATH', plan);
    expect(fill.short).toEqual([]);
    expect(fill.questions.map((q) => `${q.concept}:${q.type}`)).toEqual(['M.B:SINGLE', 'M.A:MULTI']);
  });

  it('leaves no repeated unit on the paper while an unused concept of an uncovered unit could take that question', () => {
    const types = ['SINGLE', 'MULTI', 'NUMERIC', 'INTEGER'] as const;
    let x = 7;
    const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 20; round++) {
      const pool: PaperCandidate[] = [];
      for (let c = 0; c < 40; c++) for (const t of types) if (next() < 0.45) pool.push(cand(`M.C${c}`, `M.U${Math.floor(next() * 14)}`, t, 3));
      // One unit per concept: the first candidate's unit names it.
      const unitOf = new Map<string, string>();
      for (const q of pool) if (!unitOf.has(q.concept)) unitOf.set(q.concept, q.unit);
      const fixed = pool.map((q) => ({ ...q, unit: unitOf.get(q.concept)! }));
      const fill = assemblePaper(fixed, 'MATH', JEE_ADVANCED);
      const used = new Set(fill.questions.map((q) => q.concept));
      const unitCount = new Map<string, number>();
      for (const q of fill.questions) unitCount.set(q.unit, (unitCount.get(q.unit) ?? 0) + 1);
      for (const q of fill.questions) {
        if (unitCount.get(q.unit)! < 2) continue;
        const alternative = fixed.find((c) => !used.has(c.concept) && !unitCount.has(c.unit) && c.type === q.type && c.difficulty >= 3);
        expect(alternative).toBeUndefined();
      }
      expect(new Set(fill.questions.map((q) => q.concept)).size).toBe(fill.questions.length);
    }
  });

  it('says which type is short, and ignores questions below the section difficulty or of another subject', () => {
    const pool = [
      ...Array.from({ length: 10 }, (_, i) => cand(`M.S${i}`, 'M.U01', 'SINGLE')),
      ...Array.from({ length: 6 }, (_, i) => cand(`M.N${i}`, 'M.U02', 'NUMERIC')),
      ...Array.from({ length: 3 }, (_, i) => cand(`M.I${i}`, 'M.U03', 'INTEGER')),
      cand('M.M0', 'M.U04', 'MULTI'),
      cand('M.M1', 'M.U04', 'MULTI', 2),
      { ...cand('P.M2', 'P.U01', 'MULTI'), subject: 'PHYSICS' as const },
    ];
    const fill = assemblePaper(pool, 'MATH', JEE_ADVANCED);
    expect(fill.short).toEqual([{ type: 'MULTI', need: 3, placed: 1 }]);
    expect(describePaper(fill, JEE_ADVANCED)).toMatch(/CANNOT fill, short: MULTI 1 of 3/);
    expect(fill.questions).toHaveLength(11);
  });
});
