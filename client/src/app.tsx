import { lazy, Suspense, useEffect, useRef, useSyncExternalStore, type ReactElement } from 'react';
import type { User } from '@cr/shared';
import { profiles, session } from './data/current-session.ts';
import type { DeviceProfile } from './data/device-registry.ts';
import { purgeRemovedDatabases } from './data/database.ts';
import { LocalDataProvider } from './data/local-data.tsx';
import { useI18n, type Language } from './i18n/i18n.tsx';
import { lastNavigationKind, navigate, usePath } from './router.tsx';
import { About } from './screens/about.tsx';
import { AppShell } from './screens/app-shell.tsx';
import { Dashboard } from './screens/dashboard.tsx';
import { NotFound } from './screens/not-found.tsx';
import { ProfilePage } from './screens/profile.tsx';
import { PublicLayout } from './screens/public-layout.tsx';
import { SignIn } from './screens/sign-in.tsx';
import { SignUp } from './screens/sign-up.tsx';
import { AccountProvider } from './screens/profiles/account.tsx';
import { ChoosePin } from './screens/profiles/choose-pin.tsx';
import { reloadDeviceProfiles, useDeviceProfiles } from './screens/profiles/device-profiles.ts';
import { ProfilePicker } from './screens/profiles/profile-picker.tsx';
import { Loading } from './ui/states.tsx';

const PUBLIC_ONLY = new Set(['/signin', '/signup']);
/** Readable by anyone, signed in or not: the about page, the privacy notice, a guardian's consent link. */
const OPEN_PAGES = new Set(['/about', '/privacy', '/guardian']);

// Loaded on first use, so the engine's marking code stays out of the first screen's bundle.
const Settings = lazy(() => import('./screens/settings.tsx').then((m) => ({ default: m.Settings })));
const Practice = lazy(() => import('./screens/practice.tsx').then((m) => ({ default: m.Practice })));
// Tests (diagnostic, weekly, results) and the learning views (knowledge map, analytics, search)
// route their own sub-paths.
const TestRoutes = lazy(() => import('./screens/test/test-routes.tsx').then((m) => ({ default: m.TestRoutes })));
const LearnRoutes = lazy(() => import('./screens/learn/learn-routes.tsx').then((m) => ({ default: m.LearnRoutes })));
// Coach, admin and chat screens: not part of a student's first screen.
const StaffHome = lazy(() => import('./screens/staff-home.tsx').then((m) => ({ default: m.StaffHome })));
const AdminConsole = lazy(() => import('./screens/admin/admin-console.tsx').then((m) => ({ default: m.AdminConsole })));
const CohortDashboardScreen = lazy(() => import('./screens/coach/cohort-dashboard.tsx').then((m) => ({ default: m.CohortDashboardScreen })));
const StudentDetailScreen = lazy(() => import('./screens/coach/student-detail.tsx').then((m) => ({ default: m.StudentDetailScreen })));
const CoachInboxScreen = lazy(() => import('./screens/coach/inbox.tsx').then((m) => ({ default: m.CoachInboxScreen })));
const PrivacyNotice = lazy(() => import('./screens/privacy/privacy-notice.tsx').then((m) => ({ default: m.PrivacyNotice })));
const GuardianConsent = lazy(() => import('./screens/privacy/guardian-consent.tsx').then((m) => ({ default: m.GuardianConsent })));
const NotificationsScreen = lazy(() => import('./screens/notifications.tsx').then((m) => ({ default: m.NotificationsScreen })));
const MentorChatScreen = lazy(() => import('./screens/coach/mentor-chat.tsx').then((m) => ({ default: m.MentorChatScreen })));

export function App() {
  const state = useSyncExternalStore(session.subscribe, session.getState);
  const device = useDeviceProfiles();
  const path = usePath();
  const { t, lang, setLang } = useI18n();

  useEffect(() => {
    void session.restore();
    // Before any profile database opens: delete the files of profiles removed last time.
    void profiles
      .list()
      .then((list) => purgeRemovedDatabases(new Set(list.map((p) => p.userId))))
      .catch(() => undefined);
  }, []);

  // The picker lists what the registry holds now (a sign-in, a removal or a wiped PIN changed it).
  const signedOut = state.status === 'signed-out';
  useEffect(() => {
    if (signedOut) void reloadDeviceProfiles();
  }, [signedOut]);

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
      <div className="splash">
        <Loading label={t.session.restoring} />
      </div>
    );
  }
  if (state.status === 'needs-pin') {
    return <ChoosePin user={state.user} onDone={afterSignIn} />;
  }
  if (state.status === 'signed-out') {
    return <SignedOut path={target ?? path} reason={state.reason} device={device ?? []} onSignedIn={afterSignIn} onUnlocked={afterUnlock} />;
  }
  return <SignedIn key={state.user.id} user={state.user} path={target ?? path} onLanguageChange={saveLanguage} />;
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

