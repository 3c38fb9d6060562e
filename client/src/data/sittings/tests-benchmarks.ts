import { useQuery } from '@powersync/react';
import type { BenchmarkPublic } from '@cr/shared/schemas/api-tests';

/**
 * Monthly benchmarks on the device (buckets benchmark_class, benchmark_student, benchmark_keys;
 * docs/benchmarks.md): the class's schedule and papers (no keys), the student's submission
 * status, the released leaderboard. Named reads; the screens hold no SQL.
 */

/** A benchmark of the class's schedule: the public view of a benchmark (shared/src/schemas/api-tests.ts) as the replica holds it (no ranking yet: no candidates), with its number of questions. */
export type BenchmarkListRow = Omit<BenchmarkPublic, 'standard' | 'candidates'> & { candidates: number | null; released_at: string | null; questions: number };

export function useBenchmarks() {
  return useQuery<BenchmarkListRow>(
    `SELECT b.id, b.title, b.month, b.status, b.opens_at, b.closes_at, b.grace_s, b.duration_s, b.max_marks, b.released_at, b.candidates,
            (SELECT count(*) FROM benchmark_questions q WHERE q.benchmark_id = b.id) AS questions
       FROM benchmarks b WHERE b.status <> 'cancelled' ORDER BY b.opens_at DESC`,
  );
}

export interface BenchmarkStatusRow {
  sitting_id: string;
  status: string;
  reason_code: string | null;
  reason: string | null;
  flags: string | null;
  received_at: string | null;
}

export function useBenchmarkStatus(sittingId: string) {
  return useQuery<BenchmarkStatusRow>('SELECT sitting_id, status, reason_code, reason, flags, received_at FROM benchmark_submission_status WHERE sitting_id = ?', [sittingId]);
}

export function useBenchmark(benchmarkId: string) {
  return useQuery<BenchmarkListRow & { pattern: string; question_ids: string }>(
    `SELECT b.*, (SELECT count(*) FROM benchmark_questions q WHERE q.benchmark_id = b.id) AS questions FROM benchmarks b WHERE b.id = ?`,
    [benchmarkId],
  );
}

export function useLeaderboard(benchmarkId: string) {
  return useQuery<{ id: string; position: number; rank: number; display_name: string; total_score: number; percentile: number | null }>(
    'SELECT id, position, rank, display_name, total_score, percentile FROM benchmark_leaderboard WHERE benchmark_id = ? ORDER BY position',
    [benchmarkId],
  );
}

/** Whether a benchmark can be started now (device clock; the server judges on receipt). */
export function benchmarkOpen(b: Pick<BenchmarkListRow, 'status' | 'opens_at' | 'closes_at'>, nowMs: number): boolean {
  return b.status === 'scheduled' && Date.parse(b.opens_at) <= nowMs && nowMs < Date.parse(b.closes_at);
}
