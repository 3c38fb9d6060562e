import { useBenchmark, useBenchmarkStatus, useLeaderboard } from '../../data/sittings/tests-benchmarks.ts';
import { parseJson, type ResultRow, type Sitting } from '../../data/sittings/tests.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { BenchmarkStanding } from './benchmark-standing.tsx';
import { benchmarkState, formatMoment } from './tests-home.tsx';

/**
 * A benchmark sitting: whether the server counted the submission (or why not), and after
 * release the student's percentile and ranks and the class leaderboard (no student ids in it).
 */
export function BenchmarkResult({ sitting, result }: { sitting: Sitting; result: ResultRow | null }) {
  const { t, locale, formatNumber } = useI18n();
  const benchmark = useBenchmark(sitting.testId).data[0];
  const status = useBenchmarkStatus(sitting.id).data[0];
  const leaderboard = useLeaderboard(sitting.testId).data;
  const state = benchmark ? benchmarkState(benchmark, Date.now()) : null;
  const flags = parseJson<unknown>(status?.flags, []);
  const flagList = Array.isArray(flags) ? flags.filter((f): f is string => typeof f === 'string') : [];

  return (
    <section className="card stack" aria-labelledby="bench-result-heading" data-testid="benchmark-status">
      <h2 id="bench-result-heading">{benchmark?.title ?? t.test.types.MONTHLY}</h2>
      {benchmark ? <p className="muted small">{t.test.benchmarkWindow(formatMoment(locale, benchmark.opens_at), formatMoment(locale, benchmark.closes_at))}</p> : null}
      {benchmark && benchmark.grace_s > 0 ? <p className="muted small">{t.test.benchmarkGrace(Math.round(benchmark.grace_s / 60))}</p> : null}
      <p data-status={status?.status ?? 'pending'}>{t.test.submissionStatus[status?.status ?? 'pending']}</p>
      {status?.status === 'refused' && status.reason ? <p className="notice notice--error">{t.test.refusalReason(status.reason)}</p> : null}
      {flagList.length > 0 ? (
        <div>
          <p className="small">{t.test.flagsLabel}</p>
          <ul className="small">
            {flagList.map((f) => (
              <li key={f}>{t.test.flags[f] ?? f}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {state ? <p className="small">{t.test.benchmarkStates[state]}</p> : null}
      {state !== 'released' ? <p className="muted small">{t.test.benchmarkNoKeys}</p> : null}
      {result ? <BenchmarkStanding result={result} candidates={benchmark?.candidates ?? null} /> : null}
      {benchmark?.candidates ? <p className="muted small">{t.test.candidates(benchmark.candidates)}</p> : null}
      {leaderboard.length > 0 ? (
        <div className="table-scroll">
          <table className="summary-table">
            <caption>
              {t.test.leaderboardHeading}: {t.test.leaderboardCaption}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.test.position}</th>
                <th scope="col">{t.test.name}</th>
                <th scope="col">{t.test.marks}</th>
                <th scope="col">{t.test.percentile}</th>
              </tr>
            </thead>
            <tbody>
              {leaderboard.map((r) => (
                <tr key={r.id}>
                  <td>{r.rank}</td>
                  <th scope="row">{r.display_name}</th>
                  <td>{formatNumber(r.total_score)}</td>
                  <td>{r.percentile !== null ? formatNumber(Math.round(r.percentile * 100) / 100) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
