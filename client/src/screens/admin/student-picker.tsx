import { useEffect, useId, useState } from 'react';
import { listUsers, type AdminUser } from '../../data/admin/admin.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** Matches listed at most; more say how many are left and ask for a narrower search. */
const SHOWN = 20;
/** Debounce of the search while typing (ms). */
const TYPING_MS = 250;

/**
 * Finds students by name or e-mail (the admin users search) and adds one with a click: nobody
 * types or pastes a user id. Members of the cohort are shown as such instead of an Add button.
 */
export function StudentPicker({ members, onAdd }: { members: ReadonlySet<string>; onAdd: (user: AdminUser) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<{ users: AdminUser[]; total: number } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const term = q.trim();
    if (term.length < 2) {
      setFound(null);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      listUsers({ role: 'student', q: term, limit: SHOWN }, controller.signal).then(
        (r) => {
          setFailed(false);
          setFound(r);
        },
        () => {
          if (!controller.signal.aborted) setFailed(true);
        },
      );
    }, TYPING_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [q]);
  return (
    <div className="stack" data-student-picker>
      <label htmlFor={`${id}-q`}>{t.staffx.pickStudent}</label>
      <input id={`${id}-q`} type="search" value={q} maxLength={100} placeholder={t.staffx.pickSearch} autoComplete="off" onChange={(e) => setQ(e.target.value)} />
      {q.trim().length < 2 ? <p className="muted">{t.staffx.pickHint}</p> : null}
      {failed ? <p role="alert">{t.admin.failed}</p> : null}
      {found && found.users.length === 0 ? <p className="muted">{t.staffx.pickNone}</p> : null}
      {found && found.users.length > 0 ? (
        <ul className="list" aria-live="polite">
          {found.users.map((u) => (
            <li key={u.id} className="list__item">
              <span className="list__primary">{u.full_name ?? u.email}</span>
              <span className="list__secondary">
                {u.email}
                {u.status === 'active' ? null : ` · ${t.admin.statusName[u.status]}`}
              </span>{' '}
              {members.has(u.id) ? (
                <span className="muted">{t.staffx.pickMember}</span>
              ) : (
                <button type="button" className="button button--secondary" onClick={() => onAdd(u)}>
                  {t.staffx.pickAdd}
                  <span className="visually-hidden"> {u.full_name ?? u.email}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {found && found.total > found.users.length ? <p className="muted">{t.staffx.pickMore(found.total - found.users.length)}</p> : null}
    </div>
  );
}
