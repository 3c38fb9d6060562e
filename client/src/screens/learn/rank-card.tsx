import { useRankView } from '../../data/learning/screens-queries.ts';
import { useI18n } from '../../i18n/i18n.tsx';

const fixed = (x: number, digits: number) => (Math.floor(x * 10 ** digits) / 10 ** digits).toFixed(digits);

/**
 * Predicted all-India rank as a range with what it rests on; the class rank only with the class
 * size, withheld (with the reason) below the minimum. Same figures as /api/user/dashboard.
 */
export function RankCard({ studentId }: { studentId: string }) {
  const { t, formatNumber } = useI18n();
  const { view } = useRankView(studentId);
  const p = view.prediction;
  const s = t.screens.rank;
  return (
    <section className="card stat rank-card" aria-labelledby="rank-heading" data-testid="rank-card">
      <h2 id="rank-heading" className="card__eyebrow">
        {s.heading}
      </h2>
      {p === undefined ? (
        <p className="stat__note">{s.unknown}</p>
      ) : (
        <>
          <p className="stat__value" data-testid="rank-range">
            {s.range(formatNumber(p.rank.best), formatNumber(p.rank.worst))}
          </p>
          <p className="stat__note">{s.likely(formatNumber(p.rank.likely))}</p>
          <p className="stat__note">{s.percentile(fixed(p.percentile.low, 2), fixed(p.percentile.high, 2))}</p>
          <p className="stat__note" data-basis={p.basis}>
            {p.basis === 'BENCHMARK' ? s.fromBenchmark : s.estimate}
          </p>
        </>
      )}
      {view.cohort === null ? null : view.cohort.shown ? (
        <p className="stat__note" data-testid="cohort-standing">
          {s.cohort(formatNumber(view.cohort.rank), formatNumber(view.cohort.cohortSize), fixed(view.cohort.percentile, 2))}
        </p>
      ) : view.cohort.reason === 'SMALL_COHORT' ? (
        <p className="stat__note" data-testid="cohort-standing">
          {s.cohortSmall(formatNumber(view.cohort.cohortSize ?? 0), formatNumber(view.cohort.minimum))}
        </p>
      ) : null}
    </section>
  );
}
