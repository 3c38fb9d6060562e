import { createHmac, randomBytes } from 'node:crypto';
import type pg from 'pg';
import { buildQuestionBank, GENERATORS, instantiate, type GeneratorDef, type Question } from '@cr/shared';
import { withTransaction } from '../db/database.ts';
import { addToBank, classifyBank } from '../services/benchmarks.ts';

/**
 * The sealed benchmark bank a fresh install starts with: instances of the question generators
 * drawn from seeds derived from a random secret made at that moment and never stored. The
 * public bank (synced to every device, keys included) uses seeds 1, 2, 3, …; a sealed item's
 * seed cannot be guessed from the repository, its id does not carry the seed, and any instance
 * whose text repeats a public or already-sealed question is skipped.
 *
 * Numerical items are integer-answer only (JEE Main numericals are integers).
 */

export const SEALED_SOURCE = 'Generated (sealed)';
/** Papers per class the first start provides (months of benchmarks before an admin must add more). */
export const FRESH_INSTALL_PAPERS = 3;
/** JEE Main per subject and paper: single-correct and numerical (integer) items. */
const PER_PAPER = { SINGLE: 20, INTEGER: 5 } as const;
/** Extra over the exact need, so concept spread and class split still fill every section. */
const MARGIN = 1.6;

/*
 * Items are told apart by their text alone: a choice question whose text matches a public one
 * differs at most in option order, and its answer (the option's words) is on every device.
 */
const textKey = (q: Pick<Question, 'text'>) => q.text;

/** Seed number `k` of a generator under `secret` (31-bit, never 1…4096 so it misses the public seeds). */
function secretSeed(secret: Buffer, generatorId: string, k: number): number {
  const h = createHmac('sha256', secret).update(`${generatorId}#${k}`).digest();
  return 4097 + (h.readUInt32BE(0) % 2_000_000_000);
}

/**
 * Sealed items for `papers` JEE Main papers (all classes together), spread evenly over each
 * subject's generators. `taken` holds text keys to avoid (public bank and current sealed bank);
 * it is extended with every item returned.
 */
export function generateSealedItems(papers: number, taken: Set<string>, secret: Buffer = randomBytes(32), generators: readonly GeneratorDef[] = GENERATORS): Question[] {
  const out: Question[] = [];
  for (const subject of ['MATH', 'PHYSICS', 'CHEMISTRY'] as const) {
    const gens = generators.filter((g) => g.subject === subject);
    if (gens.length === 0) continue;
    for (const type of ['SINGLE', 'INTEGER'] as const) {
      const want = Math.ceil((PER_PAPER[type] * papers * MARGIN) / gens.length);
      for (const g of gens) {
        let got = 0;
        // Integer instances come from one seed in four at most (and only for integral values).
        const tries = want * (type === 'SINGLE' ? 4 : 16);
        for (let k = 0; k < tries && got < want; k++) {
          const seed = secretSeed(secret, g.id, type === 'SINGLE' ? 2 * k : 2 * k + 1);
          const q = instantiate(g, seed).question;
          if (q.type !== type) continue;
          const key = textKey(q);
          if (taken.has(key)) continue;
          taken.add(key);
          got += 1;
          const id = `sb-${createHmac('sha256', secret).update(`${g.id}|${seed}`).digest('hex').slice(0, 24)}`;
          out.push({ ...q, id, source: SEALED_SOURCE, generator: null });
        }
      }
    }
  }
  return out;
}

/** Text keys of the public bank and the sealed bank, so new sealed items repeat neither. */
async function takenTexts(db: Pick<pg.PoolClient, 'query'>): Promise<Set<string>> {
  const taken = new Set(buildQuestionBank().map(textKey));
  const { rows } = await db.query<{ text: string }>('SELECT text FROM benchmark_bank');
  for (const r of rows) taken.add(textKey(r));
  return taken;
}

/** Generates and stores sealed items for `papers` more papers; returns how many were written. */
export async function generateIntoBank(db: Pick<pg.PoolClient, 'query'>, papers: number): Promise<number> {
  // Only items whose concepts this database knows (content may be a centre's own, or not loaded yet).
  const known = new Set((await db.query<{ id: string }>('SELECT id FROM concepts')).rows.map((r) => r.id));
  const items = generateSealedItems(papers, await takenTexts(db)).filter(
    (q) => known.has(q.primary_concept_id) && q.secondary_concept_ids.every((c) => known.has(c)),
  );
  let written = 0;
  for (let i = 0; i < items.length; i += 500) written += await addToBank(db, items.slice(i, i + 500));
  return written;
}

/**
 * First start: fills the sealed bank so each class can sit a benchmark at once. Runs once per
 * database (marked in content_state); later starts only classify items written before the bank
 * knew classes. Returns the number of items written (0 when already seeded).
 */
export async function seedBenchmarkBank(pool: pg.Pool, papersPerClass = FRESH_INSTALL_PAPERS): Promise<number> {
  return withTransaction(pool, async (q) => {
    await classifyBank(q);
    const done = await q.query(`SELECT 1 FROM content_state WHERE key = 'sealed_bank'`);
    if (done.rows.length > 0) return 0;
    const written = await generateIntoBank(q, papersPerClass * 2);
    await q.query(`INSERT INTO content_state (key, version) VALUES ('sealed_bank', $1)`, [`seeded ${written}`]);
    return written;
  });
}