function SignedIn({ user, path, onLanguageChange }: { user: User; path: string; onLanguageChange: (lang: Language) => void }) {
  const { t } = useI18n();
  const isStudent = user.role === 'student';
  let title: string;
  let screen: ReactElement;
  if (path === '/') {
    title = isStudent ? t.dashboard.title : user.role === 'coach' ? t.staff.coachTitle : t.staff.adminTitle;
    screen = isStudent ? <Dashboard user={user} /> : <StaffHome user={user} />;
  } else if (path === '/profile') {
    title = t.profile.title;
    screen = <ProfilePage user={user} />;
  } else if (isStudent && (path === '/practice' || path.startsWith('/practice/'))) {
    const conceptId = path.startsWith('/practice/') ? decodeURIComponent(path.slice('/practice/'.length)) : null;
    title = t.practice.title;
    screen = (
      <Suspense fallback={<Loading label={t.app.loading} />}>
        <Practice user={user} conceptId={conceptId} />
      </Suspense>
    );
  } else if (isStudent && (path.startsWith('/test/') || path === '/tests' || path.startsWith('/results/'))) {
    title = t.test.title;
    screen = (
      <Suspense fallback={<Loading label={t.app.loading} />}>
        <TestRoutes user={user} path={path} />
      </Suspense>
    );
  } else if (isStudent && (path === '/map' || path.startsWith('/map/') || path === '/analytics' || path === '/search')) {
    title = t.learn.title;
    screen = (
      <Suspense fallback={<Loading label={t.app.loading} />}>
        <LearnRoutes user={user} path={path} />
      </Suspense>
    );
  } else if ((isStudent || user.role === 'coach') && path === '/settings') {
    title = t.settings.title;
    screen = (
      <Suspense fallback={<Loading label={t.app.loading} />}>
        <Settings onLanguageChange={onLanguageChange} />
      </Suspense>
    );
  } else if (isStudent && path === '/messages') {
    title = t.coachx.messagesTitle;
    screen = <MentorChatScreen studentId={user.id} />;
  } else if (user.role !== 'admin' && path === '/notifications') {
    title = t.notify.title;
    screen = <NotificationsScreen />;
  } else if (path === '/about') {
    title = t.about.title;
    screen = <About />;
  } else if (user.role === 'coach' && path === '/coach/inbox') {
    title = t.staffx.inboxTitle;
    screen = <CoachInboxScreen coachId={user.id} />;
  } else if (path === '/privacy') {
    title = t.privacy.noticeTitle;
    screen = <PrivacyNotice />;
  } else if (path === '/guardian') {
    title = t.privacy.guardianTitle;
    screen = <GuardianConsent />;
  } else if (!isStudent && /^\/coach\/cohorts\/([0-9a-f-]{36}|all)$/.test(path)) {
    title = t.coach.heatmapHeading;
    screen = <CohortDashboardScreen cohortId={path.slice('/coach/cohorts/'.length)} />;
  } else if (!isStudent && /^\/coach\/students\/[0-9a-f-]{36}$/.test(path)) {
    title = t.coach.progressHeading;
    screen = <StudentDetailScreen studentId={path.slice('/coach/students/'.length)} coachId={user.id} />;
  } else if (user.role === 'admin' && path === '/admin') {
    title = t.admin.title;
    screen = <AdminConsole />;
  } else {
    title = t.notFound.title;
    screen = <NotFound />;
  }
  useDocumentTitle(title, t.app.name);
  // The account frame (idle lock, switch profile, sign out) sits inside the profile's database,
  // so signing out can count what has not been uploaded yet.
  const shell = (
    <AccountProvider user={user}>
      <AppShell user={user} onLanguageChange={onLanguageChange}>
        <Suspense fallback={<Loading label={t.app.loading} />}>{screen}</Suspense>
      </AppShell>
    </AccountProvider>
  );
  // Admin screens need a connection; students and coaches read their own local replica, which
  // opens before anything renders.
  if (user.role === 'admin') return shell;
  return (
    <LocalDataProvider
      userId={user.id}
      fallback={
        <div className="splash">
          <Loading label={t.sync.opening} />
        </div>
      }
    >
      {shell}
    </LocalDataProvider>
  );
}

function useDocumentTitle(title: string, appName: string) {
  useEffect(() => {
    document.title = `${title} · ${appName}`;
  }, [title, appName]);
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
