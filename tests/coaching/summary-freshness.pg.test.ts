import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshCohortSummaries } from '../../server/src/coaching/summary.ts';
import { COHORT_SUMMARY_JOB, cohortSummaryJobs } from '../../server/src/jobs/cohort-summary.ts';
import { createJobQueue, type JobQueue } from '../../server/src/jobs/queue.ts';
import { enqueueSittingScoring, scoringJobs } from '../../server/src/jobs/scoring.ts';
import { createTestApp, createUser, type SignedIn, type TestApp } from '../helpers/test-app.ts';
import { bankItems, Device, seedConcepts, seedPublicQuestions, takeTest, until, type BankItem } from '../jobs/fixtures.ts';

/**
 * A student's synced test reaches the coach's summary row through the queue alone: the upload
 * path queues scoring (app.ts), scoring queues the summary refresh. The summary job runs here
 * without its cron, so only that hand-off can update the row (no minute boundary passes the test
 * by chance).
 */

let t: TestApp;
let jobs: JobQueue;
let student: SignedIn;
let items: BankItem[];
const q = (sql: string, v: unknown[] = []) => t.db.pool.query(sql, v);

beforeAll(async () => {
  t = await createTestApp();
  const summaryWithoutCron = cohortSummaryJobs(t.db.pool)
    .filter((d) => d.name === COHORT_SUMMARY_JOB.frequent)
    .map(({ cron: _cron, ...d }) => d);
  jobs = await createJobQueue(t.db.pool, [...scoringJobs(t.db.pool, {}, COHORT_SUMMARY_JOB.frequent), ...summaryWithoutCron], { pollingIntervalS: 0.5 });
  await jobs.work();
  await seedConcepts(t.db.pool);
  items = bankItems('FR', 5, 2);
  await seedPublicQuestions(t.db.pool, items);
  student = await createUser(t, 'student');
  const cohort = (await q(`INSERT INTO cohorts (name, standard) VALUES ('Fresh', 12) RETURNING id`)).rows[0].id as string;
  await q('INSERT INTO cohort_members (cohort_id, student_id) VALUES ($1, $2)', [cohort, student.id]);
  await refreshCohortSummaries(t.db.pool);
}, 240_000);
afterAll(async () => {
  await jobs?.stop();
  await t?.close();
});

describe('heatmap freshness', () => {
  it('a scored sitting refreshes the coach summary through the queue, without the cron', async () => {
    const before = (await q('SELECT latest_result, attempts_7d FROM cohort_student_summary WHERE student_id = $1', [student.id])).rows[0];
    expect(before).toMatchObject({ latest_result: null, attempts_7d: 0 });
    const now = Date.now();
    const paper = items.slice(0, 6);
    const sittingId = await takeTest(
      t,
      student,
      new Device('fr'),
      { testId: 'weekly-2031-W10', testType: 'WEEKLY', questionIds: paper.map((i) => i.id), startedAtMs: now - 120_000, submittedAtMs: now - 1000, durationS: 3600 },
      paper.map((it, i) => ({ questionId: it.id, concept: it.concept, answer: it.answer, atMs: now - 60_000 + i * 1000 })),
    );
    await enqueueSittingScoring(jobs, sittingId);
    await until(async () => (await q('SELECT latest_result FROM cohort_student_summary WHERE student_id = $1', [student.id])).rows[0]?.latest_result !== null, 'the summary row to show the result');
    const after = (await q('SELECT latest_result, attempts_7d FROM cohort_student_summary WHERE student_id = $1', [student.id])).rows[0];
    expect(after.latest_result).toMatchObject({ test_id: 'weekly-2031-W10', test_type: 'WEEKLY', total_score: 24, total_marks: 24 });
    expect(after.attempts_7d).toBe(6);
  });
});
