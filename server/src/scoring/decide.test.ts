import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SittingAttempt } from '@cr/shared/engine/index';
import { textArrayElement } from './array-literal.ts';
import type { KeyedQuestion } from './content.ts';
import { decideBatch, SCORE_ELEMENTS, type BenchmarkRow, type LoadedBatch, type SittingRow } from './decide.ts';

// The score row of a benchmark sitting names the benchmark's paper by reference (question_ids
// NULL, migration 026) only when it is that paper whole; any other paper is written out as its
// keyed ids.

const QUESTION_IDS = SCORE_ELEMENTS.indexOf('question_ids');

const key = (id: string, answer: string): KeyedQuestion => ({
  id,
  type: 'SINGLE',
  answer,
  tolerance: null,
  subject: 'MATH',
  primary_concept_id: 'C1',
  secondary_concept_ids: [],
  difficulty: 2,
});

const benchmark: BenchmarkRow = {
  id: 'BM-1',
  standard: 12,
  status: 'scheduled',
  pattern: 'JEE_MAIN',
  question_ids: ['Q1', 'Q2', 'Q3'],
  opens_ms: 0,
  closes_ms: 3_600_000,
  grace_s: 0,
  duration_s: 3600,
};

function sitting(id: string, testId: string, testType: string, questionIds: string[]): SittingRow {
  return {
    id,
    student_id: `student-${id}`,
    test_id: testId,
    test_type: testType,
    pattern: 'JEE_MAIN',
    question_ids: questionIds,
    started_ms: 60_000,
    submitted_ms: 120_000,
    received_ms: 120_000,
    received_at: '1970-01-01T00:02:00.000Z',
    submitted_at: '1970-01-01T00:02:00.000Z',
    started_at: '1970-01-01T00:01:00.000Z',
    standard: 12,
    status_hlc: null,
  };
}

/** A batch whose benchmark sittings and other sittings may use the same keys (as when both are public). */
function batch(sittings: SittingRow[], keys: KeyedQuestion[]): LoadedBatch {
  const attempts: SittingAttempt[] = [{ question_id: 'Q1', answer: 'A', hlc: '0000000000001:0001:dev', response_time_ms: 1000 }];
  const keyed = new Map(keys.map((k) => [k.id, k]));
  return {
    sittings,
    benchmarks: new Map([[benchmark.id, benchmark]]),
    firstSitting: new Map(),
    attemptsOf: () => attempts,
    sealedKeys: keyed,
    publicKeys: keyed,
    prior: new Map(),
  };
}

describe('decideBatch: the paper a score row names', () => {
  it('names a benchmark paper whose every question has its key by reference (NULL)', () => {
    const s = sitting('s1', 'BM-1', 'MONTHLY', ['Q1', 'Q2', 'Q3']);
    const d = decideBatch(batch([s], [key('Q1', 'A'), key('Q2', 'B'), key('Q3', 'C')]), { publishResponses: true });
    expect(d.scores).toHaveLength(1);
    expect(d.scores[0]!.state).toBe('counted');
    expect(d.scores[0]!.elements[QUESTION_IDS]).toBe('NULL');
    expect(d.scores[0]!.total_score).toBe(4);
  });

  it('writes the keyed ids out when a key is missing from the paper, and for any sitting of no benchmark, even on the benchmark’s paper', () => {
    const keys = [key('Q1', 'A'), key('Q3', 'C')];
    const bm = sitting('s1', 'BM-1', 'MONTHLY', ['Q1', 'Q2', 'Q3']);
    const practice = sitting('s2', 'PRACTICE-1', 'PRACTICE', ['Q1', 'Q2', 'Q3']);
    const d = decideBatch(batch([bm, practice], keys), { publishResponses: true });
    const byId = new Map(d.scores.map((r) => [r.sitting_id, r]));
    expect(byId.get('s1')!.elements[QUESTION_IDS]).toBe('"{Q1,Q3}"');
    expect(byId.get('s2')!.elements[QUESTION_IDS]).toBe('"{Q1,Q3}"');
    // A practice sitting given the very array of the benchmark's paper, in one batch with a
    // benchmark sitting and the same keys: only the benchmark sitting's row is by reference.
    const all = [key('Q1', 'A'), key('Q2', 'B'), key('Q3', 'C')];
    const sameArray = sitting('s3', 'PRACTICE-2', 'PRACTICE', benchmark.question_ids);
    const mixed = decideBatch(batch([sitting('s4', 'BM-1', 'MONTHLY', ['Q1', 'Q2', 'Q3']), sameArray], all), { publishResponses: true });
    const mixedById = new Map(mixed.scores.map((r) => [r.sitting_id, r]));
    expect(mixedById.get('s4')!.elements[QUESTION_IDS]).toBe('NULL');
    expect(mixedById.get('s3')!.elements[QUESTION_IDS]).toBe('"{Q1,Q2,Q3}"');
  });

  it('gives the by-reference row a digest of its own, so a row stored with the ids written out is written again once', () => {
    const s = sitting('s1', 'BM-1', 'MONTHLY', ['Q1', 'Q2', 'Q3']);
    const keys = [key('Q1', 'A'), key('Q2', 'B'), key('Q3', 'C')];
    const first = decideBatch(batch([s], keys), { publishResponses: true }).scores[0]!;
    // The digest the same row had before migration 026, with its ids written out.
    const written = [...first.elements];
    written[QUESTION_IDS] = textArrayElement(['Q1', 'Q2', 'Q3']);
    const before = createHash('sha256').update(written.join(',')).digest('hex');
    expect(before).not.toBe(first.digest);
    const again = batch([s], keys);
    const unchanged = decideBatch({ ...again, prior: new Map([['s1', { digest: first.digest, stale: false, state: 'counted' }]]) }, { publishResponses: true });
    expect(unchanged.scores).toEqual([]);
    const old = decideBatch({ ...again, prior: new Map([['s1', { digest: before, stale: false, state: 'counted' }]]) }, { publishResponses: true });
    expect(old.scores.map((r) => r.elements[QUESTION_IDS])).toEqual(['NULL']);
  });
});
