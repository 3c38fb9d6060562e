import { lazy, Suspense, useEffect, useRef, useSyncExternalStore } from 'react';
import { profiles, session } from './data/account/current-session.ts';
import { hasRemovedDatabases } from './data/sync/trash.ts';
import type { DeviceProfile } from './data/profiles/device-registry.ts';
import { useI18n, type Language } from './i18n/i18n.tsx';
import { useDocumentTitle } from './lib/document-title.ts';
import { lastNavigationKind, navigate, usePath } from './router.tsx';
import { About } from './screens/about.tsx';
import { PublicLayout } from './screens/public-layout.tsx';
import { SignIn } from './screens/sign-in.tsx';
import { SignUp } from './screens/sign-up.tsx';
import { ChoosePin } from './screens/profiles/choose-pin.tsx';
import { reloadDeviceProfiles, useDeviceProfiles } from './screens/profiles/device-profiles.ts';
import { ProfilePicker } from './screens/profiles/profile-picker.tsx';
import { Splash } from './ui/splash.tsx';
import { Loading } from './ui/states.tsx';

const PUBLIC_ONLY = new Set(['/signin', '/signup']);
/** Readable by anyone, signed in or not: the about page, the privacy notice, a guardian's consent link. */
const OPEN_PAGES = new Set(['/about', '/privacy', '/guardian']);

/**
 * Everything behind a sign-in (the local database, the shell and every signed-in screen) is one
 * lazily loaded chunk: the sign-in and "Who's studying?" screens paint without parsing it. It is
 * fetched as soon as this device is known to hold a profile, so unlocking rarely waits for it.
 */
const loadSignedIn = () => import('./signed-in.tsx');
const SignedIn = lazy(() => loadSignedIn().then((m) => ({ default: m.SignedIn })));
const PrivacyNotice = lazy(() => import('./screens/privacy/privacy-notice.tsx').then((m) => ({ default: m.PrivacyNotice })));
const GuardianConsent = lazy(() => import('./screens/privacy/guardian-consent.tsx').then((m) => ({ default: m.GuardianConsent })));

export function App() {
  const state = useSyncExternalStore(session.subscribe, session.getState);
  const device = useDeviceProfiles();
  const path = usePath();
  const { t, lang, setLang } = useI18n();

  useEffect(() => {
    void session.restore();
    // Before any profile database opens: delete the files of profiles removed last time. Only
    // when there are some, so a start with nothing to delete does not fetch the database code
    // (PowerSync) before the first screen is up.
    if (hasRemovedDatabases()) {
      void profiles
        .list()
        .then(async (list) => (await import('./data/sync/database.ts')).purgeRemovedDatabases(new Set(list.map((p) => p.userId))))
        .catch(() => undefined);
    }
  }, []);

  // The picker lists what the registry holds now (a sign-in, a removal or a wiped PIN changed it).
  const signedOut = state.status === 'signed-out';
  useEffect(() => {
    if (signedOut) void reloadDeviceProfiles();
  }, [signedOut]);
  const hasProfiles = device !== null && device.length > 0;
  useEffect(() => {
    if (hasProfiles) void loadSignedIn().catch(() => undefined);
  }, [hasProfiles]);

  // Where a path is not for this visitor, correct the URL; the right screen already renders. A
  // device with profiles shows "Who's studying?" at whatever URL it was opened on, so unlocking
  // lands where the student was.
  const publicPath = PUBLIC_ONLY.has(path) || OPEN_PAGES.has(path);
  const target =
    state.status === 'signed-in' ? (PUBLIC_ONLY.has(path) ? '/' : null) : signedOut && !publicPath && device !== null && device.length === 0 ? '/signin' : null;
  useEffect(() => {
    if (target) navigate(target, { replace: true });
  }, [target]);

  useRouteFocus(path);

  /** The account remembers the language last chosen on any device; the device remembers it per profile. */
  const saveLanguage = (next: Language) => {
    const current = session.getState();
    if (current.status === 'signed-in' && current.user.role !== 'admin') void profiles.setLanguage(current.user.id, next).catch(() => undefined);
    session.updateProfile({ language: next }).catch(() => undefined);
  };
  const afterSignIn = () => {
    const current = session.getState();
    if (current.status === 'signed-in' && current.user.language !== lang) saveLanguage(lang);
    else if (current.status === 'signed-in' && current.user.role !== 'admin') void profiles.setLanguage(current.user.id, lang).catch(() => undefined);
    navigate('/', { replace: true });
    // The form that had focus is gone: start keyboard and screen-reader users at the new heading.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-focus-target]')?.focus());
  };
  /** A profile opened with its PIN comes back in the language it was last used in. */
  const afterUnlock = (profile: DeviceProfile) => {
    if (profile.language !== lang) setLang(profile.language);
    requestAnimationFrame(() => (document.querySelector<HTMLElement>('[data-focus-target]') ?? document.getElementById('main'))?.focus());
  };

  if (state.status === 'restoring' || (signedOut && !publicPath && device === null)) {
    return (
      <Splash label={t.session.restoring} />
    );
  }
  if (state.status === 'needs-pin') {
    return <ChoosePin user={state.user} onDone={afterSignIn} />;
  }
  if (state.status === 'signed-out') {
    return <SignedOut path={target ?? path} reason={state.reason} device={device ?? []} onSignedIn={afterSignIn} onUnlocked={afterUnlock} />;
  }
  return (
    <Suspense
      fallback={
        <Splash label={t.sync.opening} />
      }
    >
      <SignedIn key={state.user.id} user={state.user} path={target ?? path} onLanguageChange={saveLanguage} />
    </Suspense>
  );
}

function SignedOut({
  path,
  reason,
  device,
  onSignedIn,
  onUnlocked,
}: {
  path: string;
  reason: string | null;
  device: DeviceProfile[];
  onSignedIn: () => void;
  onUnlocked: (profile: DeviceProfile) => void;
}) {
  const { t } = useI18n();
  const picker = !PUBLIC_ONLY.has(path) && !OPEN_PAGES.has(path) && device.length > 0;
  useDocumentTitle(
    picker
      ? t.profiles.whoTitle
      : path === '/signup'
        ? t.auth.signUpTitle
        : path === '/about'
          ? t.about.title
          : path === '/privacy'
            ? t.privacy.noticeTitle
            : path === '/guardian'
              ? t.privacy.guardianTitle
              : t.auth.signInTitle,
    t.app.name,
  );
  if (picker) return <ProfilePicker profiles={device} reason={reason} onUnlocked={onUnlocked} />;
  if (path === '/signup') return <SignUp onSignedUp={onSignedIn} hasProfiles={device.length > 0} />;
  if (path === '/about') {
    return (
      <PublicLayout>
        <About />
      </PublicLayout>
    );
  }
  if (path === '/privacy' || path === '/guardian') {
    return (
      <PublicLayout>
        <Suspense fallback={<Loading label={t.app.loading} />}>{path === '/privacy' ? <PrivacyNotice /> : <GuardianConsent />}</Suspense>
      </PublicLayout>
    );
  }
  return <SignIn reason={reason} onSignedIn={onSignedIn} hasProfiles={device.length > 0} />;
}

/**
 * After an in-app navigation, move focus to the new page's heading so screen-reader and keyboard
 * users start at the top of it. The first render and redirects keep the browser's own focus.
 */
function useRouteFocus(path: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current || lastNavigationKind() === 'replace') {
      first.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      const target = document.querySelector<HTMLElement>('[data-focus-target]') ?? document.getElementById('main');
      target?.focus({ preventScroll: false });
    });
    return () => cancelAnimationFrame(frame);
  }, [path]);
}
