/**
 * Content audit: per concept the templates, difficulty histogram, question types, Hindi coverage,
 * realism failures, duplicates and distinct usable questions; a summary per subject; whether each
 * subject's generated questions fill a JEE Main and a JEE Advanced paper; the gzipped size of the
 * content code that ships to the device; last line `audit: …`. Exits non-zero below the floors.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { buildQuestionBank } from '../shared/src/content/bank.ts';
import { auditContent, MIN_AUDIT_SEEDS, USABLE_FLOOR, type ConceptAudit } from '../shared/src/content/audit.ts';
import { loadContentGraph } from '../shared/src/content/content-graph.ts';
import { GENERATORS } from '../shared/src/content/generators/registry.ts';
import { assemblePaper, describePaper, JEE_ADVANCED, JEE_MAIN } from '../shared/src/content/paper.ts';

// AUDIT_SEEDS may raise the seed count, never lower it below the realism floor.
const SEEDS = Array.from({ length: Math.max(MIN_AUDIT_SEEDS, Number(process.env.AUDIT_SEEDS ?? 0) || 0) }, (_, i) => i + 1);
const graph = loadContentGraph();
const audit = auditContent(graph.concepts, GENERATORS, SEEDS);
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const rnum = (s: string | number, n: number) => String(s).padStart(n);
const pct = (a: number, b: number) => (b === 0 ? 0 : Math.round((1000 * a) / b) / 10);

console.log(`seeds per generator: ${audit.seeds} (types, Hindi, realism, duplicates and usable questions are counted over them)`);
console.log(`${pad('concept', 18)} ${rnum('tmpl', 4)} ${pad('difficulty 1-5', 15)} ${pad('types S/M/I/N', 19)} ${rnum('hindi%', 6)} ${rnum('realism', 7)} ${rnum('dups', 4)} ${rnum('usable', 6)}`);
for (const c of audit.concepts) {
  const t = c.types;
  console.log(
    `${pad(c.concept, 18)} ${rnum(c.templates, 4)} ${pad(c.difficulty.join('/'), 15)} ${pad(`${t.SINGLE}/${t.MULTI}/${t.INTEGER}/${t.NUMERIC}`, 19)} ${rnum(pct(c.hindi, c.instances), 6)} ${rnum(c.realismFailures, 7)} ${rnum(c.duplicates, 4)} ${rnum(c.usable, 6)}`,
  );
}

function summary(rows: readonly ConceptAudit[]) {
  const templates = rows.reduce((a, c) => a + c.templates, 0);
  const hard = rows.reduce((a, c) => a + c.difficulty[3] + c.difficulty[4], 0);
  const instances = rows.reduce((a, c) => a + c.instances, 0);
  const types = { SINGLE: 0, MULTI: 0, INTEGER: 0, NUMERIC: 0 };
  for (const c of rows) for (const k of Object.keys(types) as (keyof typeof types)[]) types[k] += c.types[k];
  return {
    templates,
    minTemplates: Math.min(...rows.map((c) => c.templates)),
    hardPct: pct(hard, templates),
    hindiPct: pct(rows.reduce((a, c) => a + c.hindi, 0), instances),
    realism: rows.reduce((a, c) => a + c.realismFailures, 0),
    duplicates: rows.reduce((a, c) => a + c.duplicates, 0),
    types,
    instances,
  };
}

for (const subject of ['MATH', 'PHYSICS', 'CHEMISTRY'] as const) {
  const rows = audit.concepts.filter((c) => c.subject === subject);
  const s = summary(rows);
  const mix = Object.entries(s.types).map(([k, n]) => `${k} ${pct(n, s.instances)} %`).join(', ');
  console.log(
    `subject ${subject}: concepts ${rows.length}, generators ${s.templates}, min templates/concept ${s.minTemplates}, concepts under 4 templates ${rows.filter((c) => c.templates < 4).length}, concepts under ${USABLE_FLOOR} usable questions ${rows.filter((c) => c.usable < USABLE_FLOOR).length}, hard ${s.hardPct} %, types ${mix}, hindi ${s.hindiPct} %, realism failures ${s.realism}, duplicates ${s.duplicates}`,
  );
}
const thin = audit.concepts.filter((c) => c.usable < USABLE_FLOOR);
console.log(`concepts under ${USABLE_FLOOR} distinct usable questions: ${thin.length}${thin.length ? ` (${thin.map((c) => `${c.concept} ${c.usable}`).join(', ')})` : ''}`);
let papersShort = 0;
for (const subject of ['MATH', 'PHYSICS', 'CHEMISTRY'] as const) {
  for (const blueprint of [JEE_MAIN, JEE_ADVANCED]) {
    const fill = assemblePaper(audit.candidates, subject, blueprint);
    if (fill.short.length > 0) papersShort += 1;
    console.log(describePaper(fill, blueprint));
  }
}
const realismByGenerator = new Map<string, number>();
for (const p of audit.problems) {
  const id = p.split(/[#:]/)[0] as string;
  realismByGenerator.set(id, (realismByGenerator.get(id) ?? 0) + 1);
}
console.log(`generators with realism problems: ${realismByGenerator.size}${realismByGenerator.size ? ` (first: ${audit.problems.slice(0, 3).join(' | ')})` : ''}`);

// What a device pays for the content: the app never imports the generators (the server builds
// the bank, `shared/src/content/bank.ts`); each device receives the bank's question rows in the
// `content` sync bucket. Printed: those rows as JSON (raw and gzip, as the stream's compression
// sees them), and, for comparison, what shipping the generator code instead would cost.
const bank = buildQuestionBank();
const rows = Buffer.from(bank.map((q) => JSON.stringify(q)).join('\n'));
console.log(
  `question bank synced to each device: ${bank.length} questions, ${(rows.byteLength / 1024 / 1024).toFixed(2)} MiB as JSON rows, ${(gzipSync(rows).byteLength / 1024 / 1024).toFixed(2)} MiB gzip`,
);
const bundle = await build({ entryPoints: ['shared/src/content/generators/registry.ts'], bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', logLevel: 'silent' });
const code = bundle.outputFiles[0]?.contents ?? new Uint8Array();
console.log(`generator code (server side, not in the app bundle): ${(code.byteLength / 1024).toFixed(1)} KiB minified, ${(gzipSync(code).byteLength / 1024).toFixed(1)} KiB gzip`);

const all = summary(audit.concepts);
console.log(`audit: generators ${GENERATORS.length}, min templates/concept ${all.minTemplates}, hard ${all.hardPct} %, realism failures ${all.realism}, hindi ${all.hindiPct} %`);
if (all.realism > 0 || thin.length > 0 || papersShort > 0 || all.minTemplates < 4 || all.hardPct < 20 || all.hindiPct < 100 || GENERATORS.length < 1000) process.exitCode = 1;
