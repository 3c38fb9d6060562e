import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUBJECTS } from '../../schemas/content.ts';
import { createEngineContext } from '../state/context.ts';
import { foldStudent, masteryMap } from '../state/student-state.ts';
import { planDay } from '../schedule/day-plan.ts';
import { syntheticAttempts, syntheticContent } from '../testing/synthetic.ts';
import { apportion, assembleBenchmark, JEE_MAIN_BLUEPRINT } from './benchmark.ts';
import { assembleDiagnostic } from './diagnostic.ts';
import { fisherInformation } from './information.ts';
import { assembleWeeklyTest, type WeeklyPattern } from './weekly.ts';
import { hlcWallMs } from '../hlc.ts';

const content = syntheticContent(5, 90, 12);
const ctx = createEngineContext(content);
const events = syntheticAttempts(content, 'stu', 300, 9);
const state = foldStudent(ctx, 'stu', events);
const NOW = hlcWallMs(events[events.length - 1]!.hlc) + 86_400_000;
const byId = new Map(content.questions.map((q) => [q.id, q]));

describe('fisherInformation', () => {
  it('peaks near p = 0.5 without guessing, higher with guessing; zero at or below chance', () => {
    expect(fisherInformation(0.5, 'INTEGER')).toBeGreaterThan(fisherInformation(0.9, 'INTEGER'));
    expect(fisherInformation(0.5, 'INTEGER')).toBeGreaterThan(fisherInformation(0.1, 'INTEGER'));
    expect(fisherInformation(0.2, 'SINGLE')).toBe(0);
    expect(fisherInformation(0.7, 'SINGLE')).toBeGreaterThan(fisherInformation(0.4, 'SINGLE'));
  });

  it('property: non-negative and finite', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('SINGLE', 'MULTI', 'INTEGER', 'NUMERIC' as const), (p, t) => {
        const i = fisherInformation(p, t);
        expect(i).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(i)).toBe(true);
      }),
    );
  });
});

describe('assembleDiagnostic', () => {
  it('covers layer-1 concepts of all three subjects, balanced, deterministically', () => {
    const ids = assembleDiagnostic(content.concepts, content.questions, { size: 18 });
    expect(ids).toHaveLength(18);
    expect(new Set(ids).size).toBe(18);
    const concepts = ids.map((id) => byId.get(id)!.primary_concept_id);
    expect(new Set(concepts).size).toBe(18);
    for (const c of concepts) expect(content.concepts.find((x) => x.id === c)!.layer).toBe(1);
    for (const s of SUBJECTS) expect(ids.filter((id) => byId.get(id)!.subject === s)).toHaveLength(6);
    expect(assembleDiagnostic(content.concepts, content.questions, { size: 18 })).toEqual(ids);
  });

  it('stops when layer-1 concepts run out', () => {
    const layer1 = content.concepts.filter((c) => c.layer === 1).length;
    expect(assembleDiagnostic(content.concepts, content.questions, { size: 1000 })).toHaveLength(layer1);
  });
});

describe('assembleWeeklyTest', () => {
  const recent = content.questions.filter((_, i) => i % 4 === 0).map((q) => q.id);
  const build = (seed: number) => assembleWeeklyTest(ctx, state, content.questions, { nowMs: NOW, seed, recentQuestionIds: recent });

  it('has 25 distinct questions, none recent, subjects balanced within one', () => {
    const test = build(1);
    expect(test).toHaveLength(25);
    expect(new Set(test.map((t) => t.questionId)).size).toBe(25);
    for (const t of test) expect(recent).not.toContain(t.questionId);
    const counts = SUBJECTS.map((s) => test.filter((t) => t.subject === s).length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(new Set(test.map((t) => t.reason)).size).toBeGreaterThan(1);
  });

  it('is deterministic for a seed and varies across seeds', () => {
    expect(build(42)).toEqual(build(42));
    expect(build(42).map((t) => t.questionId)).not.toEqual(build(43).map((t) => t.questionId));
  });

  it('picks, per concept, the unseen question with the most information', () => {
    for (const item of build(3)) {
      const others = content.questions.filter((q) => q.primary_concept_id === item.conceptId && !recent.includes(q.id));
      expect(others.length).toBeGreaterThan(0);
      expect(item.information).toBeGreaterThanOrEqual(0);
    }
  });

  it('property: any seed gives a valid test', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const test = build(seed);
        expect(test).toHaveLength(25);
        expect(new Set(test.map((t) => t.questionId)).size).toBe(25);
        for (const t of test) expect(byId.get(t.questionId)!.primary_concept_id).toBe(t.conceptId);
      }),
      { numRuns: 15 },
    );
  });
});

