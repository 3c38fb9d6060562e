import type { User } from '@cr/shared';
import { getAccountCounts, getCoachCohorts, getUsers } from '../data/queries.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useResource } from '../lib/use-resource.ts';
import { Link } from '../router.tsx';
import { LoadError, Loading } from '../ui/states.tsx';
import { ProfileCard } from './profile.tsx';

/** Home for coaches and admins: their profile and what their role looks after. */
export function StaffHome({ user }: { user: User }) {
  const { t } = useI18n();
  const isCoach = user.role === 'coach';
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title" data-focus-target tabIndex={-1}>
          {isCoach ? t.staff.coachTitle : t.staff.adminTitle}
        </h1>
        <p className="page__subtitle">{isCoach ? t.staff.coachLead : t.staff.adminLead}</p>
      </header>
      <div className="staff">
        <ProfileCard user={user} />
        {isCoach ? <CohortList /> : <AccountsOverview />}
        {user.role === 'admin' ? (
          <p>
            <Link className="button button--primary" to="/admin">
              {t.admin.title}
            </Link>
          </p>
        ) : null}
      </div>
    </div>
  );
}

function CohortList() {
  const { t } = useI18n();
  const [cohorts, reload] = useResource(getCoachCohorts);
  return (
    <section className="card" aria-labelledby="cohorts-heading">
      <h2 id="cohorts-heading" className="card__title">
        {t.staff.cohortsHeading}
      </h2>
      {cohorts.status === 'loading' ? <Loading /> : null}
      {cohorts.status === 'error' ? <LoadError title={t.staff.loadFailed} error={cohorts.error} onRetry={reload} /> : null}
      {cohorts.status === 'ready' && cohorts.data.length === 0 ? <p className="muted">{t.staff.cohortsEmpty}</p> : null}
      {cohorts.status === 'ready' && cohorts.data.length > 0 ? (
        <ul className="list" aria-labelledby="cohorts-heading">
          {cohorts.data.map((c) => (
            <li key={c.id} className="list__item">
              <Link className="list__primary" to={`/coach/cohorts/${c.id}`}>
                {c.name}
              </Link>
              <span className="list__secondary">
                {c.standard ? t.staff.cohortClass(c.standard) : t.staff.mixedClasses} · {t.staff.cohortStudents(c.students)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function AccountsOverview() {
  const { t, formatDate } = useI18n();
  const [counts, reloadCounts] = useResource(getAccountCounts);
  const [recent, reloadRecent] = useResource((signal) => getUsers({ limit: 8 }, signal));
  return (
    <>
      <section className="card" aria-labelledby="accounts-heading">
        <h2 id="accounts-heading" className="card__title">
          {t.staff.accountsHeading}
        </h2>
        {counts.status === 'loading' ? <Loading /> : null}
        {counts.status === 'error' ? <LoadError title={t.staff.loadFailed} error={counts.error} onRetry={reloadCounts} /> : null}
        {counts.status === 'ready' ? (
          <dl className="counts">
            {(['student', 'coach', 'admin'] as const).map((role) => (
              <div key={role} className="counts__item">
                <dt>{t.role[role]}</dt>
                <dd>{counts.data[role]}</dd>
              </div>
            ))}
          </dl>
        ) : null}
      </section>
      <section className="card" aria-labelledby="recent-users-heading">
        <h2 id="recent-users-heading" className="card__title">
          {t.staff.recentUsersHeading}
        </h2>
        {recent.status === 'loading' ? <Loading /> : null}
        {recent.status === 'error' ? <LoadError title={t.staff.loadFailed} error={recent.error} onRetry={reloadRecent} /> : null}
        {recent.status === 'ready' ? (
          <ul className="list">
            {recent.data.users.map((u) => (
              <li key={u.id} className="list__item">
                <span className="list__primary">{u.full_name ?? u.email}</span>
                <span className="list__secondary">
                  {t.role[u.role]} · {formatDate(u.join_date)}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}
