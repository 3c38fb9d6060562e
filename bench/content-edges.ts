/**
 * Recomputes every prerequisite edge's weight and transfer from its evidence (edgeStrength):
 * which generators of the dependent use the prerequisite and which JEEBench questions need both.
 * Prints the distribution; `--write` rewrites content/prerequisites.json in place.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadContentGraph } from '../shared/src/content/content-graph.ts';
import { RAW_CONTENT } from '../shared/src/content/data-files.ts';
import { edgeStrength } from '../shared/src/content/edge-strength.ts';
import { GENERATORS } from '../shared/src/content/generators/registry.ts';

const graph = loadContentGraph();
const byId = new Map(graph.concepts.map((c) => [c.id, c]));
const mapping = (RAW_CONTENT.mapping as { mapping: Record<string, { primary: string; secondary: string[] }> }).mapping;
const tags = Object.values(mapping).map((m) => new Set([m.primary, ...m.secondary]));

const next = graph.prerequisites.map((e) => {
  const generatorUses = GENERATORS.filter((g) => g.concepts[0] === e.concept_id && g.concepts.includes(e.prerequisite_id)).length;
  const examUses = tags.filter((t) => t.has(e.concept_id) && t.has(e.prerequisite_id)).length;
  const s = edgeStrength(e, byId.get(e.concept_id)!, byId.get(e.prerequisite_id)!, { generatorUses, examUses });
  return { ...e, ...s };
});
const pairs = new Set(next.map((e) => `${e.criticality} ${e.weight}/${e.transfer}`));
console.log(`edges: ${next.length}, HARD ${next.filter((e) => e.criticality === 'HARD').length}, SOFT ${next.filter((e) => e.criticality === 'SOFT').length}`);
console.log(`distinct weight/transfer pairs: ${pairs.size}`);
console.log(`edges used by a generator solution: ${next.filter((e) => GENERATORS.some((g) => g.concepts[0] === e.concept_id && g.concepts.includes(e.prerequisite_id))).length}`);
if (process.argv.includes('--write')) {
  const path = new URL('../content/prerequisites.json', import.meta.url);
  const indent = /\n( +)\{/.exec(readFileSync(path, 'utf8'))?.[1]?.length ?? 1;
  writeFileSync(path, `${JSON.stringify(next, null, indent)}\n`);
  console.log('wrote content/prerequisites.json');
}
