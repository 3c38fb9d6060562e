import { lazy, Suspense, useEffect, useRef, useSyncExternalStore, type ReactElement } from 'react';
import type { User } from '@cr/shared';
import { session } from './data/current-session.ts';
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
import { StaffHome } from './screens/staff-home.tsx';
import { AdminConsole } from './screens/admin/admin-console.tsx';
import { CohortDashboardScreen } from './screens/coach/cohort-dashboard.tsx';
import { StudentDetailScreen } from './screens/coach/student-detail.tsx';
import { Loading } from './ui/states.tsx';

const PUBLIC_ONLY = new Set(['/signin', '/signup']);

// Loaded on first use, so the engine's marking code stays out of the first screen's bundle.
const Settings = lazy(() => import('./screens/settings.tsx').then((m) => ({ default: m.Settings })));
const Practice = lazy(() => import('./screens/practice.tsx').then((m) => ({ default: m.Practice })));
// Tests (diagnostic, weekly, results) and the learning views (knowledge map, analytics, search)
// route their own sub-paths.
const TestRoutes = lazy(() => import('./screens/test/test-routes.tsx').then((m) => ({ default: m.TestRoutes })));
const LearnRoutes = lazy(() => import('./screens/learn/learn-routes.tsx').then((m) => ({ default: m.LearnRoutes })));

export function App() {
  const state = useSyncExternalStore(session.subscribe, session.getState);
  const path = usePath();
  const { t, lang } = useI18n();

  useEffect(() => {
    void session.restore();
  }, []);

  // Where a path is not for this visitor, correct the URL; the right screen already renders.
  const target = state.status === 'signed-in' ? (PUBLIC_ONLY.has(path) ? '/' : null) : state.status === 'signed-out' && !PUBLIC_ONLY.has(path) && path !== '/about' ? '/signin' : null;
  useEffect(() => {
    if (target) navigate(target, { replace: true });
  }, [target]);

  useRouteFocus(path);

  /** The account remembers the language last chosen on any device. */
  const saveLanguage = (next: Language) => {
    session.updateProfile({ language: next }).catch(() => undefined);
  };
  const afterSignIn = () => {
    const current = session.getState();
    if (current.status === 'signed-in' && current.user.language !== lang) saveLanguage(lang);
    navigate('/', { replace: true });
    // The form that had focus is gone: start keyboard and screen-reader users at the new heading.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-focus-target]')?.focus());
  };

  if (state.status === 'restoring') {
    return (
      <div className="splash">
        <Loading label={t.session.restoring} />
      </div>
    );
  }
  if (state.status === 'offline') {
    return (
      <PublicLayout>
        <section className="card auth-card stack" role="alert">
          <h1>{t.session.offlineTitle}</h1>
          <p>{t.session.offlineBody}</p>
          <button type="button" className="button button--primary" onClick={() => void session.restore()}>
            {t.app.retry}
          </button>
        </section>
      </PublicLayout>
    );
  }
  if (state.status === 'signed-out') {
    return <SignedOut path={target ?? path} reason={state.reason} onSignedIn={afterSignIn} />;
  }
  return <SignedIn user={state.user} path={target ?? path} onLanguageChange={saveLanguage} />;
}

function SignedOut({ path, reason, onSignedIn }: { path: string; reason: string | null; onSignedIn: () => void }) {
  const { t } = useI18n();
  useDocumentTitle(path === '/signup' ? t.auth.signUpTitle : path === '/about' ? t.about.title : t.auth.signInTitle, t.app.name);
  if (path === '/signup') return <SignUp onSignedUp={onSignedIn} />;
  if (path === '/about') {
    return (
      <PublicLayout>
        <About />
      </PublicLayout>
    );
  }
  return <SignIn reason={reason} onSignedIn={onSignedIn} />;
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
  } else if (isStudent && path === '/settings') {
    title = t.settings.title;
    screen = (
      <Suspense fallback={<Loading label={t.app.loading} />}>
        <Settings onLanguageChange={onLanguageChange} />
      </Suspense>
    );
  } else if (path === '/about') {
    title = t.about.title;
    screen = <About />;
  } else if (!isStudent && /^\/coach\/cohorts\/[0-9a-f-]{36}$/.test(path)) {
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
  const shell = (
    <AppShell user={user} onLanguageChange={onLanguageChange}>
      {screen}
    </AppShell>
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
