import type { ReactNode } from 'react';
import type { User } from '@cr/shared';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../router.tsx';
import { LanguageSwitch } from '../ui/language-switch.tsx';
import { Logo } from '../ui/logo.tsx';
import { SyncIndicator } from '../ui/sync-indicator.tsx';
import { InboxNavLink } from './coach/inbox-link.tsx';
import { AccountMenu } from './profiles/account.tsx';
import { NotificationBell } from './notification-bell.tsx';

/** The signed-in frame: header with the student's name and sign-out, navigation, main region. */
export function AppShell({ user, children, onLanguageChange }: { user: User; children: ReactNode; onLanguageChange: (lang: 'en' | 'hi') => void }) {
  const { t } = useI18n();
  const isStudent = user.role === 'student';

  return (
    <div className="shell">
      <header className="topbar">
        <div className="topbar__inner">
          <Link to="/" className="brand">
            <Logo />
            <span className="brand__name">{t.app.shortName}</span>
          </Link>
          <nav className="topnav" aria-label={t.nav.main}>
            <Link to="/">{isStudent ? t.nav.dashboard : t.nav.home}</Link>
            {isStudent ? <Link to="/practice">{t.practice.title}</Link> : null}
            {isStudent ? <Link to="/tests">{t.test.navTests}</Link> : null}
            {isStudent ? <Link to="/map">{t.learn.navMap}</Link> : null}
            {isStudent ? <Link to="/analytics">{t.learn.navAnalytics}</Link> : null}
            {isStudent ? <Link to="/messages">{t.coachx.navMessages}</Link> : null}
            {user.role === 'coach' ? <InboxNavLink coachId={user.id} /> : null}
            {isStudent ? <Link to="/profile">{t.nav.profile}</Link> : null}
            {isStudent ? <Link to="/settings">{t.settings.title}</Link> : null}
            <Link to="/about">{t.nav.about}</Link>
          </nav>
          <div className="topbar__lang">
            <LanguageSwitch onChange={onLanguageChange} />
          </div>
          <div className="topbar__account">
            {user.role !== 'admin' ? <NotificationBell /> : null}
            {user.role !== 'admin' ? <SyncIndicator /> : null}
            <AccountMenu />
          </div>
        </div>
      </header>
      <main id="main" className="content" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
