import { useInbox } from '../../data/coach/coach-inbox.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { timeAgo } from '../../lib/staff-names.ts';
import { Link } from '../../router.tsx';
import { Loaded } from './loaded.tsx';
import './coach.css';

/** The coach's conversations across cohorts, newest first, from the replica (works offline). */
export function CoachInboxScreen({ coachId }: { coachId: string }) {
  const { t, lang } = useI18n();
  const inbox = useInbox(coachId);
  const now = Date.now();
  return (
    <div className="page coach-page">
      <header className="page__header">
        <h1 className="page__title" data-focus-target tabIndex={-1}>
          {t.staffx.inboxTitle}
        </h1>
        <p className="page__subtitle">{t.staffx.inboxLead}</p>
      </header>
      <section className="card" aria-label={t.staffx.inboxTitle}>
        <Loaded state={inbox} errorTitle={t.coach.loadFailed} loadingLabel={t.coachx.syncing}>
          {(threads) =>
            threads.length === 0 ? (
              <p className="muted">{t.staffx.inboxEmpty}</p>
            ) : (
              <ul className="list inbox">
                {threads.map((th) => (
                  <li key={th.student_id} className={`list__item${th.unread > 0 ? ' inbox__item--unread' : ''}`} data-thread={th.student_id}>
                    <Link className="list__primary" to={`/coach/students/${th.student_id}`}>
                      {th.name ?? t.coach.student}
                    </Link>
                    {th.unread > 0 ? <span className="badge" data-unread={th.unread}>{t.staffx.inboxUnread(th.unread)}</span> : null}
                    <span className="list__secondary">
                      {th.last_sender === coachId ? `${t.staffx.inboxYou}: ` : ''}
                      {th.last_body.length > 120 ? `${th.last_body.slice(0, 120)}…` : th.last_body} · {timeAgo(th.last_at, now, lang)}
                    </span>
                  </li>
                ))}
              </ul>
            )
          }
        </Loaded>
      </section>
    </div>
  );
}
