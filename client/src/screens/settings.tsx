import { useEffect, useState } from 'react';
import { requestPersistentStorage, useExportLocalData } from '../data/export.ts';
import { useI18n, type Language } from '../i18n/i18n.tsx';
import { LanguageSwitch } from '../ui/language-switch.tsx';
import { useAccount } from './profiles/account.tsx';
import { RemoveSection, SecuritySection } from './profiles/settings-sections.tsx';
import { StudySettingsSection } from './study-settings-section.tsx';

/**
 * Settings: language, PIN and idle lock, data export of the local replica, storage persistence,
 * and removing the profile from this device.
 */
export function Settings({ onLanguageChange }: { onLanguageChange: (lang: Language) => void }) {
  const { t } = useI18n();
  const account = useAccount();
  const exportData = useExportLocalData();
  const [persistent, setPersistent] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void requestPersistentStorage().then(setPersistent);
  }, []);

  const download = async () => {
    setBusy(true);
    try {
      const data = await exportData();
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `cognitive-resonance-${data.exported_at.slice(0, 10)}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="stack">
      <h1 tabIndex={-1} data-focus-target>
        {t.settings.title}
      </h1>
      <section className="card stack" aria-labelledby="settings-language">
        <h2 id="settings-language">{t.lang.label}</h2>
        <LanguageSwitch onChange={onLanguageChange} />
      </section>
      <section className="card stack" aria-labelledby="settings-data">
        <h2 id="settings-data">{t.settings.dataHeading}</h2>
        <p className="muted">{t.settings.exportLead}</p>
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void download()}>
          {t.settings.export}
        </button>
        {persistent === null ? null : <p className="muted">{persistent ? t.settings.persistent : t.settings.notPersistent}</p>}
      </section>
      {account.onDevice && account.user.role === 'student' ? <StudySettingsSection userId={account.user.id} /> : null}
      {account.onDevice ? <SecuritySection userId={account.user.id} /> : null}
      {account.onDevice ? <RemoveSection onRemove={() => account.remove(t.profiles.removeHeading)} /> : null}
    </section>
  );
}
