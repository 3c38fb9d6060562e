import type { User } from '@cr/shared/schemas/api';
import { benchmarkOpen, useBenchmarks, type BenchmarkListRow } from '../../data/sittings/tests-benchmarks.ts';
import { useProvisionalTotals, useSittings, type SittingListRow } from '../../data/sittings/tests.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { Link } from '../../router.tsx';
import { Loading } from '../../ui/states.tsx';
import { WeeklyPatternNote } from './weekly-pattern-note.tsx';

/** /tests: start or resume the diagnostic and weekly tests, the class's benchmarks, and the history of sittings. */
export function TestsHome({ user }: { user: User }) {
  const { t } = useI18n();
  const sittings = useSittings(user.id);
  const totals = useProvisionalTotals(user.id);
  const benchmarks = useBenchmarks();
  const provisional = new Map(totals.data.map((r) => [r.sitting_id, { score: r.score, max: r.max_marks }]));

  const diagnosticOpen = sittings.data.find((s) => s.test_type === 'DIAGNOSTIC' && s.status === 'in_progress');
  const diagnosticDone = sittings.data.find((s) => s.test_type === 'DIAGNOSTIC' && s.status === 'submitted');
  const weeklyOpen = sittings.data.find((s) => s.test_type === 'WEEKLY' && s.status === 'in_progress');

  return (
    <section className="stack tests">
      <h1 tabIndex={-1} data-focus-target>
        {t.test.title}
      </h1>
      <p className="muted">{t.test.lead}</p>
      {sittings.isLoading ? <Loading /> : null}
      <div className="tests__cards">
        <section className="card stack" aria-labelledby="diag-heading">
          <h2 id="diag-heading">{t.test.diagnosticHeading}</h2>
          {diagnosticDone ? (
            <>
              <p>{t.test.diagnosticDone}</p>
              <Link className="button button--secondary" to={`/results/${diagnosticDone.id}`}>
                {t.test.viewResult}
              </Link>
            </>
          ) : (
            <>
              <p className="muted">{t.test.diagnosticLead}</p>
              <Link className="button button--primary" to={diagnosticOpen ? `/test/${diagnosticOpen.id}` : '/test/diagnostic'}>
                {diagnosticOpen ? t.test.resumeTest : t.test.startDiagnostic}
              </Link>
            </>
          )}
        </section>
        <section className="card stack" aria-labelledby="weekly-heading">
          <h2 id="weekly-heading">{t.test.weeklyHeading}</h2>
          <p className="muted">{t.test.weeklyLead}</p>
          <Link className="button button--primary" to={weeklyOpen ? `/test/${weeklyOpen.id}` : '/test/weekly'}>
            {weeklyOpen ? t.test.resumeTest : t.test.startWeekly}
          </Link>
          {weeklyOpen ? null : <WeeklyPatternNote />}
        </section>
      </div>
      <Benchmarks benchmarks={benchmarks.data} sittings={sittings.data} />
      <section className="card stack" aria-labelledby="history-heading">
        <h2 id="history-heading">{t.test.historyHeading}</h2>
        {sittings.data.length === 0 && !sittings.isLoading ? <p className="muted">{t.test.historyEmpty}</p> : null}
        <ul className="tests__history">
          {sittings.data.map((s) => (
            <HistoryItem key={s.id} sitting={s} provisional={provisional.get(s.id) ?? null} />
          ))}
        </ul>
      </section>
    </section>
  );
}

function HistoryItem({ sitting: s, provisional }: { sitting: SittingListRow; provisional: { score: number; max: number } | null }) {
  const { t, formatDate } = useI18n();
  const name = s.test_type === 'MONTHLY' && s.benchmark_title ? s.benchmark_title : (t.test.types[s.test_type] ?? s.test_type);
  let score: string;
  if (s.status !== 'submitted') score = t.test.inProgress;
  else if (s.result_score !== null && s.result_marks !== null) score = `${t.test.score(s.result_score, s.result_marks)} (${t.test.official})`;
  // The maximum is the shared scorer's full marks of the paper (JEE Advanced questions carry 3 or 4), not a guess.
  else if (provisional !== null) score = `${t.test.score(provisional.score, provisional.max)} (${t.test.provisional})`;
  else score = t.test.awaitingShort;
  return (
    <li className="tests__item" data-sitting={s.id}>
      <Link to={s.status === 'submitted' ? `/results/${s.id}` : `/test/${s.id}`}>{name}</Link>
      <span className="muted small">{t.test.startedOn(formatDate(s.started_at))}</span>
      <span className="tests__score">{score}</span>
    </li>
  );
}

export function benchmarkState(b: Pick<BenchmarkListRow, 'status' | 'opens_at' | 'closes_at'>, nowMs: number): 'upcoming' | 'open' | 'closed' | 'released' | 'cancelled' {
  if (b.status === 'cancelled') return 'cancelled';
  if (b.status === 'released') return 'released';
  if (benchmarkOpen(b, nowMs)) return 'open';
  return Date.parse(b.opens_at) > nowMs ? 'upcoming' : 'closed';
}

/** A moment in the device's time zone, with the time of day (benchmark windows). */
export function formatMoment(locale: string, iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

function Benchmarks({ benchmarks, sittings }: { benchmarks: BenchmarkListRow[]; sittings: SittingListRow[] }) {
  const { t, locale } = useI18n();
  const now = Date.now();
  return (
    <section className="card stack" aria-labelledby="bench-heading">
      <h2 id="bench-heading">{t.test.benchmarksHeading}</h2>
      {benchmarks.length === 0 ? <p className="muted">{t.test.benchmarksEmpty}</p> : null}
      <ul className="tests__history">
        {benchmarks.map((b) => {
          const state = benchmarkState(b, now);
          const mine = sittings.find((s) => s.test_type === 'MONTHLY' && s.test_id === b.id);
          return (
            <li key={b.id} className="tests__item">
              <strong>{b.title}</strong>
              <span className="muted small">{t.test.benchmarkWindow(formatMoment(locale, b.opens_at), formatMoment(locale, b.closes_at))}</span>
              <span className="tests__score">{t.test.benchmarkStates[state]}</span>
              {mine ? (
                <Link to={mine.status === 'submitted' ? `/results/${mine.id}` : `/test/${mine.id}`}>{mine.status === 'submitted' ? t.test.viewResult : t.test.resumeTest}</Link>
              ) : state === 'open' ? (
                <Link className="button button--primary" to={`/test/benchmark/${encodeURIComponent(b.id)}`}>
                  {t.test.startBenchmark}
                </Link>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
