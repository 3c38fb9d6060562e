import type { User } from '@cr/shared';
import { useCoachCohorts } from '../data/coach/coach.ts';
import { useDetailPrefetch } from '../data/coach/coach-detail.ts';
import { getAccountCounts, getUsers } from '../data/admin/queries.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useResource } from '../lib/use-resource.ts';
import { Link } from '../router.tsx';
import { Loaded } from './coach/loaded.tsx';
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

/** The coach's cohorts from their replica: listed offline too, and gone once unassigned. */
function CohortList() {
  const { t } = useI18n();
  const cohorts = useCoachCohorts();
  // Keeps each student's drill-down on this device while online, so it opens offline later.
  useDetailPrefetch();
  return (
    <section className="card" aria-labelledby="cohorts-heading">
      <h2 id="cohorts-heading" className="card__title">
        {t.staff.cohortsHeading}
      </h2>
      <Loaded state={cohorts} errorTitle={t.staff.loadFailed} loadingLabel={t.coachx.syncing}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">{t.staff.cohortsEmpty}</p>
          ) : (
            <>
              <ul className="list" aria-labelledby="cohorts-heading">
                {list.map((c) => (
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
              {list.length > 1 ? (
                <p>
                  <Link to="/coach/cohorts/all">{t.coachx.allCohortsLink(list.reduce((n, c) => n + c.students, 0))}</Link>
                </p>
              ) : null}
            </>
          )
        }
      </Loaded>
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
        <Loaded state={counts} errorTitle={t.staff.loadFailed} onRetry={reloadCounts}>
          {(data) => (
            <dl className="counts">
              {(['student', 'coach', 'admin'] as const).map((role) => (
                <div key={role} className="counts__item">
                  <dt>{t.role[role]}</dt>
                  <dd>{data[role]}</dd>
                </div>
              ))}
            </dl>
          )}
        </Loaded>
      </section>
      <section className="card" aria-labelledby="recent-users-heading">
        <h2 id="recent-users-heading" className="card__title">
          {t.staff.recentUsersHeading}
        </h2>
        <Loaded state={recent} errorTitle={t.staff.loadFailed} onRetry={reloadRecent}>
          {(data) => (
            <ul className="list">
              {data.users.map((u) => (
                <li key={u.id} className="list__item">
                  <span className="list__primary">{u.full_name ?? u.email}</span>
                  <span className="list__secondary">
                    {t.role[u.role]} · {formatDate(u.join_date)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Loaded>
      </section>
    </>
  );
}
