import { useNotifications, useMarkRead, type LocalNotification } from '../data/notifications/notifications.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { navigate } from '../router.tsx';
import { Loading } from '../ui/states.tsx';
import { NotificationSettingsSection } from './notification-settings.tsx';

/** The in-app notification list (from the replica, so it reads offline) and the notification settings. */
export function NotificationsScreen() {
  const { t, lang } = useI18n();
  const list = useNotifications();
  const markRead = useMarkRead();
  const unread = list.data.filter((n) => !n.read_at);
  const when = (iso: string) => new Intl.DateTimeFormat(lang === 'hi' ? 'hi-IN' : 'en-IN', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const open = async (n: LocalNotification) => {
    await markRead([n.id]);
    navigate(n.url.startsWith('/') ? n.url : '/');
  };

  return (
    <section className="stack">
      <h1 tabIndex={-1} data-focus-target>
        {t.notify.title}
      </h1>
      <section className="card stack" aria-labelledby="notifications-list">
        <h2 id="notifications-list" className="visually-hidden">
          {t.notify.title}
        </h2>
        {list.loading ? <Loading label={t.notify.loading} /> : null}
        {!list.loading && list.data.length === 0 ? <p className="muted">{t.notify.empty}</p> : null}
        {unread.length > 0 ? (
          <button type="button" className="button" onClick={() => void markRead(unread.map((n) => n.id))}>
            {t.notify.markAllRead}
          </button>
        ) : null}
        <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
          {list.data.map((n) => (
            <li key={n.id} className="card" data-unread={n.read_at ? undefined : 'true'} style={n.read_at ? undefined : { borderInlineStart: '4px solid currentColor' }}>
              <p>
                {n.read_at ? null : <strong>{t.notify.unread} · </strong>}
                <strong>{n.title}</strong>
              </p>
              {n.body.split('\n').map((line, i) => (
                <p key={i} className="muted">
                  {line}
                </p>
              ))}
              <p className="muted">
                <time dateTime={n.created_at}>{when(n.created_at)}</time>
              </p>
              <button type="button" className="button button--primary" onClick={() => void open(n)}>
                {t.notify.open}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <NotificationSettingsSection />
    </section>
  );
}
