import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../router.tsx';
import { LanguageSwitch } from '../ui/language-switch.tsx';
import { Logo } from '../ui/logo.tsx';

/** The frame of the screens a signed-out visitor sees: brand, language, one card, footer. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="public">
      <header className="public__bar">
        <Link to="/" className="brand">
          <Logo />
          <span className="brand__name brand__name--full">{t.app.name}</span>
          <span className="brand__name brand__name--short" aria-hidden="true">
            {t.app.shortName}
          </span>
        </Link>
        <LanguageSwitch />
      </header>
      <main id="main" className="public__main" tabIndex={-1}>
        <p className="public__tagline">{t.app.tagline}</p>
        {children}
      </main>
      <footer className="public__footer">
        <Link to="/about">{t.nav.about}</Link>
      </footer>
    </div>
  );
}