describe('weekly paper shaped like the exam it names', () => {
  const q = new Map(content.questions.map((x) => [x.id, x]));
  const paper = (seed: number, pattern?: WeeklyPattern, size?: number) =>
    assembleWeeklyTest(ctx, state, content.questions, { nowMs: NOW, seed, ...(pattern ? { pattern } : {}), ...(size ? { size } : {}) }).map((t) => q.get(t.questionId)!);
  const isWhole = (answer: string) => Number.isInteger(Number(answer));

  it('JEE Main by default: 20 single-correct + 5 numericals with whole-number keys, 4 : 1 in every subject', () => {
    const p = paper(11);
    expect(p).toHaveLength(25);
    expect(p.filter((x) => x.type === 'SINGLE')).toHaveLength(20);
    const numericals = p.filter((x) => x.type === 'INTEGER' || x.type === 'NUMERIC');
    expect(numericals).toHaveLength(5);
    for (const x of numericals) expect(isWhole(x.answer), `${x.id} key ${x.answer}`).toBe(true);
    expect(p.some((x) => x.type === 'MULTI')).toBe(false);
    for (const s of SUBJECTS) {
      const mine = p.filter((x) => x.subject === s);
      const num = mine.filter((x) => x.type !== 'SINGLE').length;
      // 4 : 1 within a question: a third of 5 numericals is 1 or 2.
      expect(Math.abs(num - mine.length / 5)).toBeLessThanOrEqual(1);
    }
  });

  it('a NUMERIC question fills a Main slot only when its key is a whole number, and only if the key is known', () => {
    const bank = content.questions.map((x) => (x.type === 'NUMERIC' ? { ...x, answer: '7' } : x));
    const withKeys = assembleWeeklyTest(ctx, state, bank, { nowMs: NOW, seed: 4 }).map((t) => bank.find((b) => b.id === t.questionId)!);
    for (const x of withKeys) if (x.type === 'NUMERIC') expect(x.answer).toBe('7');
    const noKeys = content.questions.map(({ answer: _drop, ...rest }) => rest);
    const blind = assembleWeeklyTest(ctx, state, noKeys, { nowMs: NOW, seed: 4 }).map((t) => q.get(t.questionId)!);
    expect(blind.some((x) => x.type === 'NUMERIC')).toBe(false);
  });

  it('JEE Advanced only when asked: single, multi-correct, integer and two-decimal numericals', () => {
    const p = paper(11, 'JEE_ADVANCED');
    expect(p).toHaveLength(25);
    const count = (t: string) => p.filter((x) => x.type === t).length;
    expect(count('SINGLE')).toBeGreaterThan(0);
    expect(count('MULTI')).toBeGreaterThan(0);
    expect(count('INTEGER')).toBeGreaterThan(0);
    expect(count('NUMERIC')).toBeGreaterThan(0);
  });

  it('property: any seed and size keeps the Main ratio and never leaves the pattern', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 5, max: 30 }), (seed, size) => {
        const p = paper(seed, 'JEE_MAIN', size);
        expect(p).toHaveLength(size);
        expect(new Set(p.map((x) => x.id)).size).toBe(size);
        for (const x of p) expect(x.type === 'SINGLE' || ((x.type === 'INTEGER' || x.type === 'NUMERIC') && isWhole(x.answer))).toBe(true);
        expect(p.filter((x) => x.type !== 'SINGLE')).toHaveLength(apportion([0.8, 0.2], size)[1]!);
      }),
      { numRuns: 20 },
    );
  });
});

