/**
 * Prints syllabus coverage of the question bank (per unit, per subject, in total) and whether the
 * bank fills a JEE Main and a JEE Advanced paper per subject. Exits 1 if a floor is missed.
 */
import { buildQuestionBank } from '../shared/src/content/bank.ts';
import { checkContentGraph, loadContentGraph } from '../shared/src/content/content-graph.ts';
import { computeCoverage } from '../shared/src/content/coverage.ts';
import { GENERATORS } from '../shared/src/content/generators/registry.ts';
import { assemblePaper, describePaper, JEE_ADVANCED, JEE_MAIN, type PaperCandidate } from '../shared/src/content/paper.ts';

const graph = loadContentGraph();
const bank = buildQuestionBank();
const cov = computeCoverage(graph.units, graph.concepts, bank);
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const num = (s: string | number, n: number) => String(s).padStart(n);

console.log(`${pad('unit', 7)} ${pad('title', 56)} ${num('concepts', 8)} ${num('real', 5)} ${num('generated', 9)} ${num('min/concept', 11)}`);
for (const u of cov.units) {
  console.log(`${pad(u.unit, 7)} ${pad(u.title.slice(0, 56), 56)} ${num(u.concepts, 8)} ${num(u.real, 5)} ${num(u.generated, 9)} ${num(u.minPerConcept, 11)}`);
}
for (const [s, v] of Object.entries(cov.subjects)) {
  console.log(`subject ${s}: units ${v.units}, concepts ${v.concepts}, real ${v.real}, generated ${v.generated}`);
}
const thin = Object.entries(cov.perConcept).filter(([, n]) => n < 8);
console.log(`generators: ${GENERATORS.length}`);
console.log(`prerequisite edges: ${graph.prerequisites.length} (cross-subject ${graph.prerequisites.filter((e) => e.concept_id[0] !== e.prerequisite_id[0]).length})`);
console.log(`total: concepts ${cov.totals.concepts}, questions ${cov.totals.questions} (real ${cov.totals.real}, generated ${cov.totals.generated}), distinct ${cov.totals.distinct}`);
console.log(`concepts with < 8 questions: ${thin.length}${thin.length ? ` (${thin.map(([c]) => c).join(', ')})` : ''}`);
// A paper of a subject is assembled from that subject's concepts (a few JEEBench Chemistry items
// are tagged with a Physics concept, e.g. nuclear decay).
const conceptOf = new Map(graph.concepts.map((c) => [c.id, c]));
const unitOf = new Map(graph.concepts.map((c) => [c.id, c.unit]));
const candidates: PaperCandidate[] = bank.map((q) => ({ id: q.id, subject: conceptOf.get(q.primary_concept_id)?.subject ?? q.subject, concept: q.primary_concept_id, unit: unitOf.get(q.primary_concept_id) ?? '', type: q.type, difficulty: q.difficulty }));
let papersShort = 0;
for (const subject of ['MATH', 'PHYSICS', 'CHEMISTRY'] as const) {
  for (const blueprint of [JEE_MAIN, JEE_ADVANCED]) {
    const fill = assemblePaper(candidates, subject, blueprint);
    if (fill.short.length > 0) papersShort += 1;
    console.log(describePaper(fill, blueprint));
  }
}
const problems = checkContentGraph(graph);
console.log(`content graph problems: ${problems.length}`);
if (thin.length || papersShort || problems.length || cov.totals.distinct < 3000) process.exitCode = 1;
