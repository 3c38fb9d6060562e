import { describe, expect, it } from 'vitest';
import type { Concept } from '../schemas/content.ts';
import { auditContent } from './audit.ts';
import { instantiate } from './generators/framework.ts';
import { formula } from './generators/formula.ts';

const concept = (id: string): Concept => ({ id, name: id, subject: 'MATH', unit: 'M.U01', layer: 1, difficulty: 1, exam_weight: 0.1, description: '' });

describe('auditContent', () => {
  it('counts templates, difficulties, types, Hindi, realism failures and duplicates per concept', () => {
    const base = { subject: 'MATH' as const, unit: '', answer: (v: { a: number }) => v.a * 2, mistakes: (v: { a: number }) => [v.a, v.a * 3, v.a * 4], solution: () => '.', text: (v: { a: number }) => `Double ${v.a}.` };
    const withHindi = formula({ ...base, id: 't.a', concepts: ['M.A'], difficulty: 4, vars: { a: [1, 2] }, result: [0, 10], hi: { text: (v) => `${v.a} का दोगुना।`, solution: () => '.' } });
    const outOfRange = formula({ ...base, id: 't.b', concepts: ['M.A'], difficulty: 2, vars: { a: [50] }, result: [0, 10] });
    const audit = auditContent([concept('M.A'), concept('M.B')], [withHindi, outOfRange], [1, 2, 3, 4]);
    const a = audit.concepts.find((c) => c.concept === 'M.A')!;
    expect(a.templates).toBe(2);
    expect(a.difficulty).toEqual([0, 1, 0, 1, 0]);
    expect(a.instances).toBe(8);
    expect(a.hindi).toBe(4);
    expect(a.realismFailures).toBe(4);
    // t.a has two values (seed 4 poses the free-response form), t.b one: at most 5 distinct of 8.
    expect(a.duplicates).toBeGreaterThanOrEqual(3);
    expect(a.types.SINGLE + a.types.INTEGER + a.types.NUMERIC).toBe(8);
    // Usable: t.b's instances all fail realism, so only t.a's distinct questions count.
    const distinctA = new Set([1, 2, 3, 4].map((seed) => {
      const q = instantiate(withHindi, seed).question;
      return `${q.text}|${(q.options ?? []).map((o) => o.text).sort().join('|')}`;
    }));
    expect(a.usable).toBe(distinctA.size);
    expect(a.usable).toBeGreaterThan(0);
    expect(audit.seeds).toBe(4);
    expect(audit.candidates.every((c) => c.concept === 'M.A' && c.unit === 'M.U01' && c.difficulty === 4)).toBe(true);
    expect(audit.concepts.find((c) => c.concept === 'M.B')!.templates).toBe(0);
  });
});
