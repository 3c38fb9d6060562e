import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { burnoutList, inactiveStudents, reasonText, useCohortDashboard, useSummaryComputedAt, type CohortDashboard, type StudentSummary, type Unit } from '../../data/coach/coach.ts';
import { useDetailPrefetch } from '../../data/coach/coach-detail.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { testName, timeAgo } from '../../lib/staff-names.ts';
import { Link } from '../../router.tsx';
import { Loaded } from './loaded.tsx';
import './coach.css';
import { DAY_MS } from '@cr/shared/time';

const pct = (m: number | null | undefined) => (m == null ? null : Math.round(m * 100));
const band = (p: number) => (p < 40 ? 0 : p < 60 ? 1 : p < 80 ? 2 : 3);

/** The side lists show this many students; the heatmap shows everyone. */
const LIST_MAX = 50;

/** Performance marks the coach benchmark reads (bench/coach.ts). */
export const HEATMAP_MARK = 'coach:heatmap-rendered';

/**
 * A cohort at a glance, from the coach's own replica (works offline, updates live as summaries
 * sync): mastery heatmap with recent activity and latest result, inactive, burnout-risk and
 * flagged students. `cohortId` 'all' shows every cohort the coach coaches in one heatmap.
 */
export function CohortDashboardScreen({ cohortId }: { cohortId: string }) {
  const { t } = useI18n();
  const data = useCohortDashboard(cohortId);
  // Drill-downs of the coach's students are kept on the device, so they open offline.
  const offline = useDetailPrefetch();
  return (
    <div className="page coach-page">
      <p>
        <Link to="/">{t.coach.back}</Link>
      </p>
      <Loaded state={data} errorTitle={t.coach.loadFailed} loadingLabel={t.coachx.syncing}>
        {(d) => (d ? <Dashboard data={d} all={cohortId === 'all'} /> : <NotYours />)}
      </Loaded>
      {offline.students > 0 ? (
        <p className="muted" data-details-saved={offline.saved}>
          {t.staffx.detailsSaved(offline.saved, offline.students)}
        </p>
      ) : null}
    </div>
  );
}

function NotYours() {
  const { t } = useI18n();
  return (
    <div className="notice" role="status">
      <p className="notice__title">{t.coachx.notYoursTitle}</p>
      <p>{t.coachx.notYoursBody}</p>
    </div>
  );
}

/** When the newest summary row of the cohort (or of all the coach's cohorts) last changed. */
function Freshness({ cohortId }: { cohortId: string | null }) {
  const { t, lang } = useI18n();
  const at = useSummaryComputedAt(cohortId);
  // Re-render each minute so "2 minutes ago" stays true while the screen is open.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  useEffect(() => setNow(Date.now()), [at]);
  return at ? (
    <p className="muted" data-freshness>
      {t.staffx.updatedAt(timeAgo(at, now, lang))}
    </p>
  ) : null;
}

