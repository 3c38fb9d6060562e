import { useState, type ReactNode } from 'react';
import type { User } from '@cr/shared';
import { session } from '../data/current-session.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../router.tsx';
import { LanguageSwitch } from '../ui/language-switch.tsx';
import { Logo } from '../ui/logo.tsx';
import { SyncIndicator } from '../ui/sync-indicator.tsx';

/** The signed-in frame: header with the student's name and sign-out, navigation, main region. */
export function AppShell({ user, children, onLanguageChange }: { user: User; children: ReactNode; onLanguageChange: (lang: 'en' | 'hi') => void }) {
  const { t } = useI18n();
  const [signingOut, setSigningOut] = useState(false);
  const name = user.full_name ?? user.email;
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
            {isStudent ? <Link to="/profile">{t.nav.profile}</Link> : null}
            {isStudent ? <Link to="/settings">{t.settings.title}</Link> : null}
            <Link to="/about">{t.nav.about}</Link>
          </nav>
          <div className="topbar__lang">
            <LanguageSwitch onChange={onLanguageChange} />
          </div>
          <div className="topbar__account">
            {user.role !== 'admin' ? <SyncIndicator /> : null}
            <span className="topbar__user" title={t.nav.signedInAs(name)}>
              <span className="avatar" aria-hidden="true">
                {initials(name)}
              </span>
              <span className="topbar__name">{name}</span>
            </span>
            <button
              type="button"
              className="button button--ghost"
              disabled={signingOut}
              onClick={() => {
                setSigningOut(true);
                void session.signOut();
              }}
            >
              {signingOut ? t.nav.signingOut : t.nav.signOut}
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="content" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

function initials(name: string): string {
  const parts = name.replace(/\(.*?\)/g, '').trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]![0], parts[parts.length - 1]![0]] : [name[0]];
  return letters.join('').toUpperCase();
}
