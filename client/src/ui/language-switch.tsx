import { LANGUAGES, useI18n, type Language } from '../i18n/i18n.tsx';

/** Two toggle buttons, each label in its own language so either reader can find theirs. */
export function LanguageSwitch({ onChange }: { onChange?: (lang: Language) => void }) {
  const { t, lang, setLang } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t.lang.label}>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={lang === code}
          onClick={() => {
            if (code === lang) return;
            setLang(code);
            onChange?.(code);
          }}
        >
          {t.lang[code]}
        </button>
      ))}
    </div>
  );
}
