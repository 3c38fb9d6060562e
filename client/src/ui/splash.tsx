import { useI18n } from '../i18n/i18n.tsx';
import { Logo } from './logo.tsx';
import { Loading } from './states.tsx';

/**
 * Full-screen wait (session restoring, the signed-in code loading, the local database opening):
 * the mark, the app's name and what is being waited for. index.html paints the mark and the name
 * (in English) with an empty status line before any script has run, so the first render only
 * fills in the status (and, in Hindi, the name).
 */
export function Splash({ label }: { label: string }) {
  const { t } = useI18n();
  return (
    <div className="splash">
      <div className="splash__inner">
        <Logo size={64} />
        <p className="splash__name">{t.app.name}</p>
        <Loading label={label} />
      </div>
    </div>
  );
}
