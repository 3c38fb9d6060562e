import { cohortStanding, predictRank } from '@cr/shared/engine/rank/predicted-rank';
import type { ResultRow } from '../../data/sittings/tests.ts';
import { useI18n } from '../../i18n/i18n.tsx';

const fixed = (x: number) => (Math.floor(x * 100) / 100).toFixed(2);

/**
 * A released benchmark's standing: the class rank and percentile only with the class size (and
 * withheld, with the reason, below the minimum), and the predicted all-India rank as a range from
 * the score — the same model as the dashboard, never the cohort's percentile.
 */
export function BenchmarkStanding({ result, candidates }: { result: ResultRow; candidates: number | null }) {
  const { t, formatNumber } = useI18n();
  const s = t.screens.rank;
  const cohort = cohortStanding(result.global_rank, result.percentile, candidates);
  const prediction = predictRank({ basis: 'BENCHMARK', marks: result.total_score, maxMarks: result.total_marks, questions: Math.round(result.total_marks / 4) });
  return (
    <dl className="deflist" data-testid="benchmark-standing">
      {cohort.shown ? (
        <>
          <dt>{t.test.classRank}</dt>
          <dd>{s.cohort(formatNumber(cohort.rank), formatNumber(cohort.cohortSize), fixed(cohort.percentile))}</dd>
        </>
      ) : cohort.reason === 'SMALL_COHORT' ? (
        <>
          <dt>{t.test.classRank}</dt>
          <dd>{s.cohortSmall(formatNumber(cohort.cohortSize ?? 0), formatNumber(cohort.minimum))}</dd>
        </>
      ) : null}
      <dt>{s.heading}</dt>
      {prediction ? (
        <dd>
          {s.range(formatNumber(prediction.rank.best), formatNumber(prediction.rank.worst))} · {s.likely(formatNumber(prediction.rank.likely))}
          <br />
          <span className="muted small">
            {s.percentile(fixed(prediction.percentile.low), fixed(prediction.percentile.high))}. {s.fromBenchmark}
          </span>
        </dd>
      ) : (
        <dd className="muted">{s.unknown}</dd>
      )}
    </dl>
  );
}
