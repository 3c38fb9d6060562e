import type pg from 'pg';
import { DomainError, type Question, type ScheduleBenchmarkBody } from '@cr/shared';
import type { BankImportBody } from '@cr/shared/schemas/admin';
import { withTransaction } from '../db/database.ts';
import { createAuditRepository, type Actor } from '../repositories/audit.ts';
import { createContentRepository } from '../repositories/content.ts';
import { scoringFor } from '../scoring/scoring.ts';
import { generateIntoBank } from '../seed/benchmark-bank.ts';
import { importIntoBank, type SealedImport } from './benchmark-bank.ts';
import { addToBank, cancelBenchmark, scheduleBenchmark, type CancelOutcome, type ScheduledBenchmark } from './benchmarks.ts';

/**
 * What admins change about benchmarks and the sealed bank. Each change runs in its own
 * transaction together with its audit entry, so an entry exists exactly when the change does.
 */
export function createBenchmarkAdmin(pool: pg.Pool, opts: { graceDefaultS: number }) {
  const audit = createAuditRepository(pool);

  return {
    async schedule(actor: Actor, b: ScheduleBenchmarkBody): Promise<ScheduledBenchmark> {
      return withTransaction(pool, async (client) => {
        const s = await scheduleBenchmark(client, {
          standard: b.standard,
          month: `${b.month}-01`,
          opensAt: b.opens_at,
          closesAt: b.closes_at,
          graceS: b.grace_s ?? opts.graceDefaultS,
          actorId: actor.id,
          ...(b.title !== undefined ? { title: b.title } : {}),
          ...(b.duration_s !== undefined ? { durationS: b.duration_s } : {}),
          ...(b.seed !== undefined ? { seed: b.seed } : {}),
        });
        await audit.record({ actorId: actor.id, action: 'benchmark_scheduled', resourceType: 'benchmark', resourceId: s.id, changes: { standard: s.standard, month: s.month }, ip: actor.ip }, client);
        return s;
      });
    },

    /** Audited only when it changed something (cancelling twice writes one entry). */
    async cancel(actor: Actor, id: string, reason: string | null): Promise<CancelOutcome> {
      return withTransaction(pool, async (client) => {
        const o = await cancelBenchmark(client, scoringFor(pool), id);
        if (o.changed) {
          await audit.record({ actorId: actor.id, action: 'benchmark_cancelled', resourceType: 'benchmark', resourceId: id, changes: { sittings: o.sittings, reason }, ip: actor.ip }, client);
        }
        return o;
      });
    },

    /** Sealed items written by hand; refused whole when one names a concept the syllabus lacks. */
    async addToBank(actor: Actor, questions: readonly Question[]): Promise<number> {
      const concepts = new Set(questions.flatMap((q) => [q.primary_concept_id, ...q.secondary_concept_ids]));
      const missing = await createContentRepository(pool).unknownConcepts([...concepts]);
      if (missing.length > 0) throw new DomainError('VALIDATION_ERROR', `unknown concepts: ${missing.slice(0, 5).join(', ')}`, 'questions');
      return withTransaction(pool, async (client) => {
        const n = await addToBank(client, questions);
        await audit.record({ actorId: actor.id, action: 'benchmark_bank_added', resourceType: 'benchmark_bank', changes: { count: n }, ip: actor.ip }, client);
        return n;
      });
    },

    async generate(actor: Actor, papers: number): Promise<number> {
      return withTransaction(pool, async (client) => {
        const n = await generateIntoBank(client, papers);
        await audit.record({ actorId: actor.id, action: 'benchmark_bank_generated', resourceType: 'benchmark_bank', changes: { papers, count: n }, ip: actor.ip }, client);
        return n;
      });
    },

    async importBank(actor: Actor, body: BankImportBody): Promise<SealedImport> {
      return withTransaction(pool, async (client) => {
        const r = await importIntoBank(client, body);
        await audit.record(
          { actorId: actor.id, action: 'benchmark_bank_imported', resourceType: 'benchmark_bank', resourceId: body.source, changes: { rows: r.rows, written: r.written }, ip: actor.ip },
          client,
        );
        return r;
      });
    },
  };
}
