import { useEffect, useState } from 'react';
import { requestPersistentStorage } from '../data/account/export.ts';
import { useI18n, type Language } from '../i18n/i18n.tsx';
import { LanguageSwitch } from '../ui/language-switch.tsx';
import { useAccount } from './profiles/account.tsx';
import { RemoveSection, SecuritySection } from './profiles/settings-sections.tsx';
import { ConsentSection, DeleteAccountSection, ExportSection } from './privacy/settings-privacy.tsx';
import { StudySettingsSection } from './study-settings-section.tsx';

/**
 * Settings: language, PIN and idle lock, data export (server and device), storage persistence,
 * guardian consent, removing the profile from this device, and deleting the account.
 */
export function Settings({ onLanguageChange }: { onLanguageChange: (lang: Language) => void }) {
  const { t } = useI18n();
  const account = useAccount();
  const [persistent, setPersistent] = useState<boolean | null>(null);

  useEffect(() => {
    void requestPersistentStorage().then(setPersistent);
  }, []);

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
        {persistent === null ? null : <p className="muted">{persistent ? t.settings.persistent : t.settings.notPersistent}</p>}
        <ExportSection />
      </section>
      {account.onDevice && account.user.role === 'student' ? <StudySettingsSection userId={account.user.id} /> : null}
      {account.user.role === 'student' ? <ConsentSection /> : null}
      {account.onDevice ? <SecuritySection userId={account.user.id} /> : null}
      {account.onDevice ? <RemoveSection onRemove={() => account.remove(t.profiles.removeHeading)} /> : null}
      <DeleteAccountSection />
    </section>
  );
}
