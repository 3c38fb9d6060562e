// `npm run bench:search [-- --pglite] [--questions 50000]`: full-text question search on 50k
// questions (the real bank plus generated instances) on Postgres (BENCH_DATABASE_URL, default the
// local server; a temp database is created and dropped) or embedded PGlite; 20 typical queries,
// each run 25 times; prints p50/p95 per query and overall.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { GENERATORS, generateQuestion, type Question } from '@cr/shared';
import { openPglite, type Database } from '../server/src/db/database.ts';
import { migrate } from '../server/src/db/migrate.ts';
import { createContentRepository } from '../server/src/repositories/content.ts';
import { createQuestionSearch, type SearchFilters } from '../server/src/repositories/question-search.ts';
import { seedContent } from '../server/src/seed/content.ts';
import { openScratchPostgres } from './scratch-postgres.ts';

const { values } = parseArgs({ options: { pglite: { type: 'boolean', default: false }, questions: { type: 'string', default: '50000' }, runs: { type: 'string', default: '25' } } });
const TARGET = Number(values.questions);
const RUNS = Number(values.runs);

async function open(): Promise<Database> {
  return values.pglite ? openPglite(null) : openScratchPostgres('cr_bench_search', 4);
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const db = await open();
try {
  await migrate(db.pool);
  await seedContent(db.pool);
  let have = (await db.pool.query('SELECT count(*)::int AS n FROM questions')).rows[0].n as number;
  const extra: Question[] = [];
  const seen = new Set<string>();
  for (let seed = 100_000; have + extra.length < TARGET && seed < 100_000 + 5_000; seed++) {
    for (const g of GENERATORS) {
      const q = generateQuestion(g.id, seed)?.question;
      if (q && !seen.has(q.text)) {
        seen.add(q.text);
        extra.push(q);
      }
      if (have + extra.length >= TARGET) break;
    }
  }
  await createContentRepository(db.pool).upsertQuestions(extra);
  await db.pool.query('VACUUM ANALYZE questions');
  have = (await db.pool.query('SELECT count(*)::int AS n FROM questions')).rows[0].n as number;
  const concept = (await db.pool.query(`SELECT primary_concept_id AS c FROM questions GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`)).rows[0].c as string;
  console.log(`bank: ${have} questions on ${values.pglite ? 'PGlite' : 'Postgres'}`);

  const base = { limit: 20, offset: 0 };
  const QUERIES: Array<[string, SearchFilters]> = [
    ['projectile range', { ...base, q: 'projectile range' }],
    ['capacitor dielectric', { ...base, q: 'capacitor dielectric' }],
    ['equilibrium constant', { ...base, q: 'equilibrium constant', subject: 'CHEMISTRY' }],
    ['definite integral', { ...base, q: 'definite integral', subject: 'MATH' }],
    ['derivative of function', { ...base, q: 'derivative function' }],
    ['quadratic roots', { ...base, q: 'quadratic equation roots' }],
    ['circle tangent', { ...base, q: 'circle tangent' }],
    ['pH buffer solution', { ...base, q: 'pH buffer solution' }],
    ['rate constant first order', { ...base, q: '"first order" rate constant' }],
    ['enthalpy combustion', { ...base, q: 'enthalpy combustion' }],
    ['electric field charge', { ...base, q: 'electric field point charge' }],
    ['resistance circuit current', { ...base, q: 'resistance circuit current', difficulty: 3 }],
    ['ideal gas pressure volume', { ...base, q: 'ideal gas pressure volume' }],
    ['probability dice', { ...base, q: 'probability dice' }],
    ['vectors dot product', { ...base, q: 'vector dot product' }],
    ['similar for weak concept', { ...base, concept }],
    ['concept + words', { ...base, concept, q: 'find' }],
    ['JEE Advanced 2019 physics', { ...base, source: 'JEE Advanced', year: 2019, subject: 'PHYSICS' }],
    ['hard maths', { ...base, subject: 'MATH', difficulty: 5 }],
    ['excluded word', { ...base, q: 'moles -gas' }],
  ];
  const search = createQuestionSearch(db.pool);
  const all: number[] = [];
  for (const [label, filters] of QUERIES) {
    for (let i = 0; i < 3; i++) await search.search(filters);
    const samples: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      total = (await search.search(filters)).total;
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    all.push(...samples);
    console.log(`search "${label}": p50 ${pct(samples, 50).toFixed(2)} ms, p95 ${pct(samples, 95).toFixed(2)} ms, ${total} matches`);
  }
  all.sort((a, b) => a - b);
  console.log(`search overall (20 queries × ${RUNS}): p50 ${pct(all, 50).toFixed(2)} ms, p95 ${pct(all, 95).toFixed(2)} ms`);
} finally {
  await db.close();
}
