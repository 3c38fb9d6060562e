import { useI18n } from '../i18n/i18n.tsx';

/** First tab stop on every page: jumps past the header to the main region. */
export function SkipLink() {
  const { t } = useI18n();
  return (
    <a className="skip-link" href="#main">
      {t.app.skipToContent}
    </a>
  );
}