function Dashboard({ data, all }: { data: CohortDashboard; all: boolean }) {
  const { t, lang, formatDate } = useI18n();
  const [days, setDays] = useState(7);
  const [subject, setSubject] = useState<'' | 'MATH' | 'PHYSICS' | 'CHEMISTRY'>('');
  const units = useMemo(() => (subject ? data.units.filter((u) => u.subject === subject) : data.units), [data.units, subject]);
  // One clock reading per data change, so the lists do not re-derive on every keystroke elsewhere.
  const now = useMemo(() => Date.now(), [data.students]);
  const idle = useMemo(() => inactiveStudents(data.students, days, now), [data.students, days, now]);
  const burnout = useMemo(() => burnoutList(data.students), [data.students]);
  const flagged = useMemo(() => data.students.filter((s) => s.flags.length > 0), [data.students]);
  const results = useMemo(
    () =>
      data.students
        .filter((s): s is StudentSummary & { latest_result: NonNullable<StudentSummary['latest_result']> } => s.latest_result !== null)
        .sort((a, b) => b.latest_result.test_date.localeCompare(a.latest_result.test_date))
        .slice(0, 20),
    [data.students],
  );
  return (
    <>
      <header className="page__header">
        <h1 className="page__title" data-focus-target tabIndex={-1}>
          {all ? t.coachx.allCohortsTitle : t.coach.dashboardTitle(data.cohort.name)}
        </h1>
        <p className="page__subtitle">{t.coachx.studentCount(data.students.length)}</p>
        <Freshness cohortId={all ? null : data.cohort.id} />
      </header>
      <section className="card" aria-labelledby="heatmap-heading">
        <h2 id="heatmap-heading" className="card__title">
          {t.coach.heatmapHeading}
        </h2>
        <label>
          {t.coachx.subjectFilter}{' '}
          <select value={subject} onChange={(e) => setSubject(e.target.value as typeof subject)}>
            {(['', 'MATH', 'PHYSICS', 'CHEMISTRY'] as const).map((k) => (
              <option key={k} value={k}>
                {t.coachx.subjects[k || 'ALL']}
              </option>
            ))}
          </select>
        </label>
        {data.students.length === 0 ? <p className="muted">{t.coachx.noStudents}</p> : (
          <>
            <Heatmap units={units} students={data.students} now={now} />
            <HeatmapNote />
          </>
        )}
      </section>
      <div className="coach-grid">
        <section className="card" aria-labelledby="results-heading">
          <h2 id="results-heading" className="card__title">
            {t.coach.resultsHeading}
          </h2>
          {results.length === 0 ? <p className="muted">{t.coachx.resultsEmpty}</p> : null}
          <ul className="list">
            {results.map((s) => (
              <li key={`${s.cohort_id ?? ''}:${s.student_id}`} className="list__item">
                <StudentLink s={s} />
                <span className="list__secondary">
                  {testName(t, lang, s.latest_result.test_type, s.latest_result.test_id)} · {t.coach.score(s.latest_result.total_score, s.latest_result.total_marks)} ·{' '}
                  {formatDate(s.latest_result.test_date)}
                  {s.latest_result.percentile != null ? ` · ${t.coach.percentile} ${s.latest_result.percentile}` : ''}
                  {s.latest_result.estimated_rank != null ? ` · ${t.coach.rank} ${s.latest_result.estimated_rank}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="inactive-heading">
          <h2 id="inactive-heading" className="card__title">
            {t.coach.inactiveHeading}
          </h2>
          <label>
            {t.coach.inactiveDays}{' '}
            <input type="number" min={1} max={90} value={days} onChange={(e) => setDays(Math.max(1, Number(e.target.value) || 1))} style={{ width: '4rem' }} />
          </label>
          {idle.length === 0 ? <p className="muted">{t.coach.inactiveEmpty}</p> : null}
          <ul className="list">
            {idle.slice(0, LIST_MAX).map((s) => (
              <li key={`${s.cohort_id ?? ''}:${s.student_id}`} className="list__item">
                <StudentLink s={s} />
                <span className="list__secondary">{s.last_active_at ? t.coach.lastActive(formatDate(s.last_active_at)) : t.coach.neverActive}</span>
              </li>
            ))}
          </ul>
          <More total={idle.length} />
        </section>
        <section className="card" aria-labelledby="burnout-heading">
          <h2 id="burnout-heading" className="card__title">
            {t.coach.burnoutHeading}
          </h2>
          {burnout.length === 0 ? <p className="muted">{t.coach.burnoutEmpty}</p> : null}
          <ul className="list">
            {burnout.slice(0, LIST_MAX).map((s) => (
              <li key={`${s.cohort_id ?? ''}:${s.student_id}`} className="list__item">
                <StudentLink s={s} /> <span className="list__secondary">{t.coach.risk(pct(s.burnout_risk) ?? 0)}</span>
                <ul>
                  {s.burnout_reasons.map((r, i) => (
                    <li key={i}>{reasonText(r)}</li>
                  ))}
                </ul>
          <More total={burnout.length} />
              </li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="flagged-heading">
          <h2 id="flagged-heading" className="card__title">
            {t.coach.flaggedHeading}
          </h2>
          {flagged.length === 0 ? <p className="muted">{t.coach.flaggedEmpty}</p> : null}
          <ul className="list">
            {flagged.slice(0, LIST_MAX).map((s) => (
              <li key={`${s.cohort_id ?? ''}:${s.student_id}`} className="list__item">
                <StudentLink s={s} />
                <span className="list__secondary">{s.flags.map((f) => t.coach.flag[f] ?? f).join(', ')}</span>
              </li>
            ))}
          </ul>
          <More total={flagged.length} />
        </section>
      </div>
    </>
  );
}

function More({ total }: { total: number }) {
  const { t } = useI18n();
  return total > LIST_MAX ? <p className="muted coach-list--more">{t.coachx.more(total - LIST_MAX)}</p> : null;
}

function StudentLink({ s }: { s: StudentSummary }) {
  return (
    <Link className="list__primary" to={`/coach/students/${s.student_id}`}>
      {s.display_name}
    </Link>
  );
}

/** Row height of the heatmap (px, fixed in coach.css), so rows out of view need not exist. */
const ROW_PX = 34;
/** Up to this many rows render in full; larger tables render the rows in view plus a margin. */
const WINDOW_FROM = 80;
const OVERSCAN = 15;

/** The rows [start, end) to render for a scroll position; all of them for small tables. */
function useRowWindow(total: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState<[number, number]>([0, Math.min(total, 60)]);
  const update = useCallback(() => {
    const el = ref.current;
    if (!el || total <= WINDOW_FROM) return;
    const head = el.querySelector('thead')?.getBoundingClientRect().height ?? ROW_PX;
    const top = Math.max(0, el.scrollTop - head);
    const start = Math.max(0, Math.floor(top / ROW_PX) - OVERSCAN);
    const end = Math.min(total, Math.ceil((top + el.clientHeight) / ROW_PX) + OVERSCAN);
    setRange((r) => (r[0] === start && r[1] === end ? r : [start, end]));
  }, [total]);
  useLayoutEffect(update, [update]);
  useEffect(() => {
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [update]);
  return { ref, onScroll: update, range: total <= WINDOW_FROM ? ([0, total] as [number, number]) : range };
}

/**
 * Students × units as one table: the number is always printed, colour only repeats it. Plain
 * cells (no component per cell), memoized, and for large cohorts only the rows in view (plus a
 * margin) exist, the rest stand in as two spacer rows of the right height, so 1,000 students ×
 * 30 units open as fast as 30 rows. `aria-rowcount`/`aria-rowindex` keep the true positions.
 */
export const Heatmap = memo(function Heatmap({ units, students, now }: { units: Unit[]; students: StudentSummary[]; now: number }) {
  const { t, formatDate } = useI18n();
  const { ref, onScroll, range } = useRowWindow(students.length);
  useEffect(() => {
    performance.mark(HEATMAP_MARK, { detail: { rows: students.length } });
  }, [students]);
  const dash = (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t.coach.noPractice}</span>
    </>
  );
  const weekAgo = now - 7 * DAY_MS;
  const [start, end] = range;
  const columns = units.length + 4;
  return (
    <div className="heatmap__scroll" tabIndex={0} role="region" aria-labelledby="heatmap-heading" ref={ref} onScroll={onScroll}>
      <table className="heatmap" data-rows={students.length} aria-rowcount={students.length + 1}>
        <caption className="visually-hidden">{t.coach.heatmapCaption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t.coach.student}</th>
            <th scope="col">{t.coach.overall}</th>
            <th scope="col">{t.coachx.activityHeading}</th>
            <th scope="col">{t.coach.latest}</th>
            {units.map((u) => (
              <th scope="col" key={u.id} data-unit={u.id}>
                <span className="heatmap__unit">{u.title}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {start > 0 ? (
            <tr aria-hidden="true" className="heatmap__spacer" style={{ height: start * ROW_PX }}>
              <td colSpan={columns} />
            </tr>
          ) : null}
          {students.slice(start, end).map((s, i) => {
            const overall = pct(s.overall_mastery);
            const last = s.last_active_at ? Date.parse(s.last_active_at) : null;
            return (
              <tr key={`${s.cohort_id ?? ''}:${s.student_id}`} data-student={s.student_id} aria-rowindex={start + i + 2}>
                <th scope="row">
                  <StudentLink s={s} />
                </th>
                <td className={overall === null ? 'heat-none' : `heat-${band(overall)}`}>{overall === null ? dash : `${overall}%`}</td>
                <td className={last !== null && last >= weekAgo ? 'activity' : 'activity activity--idle'}>
                  {t.coachx.activity(s.attempts_7d, last === null ? null : formatDate(s.last_active_at ?? ''))}
                </td>
                <td>{s.latest_result ? t.coach.score(s.latest_result.total_score, s.latest_result.total_marks) : t.coach.noResult}</td>
                {units.map((u) => {
                  const v = pct(s.unit_mastery[u.id]?.m);
                  return (
                    <td key={u.id} className={v === null ? 'heat-none' : `heat-${band(v)}`}>
                      {v === null ? dash : `${v}%`}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {end < students.length ? (
            <tr aria-hidden="true" className="heatmap__spacer" style={{ height: (students.length - end) * ROW_PX }}>
              <td colSpan={columns} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
});

/** The heatmap's caption shown under the scrolling region (the table's own caption is for screen readers). */
function HeatmapNote() {
  const { t } = useI18n();
  return (
    <p className="muted heatmap__note" aria-hidden="true">
      {t.coach.heatmapCaption}
    </p>
  );
}