describe('assembleBenchmark', () => {
  const big = syntheticContent(6, 90, 30);
  const bigWeight = new Map(big.concepts.map((c) => [c.id, c.exam_weight]));

  it('follows the JEE Main blueprint: per subject 20 single-correct + 5 numerical', () => {
    const paper = assembleBenchmark(JEE_MAIN_BLUEPRINT, big.questions, bigWeight, 1);
    expect(paper.shortfalls).toEqual([]);
    const q = new Map(big.questions.map((x) => [x.id, x]));
    const all = paper.sections.flatMap((s) => s.questionIds);
    expect(all).toHaveLength(75);
    expect(new Set(all).size).toBe(75);
    paper.sections.forEach((s, i) => {
      const bp = JEE_MAIN_BLUEPRINT.sections[i]!;
      expect(s.questionIds).toHaveLength(bp.count);
      for (const id of s.questionIds) {
        expect(q.get(id)!.subject).toBe(bp.subject);
        expect(bp.types).toContain(q.get(id)!.type);
      }
    });
    expect(assembleBenchmark(JEE_MAIN_BLUEPRINT, big.questions, bigWeight, 1)).toEqual(paper);
  });

  it('excludes earlier papers and reports shortfalls instead of failing', () => {
    const small = syntheticContent(8, 30, 5);
    const w = new Map(small.concepts.map((c) => [c.id, c.exam_weight]));
    const first = assembleBenchmark(JEE_MAIN_BLUEPRINT, small.questions, w, 2);
    const used = first.sections.flatMap((s) => s.questionIds);
    const second = assembleBenchmark(JEE_MAIN_BLUEPRINT, small.questions, w, 2, used);
    expect(used.length).toBeGreaterThan(0);
    for (const id of second.sections.flatMap((s) => s.questionIds)) expect(used).not.toContain(id);
    expect(second.shortfalls.length).toBeGreaterThan(0);
  });

  it('property: apportion sums to the total and follows the weights', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 1, maxLength: 20 }), fc.integer({ min: 0, max: 50 }), (w, total) => {
        const out = apportion(w, total);
        expect(out.reduce((a, b) => a + b, 0)).toBe(total);
        const sum = w.reduce((a, b) => a + b, 0);
        out.forEach((n, i) => expect(Math.abs(n - (w[i]! / sum) * total)).toBeLessThan(1 + 1e-9));
      }),
    );
  });
});

describe('weekly test follows the day plan', () => {
  it("every due review and new concept of today's plan is a candidate with the plan's reason", () => {
    const plan = planDay(ctx, state, { nowMs: NOW, daysToExam: 120, budgetMinutes: 120 });
    const bank = content.questions.map((q) => ({ ...q }));
    const items = assembleWeeklyTest(ctx, state, bank, { nowMs: NOW, seed: 5, size: 60, daysToExam: 120, budgetMinutes: 120 });
    const reasons = new Map(items.map((i) => [i.conceptId, i.reason]));
    const mastery = masteryMap(ctx, state);
    const inPaper = plan.items.filter((i) => reasons.has(i.conceptId));
    expect(inPaper.length).toBeGreaterThan(0);
    for (const i of inPaper) {
      const expected = (mastery.get(i.conceptId) ?? 0) < 0.6 && state.cards.has(i.conceptId) ? 'WEAK_SPOT' : i.kind === 'new' ? 'NEW_CONCEPT' : 'DUE_REVIEW';
      expect(reasons.get(i.conceptId)).toBe(expected);
    }
  });
});
