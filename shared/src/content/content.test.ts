import { describe, expect, it } from 'vitest';
import { questionSchema } from '../schemas/content.ts';
import { validateGraph } from '../engine/graph.ts';
import { buildQuestionBank } from './bank.ts';
import { checkContentGraph, loadContentGraph } from './content-graph.ts';
import { computeCoverage } from './coverage.ts';
import { GENERATORS, generateQuestion } from './generators/registry.ts';
import { loadJeebenchMapping, loadJeebenchQuestions, loadJeebenchRecords } from './jeebench/load.ts';
import { jeebenchQuestionId, normaliseJeebenchAnswer, splitOptions } from './jeebench/convert.ts';

const graph = loadContentGraph();
const conceptIds = new Set(graph.concepts.map((c) => c.id));

describe('knowledge graph', () => {
  it('has at least 250 concepts over 14 + 20 + 20 syllabus units', () => {
    expect(graph.concepts.length).toBeGreaterThanOrEqual(250);
    expect(graph.units.map((u) => u.subject).filter((s) => s === 'MATH')).toHaveLength(14);
    expect(graph.units.filter((u) => u.subject === 'PHYSICS')).toHaveLength(20);
    expect(graph.units.filter((u) => u.subject === 'CHEMISTRY')).toHaveLength(20);
  });
  it("passes the engine's graph validation", () => {
    expect(validateGraph(graph.concepts, graph.prerequisites)).toEqual({ ok: true });
  });
  it('passes the content rules: no orphans, units reachable from layer 1, weights ≈ 1', () => {
    expect(checkContentGraph(graph)).toEqual([]);
  });
  it('the content rules catch an orphan and an unreachable unit', () => {
    const orphan = { ...graph.concepts[0]!, id: 'M.ORPHAN', layer: 2 };
    const errors = checkContentGraph({ ...graph, concepts: [...graph.concepts, orphan] });
    expect(errors).toContain('M.ORPHAN: orphan (no prerequisite edges)');
    expect(errors).toContain('M.ORPHAN: not reachable from any layer-1 concept');
  });
  it('includes cross-subject prerequisite edges (calculus → kinematics, logarithms → pH)', () => {
    const has = (c: string, p: string) => graph.prerequisites.some((e) => e.concept_id === c && e.prerequisite_id === p);
    expect(has('P.KIN.GRAPHS', 'M.DERIV.RULES')).toBe(true);
    expect(has('C.EQ.PH', 'M.FUNC.EXPLOG')).toBe(true);
    expect(has('P.KIN.VECTORS', 'M.VEC.BASICS')).toBe(true);
  });
});

describe('JEEBench import', () => {
  const records = loadJeebenchRecords();
  const questions = loadJeebenchQuestions();
  it('converts all 515 records into schema-valid questions with unique stable ids', () => {
    expect(questions).toHaveLength(515);
    for (const q of questions) expect(questionSchema.safeParse(q).success).toBe(true);
    expect(new Set(questions.map((q) => q.id)).size).toBe(515);
    expect(jeebenchQuestionId({ description: 'JEE Adv 2016 Paper 1', index: 6 })).toBe('jb-2016-1-6');
  });
  it('maps every question to valid concepts through the reviewed mapping', () => {
    const mapping = loadJeebenchMapping();
    expect(Object.keys(mapping).sort()).toEqual(records.map(jeebenchQuestionId).sort());
    const bad = questions.filter((q) => !conceptIds.has(q.primary_concept_id) || q.secondary_concept_ids.some((c) => !conceptIds.has(c)));
    expect(bad.map((q) => q.id)).toEqual([]);
  });
  it('splits the inline options of every choice question', () => {
    const unsplit = records.filter((r) => (r.type === 'MCQ' || r.type === 'MCQ(multiple)') && !splitOptions(r.question));
    expect(unsplit.map(jeebenchQuestionId)).toEqual([]);
    const first = questions.find((q) => q.id === 'jb-2016-1-1')!;
    expect(first.options?.map((o) => o.text)).toEqual(['$6.0 \\times 10^{-34}$', '$6.4 \\times 10^{-34}$', '$6.6 \\times 10^{-34}$', '$6.8 \\times 10^{-34}$']);
    expect(first.text.endsWith('found from such an experiment is')).toBe(true);
  });
  it('normalises answer keys and types', () => {
    expect(normaliseJeebenchAnswer('MULTI', 'DBA')).toBe('ABD');
    expect(normaliseJeebenchAnswer('INTEGER', '9')).toBe('9');
    expect(normaliseJeebenchAnswer('NUMERIC', '4.470')).toBe('4.47');
    const numeric = questions.filter((q) => q.type === 'NUMERIC');
    expect(numeric.length).toBe(137);
    expect(numeric.every((q) => q.tolerance === 0.01 && Number.isFinite(Number(q.answer)))).toBe(true);
    expect(questions.filter((q) => q.type === 'MULTI').every((q) => /^A?B?C?D?$/.test(q.answer) && q.answer.length >= 1)).toBe(true);
    expect(questions.every((q) => q.source === `JEE Advanced ${q.year}`)).toBe(true);
  });
});

describe('question bank', () => {
  const bank = buildQuestionBank();
  const coverage = computeCoverage(graph.units, graph.concepts, bank);
  it('has at least 3,000 distinct items, all schema-valid with unique ids', () => {
    expect(coverage.totals.distinct).toBeGreaterThanOrEqual(3000);
    expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
    for (const q of bank) expect(questionSchema.safeParse(q).success).toBe(true);
  });
  it('gives every concept at least 8 questions where it is the primary concept', () => {
    const thin = Object.entries(coverage.perConcept).filter(([, n]) => n < 8);
    expect(thin).toEqual([]);
  });
  it('every generator names known concepts, and its id is stable in instance ids', () => {
    for (const g of GENERATORS) for (const c of g.concepts) expect(conceptIds.has(c), `${g.id} → ${c}`).toBe(true);
    expect(new Set(GENERATORS.map((g) => g.id)).size).toBe(GENERATORS.length);
    expect(generateQuestion('m.quad.roots', 7)?.question.id).toBe('gen-m.quad.roots-7');
    expect(generateQuestion('no.such.generator', 1)).toBeNull();
  });
  it('regenerates an instance identically from (id, seed) alone', () => {
    for (const q of bank.filter((x) => x.generator).slice(0, 400)) {
      expect(generateQuestion(q.generator!.id, q.generator!.seed)?.question).toEqual(q);
    }
  });
  it('is deterministic', () => {
    expect(JSON.stringify(buildQuestionBank())).toBe(JSON.stringify(bank));
  });
});
