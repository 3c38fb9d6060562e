import type { User } from '@cr/shared';
import { useI18n } from '../i18n/i18n.tsx';

/** The account's details as a description list (read-only for now; editing arrives with settings). */
export function ProfileCard({ user, headingLevel = 2 }: { user: User; headingLevel?: 1 | 2 }) {
  const { t, formatDate } = useI18n();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const rows: Array<[string, string | null]> = [
    [t.profile.email, user.email],
    [t.profile.role, t.role[user.role]],
    ...(user.role === 'student'
      ? ([
          [t.profile.standard, user.standard ? String(user.standard) : null],
          [t.profile.examTarget, user.exam_target ? formatDate(user.exam_target) : null],
          [t.profile.coachingCenter, user.coaching_center],
        ] as Array<[string, string | null]>)
      : []),
    [t.profile.phone, user.phone],
    [t.profile.joined, formatDate(user.join_date)],
    [t.profile.lastLogin, user.last_login ? formatDate(user.last_login) : null],
  ];
  return (
    <section className="card profile" aria-labelledby="profile-heading">
      <Heading id="profile-heading" className={headingLevel === 1 ? 'page__title' : 'card__title'} {...(headingLevel === 1 ? { 'data-focus-target': true, tabIndex: -1 } : {})}>
        {user.full_name ?? t.profile.title}
      </Heading>
      <dl className="deflist">
        {rows.map(([label, value]) => (
          <div key={label} className="deflist__row">
            <dt>{label}</dt>
            <dd className={value ? undefined : 'muted'}>{value ?? t.profile.notSet}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function ProfilePage({ user }: { user: User }) {
  return (
    <div className="page page--narrow">
      <ProfileCard user={user} headingLevel={1} />
    </div>
  );
}
