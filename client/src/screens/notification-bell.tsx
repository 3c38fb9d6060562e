import { useUnreadCount } from '../data/notifications/notifications.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../router.tsx';

/** Header link to the notification list with the unread count (from the replica: correct offline). */
export function NotificationBell() {
  const { t } = useI18n();
  const unread = useUnreadCount();
  return (
    <Link to="/notifications" className="notification-bell" aria-label={t.notify.navLabel(unread)}>
      <span aria-hidden="true">🔔</span>
      {unread > 0 ? (
        <span className="badge" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Link>
  );
}
