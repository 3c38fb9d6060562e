import type { CSSProperties } from 'react';
import { useUnreadCount } from '../../data/coach/coach-inbox.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { Link } from '../../router.tsx';

// Inline, so the app shell needs no coach stylesheet for one badge.
const BADGE: CSSProperties = {
  display: 'inline-block',
  minWidth: '1.2rem',
  padding: '0 0.35rem',
  marginLeft: '0.3rem',
  borderRadius: '0.6rem',
  background: '#b3261e',
  color: '#fff',
  fontSize: '0.75rem',
  fontWeight: 700,
  lineHeight: '1.2rem',
  textAlign: 'center',
};

/** The coach's "Inbox" navigation link with the unread count (live from the replica). */
export function InboxNavLink({ coachId }: { coachId: string }) {
  const { t } = useI18n();
  const unread = useUnreadCount(coachId);
  return (
    <Link to="/coach/inbox">
      {t.staffx.navInbox}
      {unread > 0 ? (
        <span className="nav-badge" data-unread={unread} style={BADGE}>
          <span aria-hidden="true">{unread}</span>
          <span className="visually-hidden">{t.staffx.unreadBadge(unread)}</span>
        </span>
      ) : null}
    </Link>
  );
}
