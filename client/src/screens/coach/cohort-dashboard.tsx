import { useState } from 'react';
import { burnoutList, getCohortDashboard, inactiveStudents, reasonText, type CohortDashboard, type StudentSummary, type Unit } from '../../data/coach.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useResource } from '../../lib/use-resource.ts';
import { Link } from '../../router.tsx';
import { LoadError, Loading } from '../../ui/states.tsx';
import './coach.css';

const pct = (m: number | null | undefined) => (m == null ? null : Math.round(m * 100));
const band = (p: number) => (p < 40 ? 0 : p < 60 ? 1 : p < 80 ? 2 : 3);

/** A cohort at a glance: mastery heatmap, inactive, burnout and flagged students. */
export function CohortDashboardScreen({ cohortId }: { cohortId: string }) {
  const { t } = useI18n();
  const [data, reload] = useResource((signal) => getCohortDashboard(cohortId, signal), cohortId);
  return (
    <div className="page">
      <p>
        <Link to="/">{t.coach.back}</Link>
      </p>
      {data.status === 'loading' ? <Loading /> : null}
      {data.status === 'error' ? <LoadError title={t.coach.loadFailed} error={data.error} onRetry={reload} /> : null}
      {data.status === 'ready' ? <Dashboard data={data.data} /> : null}
    </div>
  );
}

function Dashboard({ data }: { data: CohortDashboard }) {
  const { t } = useI18n();
  const [days, setDays] = useState(7);
  const now = Date.now();
  const idle = inactiveStudents(data.students, days, now);
  const burnout = burnoutList(data.students);
  const flagged = data.students.filter((s) => s.flags.length > 0);
  return (
    <>
      <header className="page__header">
        <h1 className="page__title" data-focus-target tabIndex={-1}>
          {t.coach.dashboardTitle(data.cohort.name)}
        </h1>
      </header>
      <section className="card" aria-labelledby="heatmap-heading">
        <h2 id="heatmap-heading" className="card__title">
          {t.coach.heatmapHeading}
        </h2>
        <Heatmap units={data.units} students={data.students} />
      </section>
      <div className="coach-grid">
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
            {idle.map((s) => (
              <li key={s.student_id} className="list__item">
                <StudentLink s={s} />
                <span className="list__secondary">{s.last_active_at ? t.coach.lastActive(new Date(s.last_active_at).toLocaleDateString()) : t.coach.neverActive}</span>
              </li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="burnout-heading">
          <h2 id="burnout-heading" className="card__title">
            {t.coach.burnoutHeading}
          </h2>
          {burnout.length === 0 ? <p className="muted">{t.coach.burnoutEmpty}</p> : null}
          <ul className="list">
            {burnout.map((s) => (
              <li key={s.student_id} className="list__item">
                <StudentLink s={s} /> <span className="list__secondary">{t.coach.risk(pct(s.burnout_risk) ?? 0)}</span>
                <ul>
                  {s.burnout_reasons.map((r, i) => (
                    <li key={i}>{reasonText(r)}</li>
                  ))}
                </ul>
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
            {flagged.map((s) => (
              <li key={s.student_id} className="list__item">
                <StudentLink s={s} />
                <span className="list__secondary">{s.flags.map((f) => t.coach.flag[f] ?? f).join(', ')}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}

function StudentLink({ s }: { s: StudentSummary }) {
  return (
    <Link className="list__primary" to={`/coach/students/${s.student_id}`}>
      {s.display_name}
    </Link>
  );
}

/** Students × units as a table: the number is always printed, colour only repeats it. */
export function Heatmap({ units, students }: { units: Unit[]; students: StudentSummary[] }) {
  const { t } = useI18n();
  return (
    <div className="heatmap__scroll" tabIndex={0} role="region" aria-labelledby="heatmap-heading">
      <table className="heatmap">
        <caption>{t.coach.heatmapCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.coach.student}</th>
            <th scope="col">{t.coach.overall}</th>
            {units.map((u) => (
              <th scope="col" key={u.id} title={u.title}>
                {u.id}
              </th>
            ))}
            <th scope="col">{t.coach.latest}</th>
          </tr>
        </thead>
        <tbody>
          {students.map((s) => (
            <tr key={s.student_id}>
              <th scope="row">
                <StudentLink s={s} />
              </th>
              <Cell value={pct(s.overall_mastery)} />
              {units.map((u) => (
                <Cell key={u.id} value={pct(s.unit_mastery[u.id]?.m)} />
              ))}
              <td>{s.latest_result ? t.coach.score(s.latest_result.total_score, s.latest_result.total_marks) : t.coach.noResult}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Cell({ value }: { value: number | null }) {
  const { t } = useI18n();
  if (value === null) {
    return (
      <td className="heat-none">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t.coach.noPractice}</span>
      </td>
    );
  }
  return <td className={`heat-${band(value)}`}>{value}%</td>;
}
