import { lazy, Suspense, type ReactElement } from 'react';
import type { User } from '@cr/shared';
import { LocalDataProvider } from './data/sync/local-data.tsx';
import { useDocumentTitle } from './lib/document-title.ts';
import { useI18n, type Language } from './i18n/i18n.tsx';
import { About } from './screens/about.tsx';
import { AppShell } from './screens/app-shell.tsx';
import { Dashboard } from './screens/dashboard.tsx';
import { NotFound } from './screens/not-found.tsx';
import { ProfilePage } from './screens/profile.tsx';
import { AccountProvider } from './screens/profiles/account.tsx';
import { Splash } from './ui/splash.tsx';
import { Loading } from './ui/states.tsx';

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

/** The app of a signed-in user: their local database, the shell and the screen at `path`. */
export function SignedIn({ user, path, onLanguageChange }: { user: User; path: string; onLanguageChange: (lang: Language) => void }) {
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
    screen = <AdminConsole adminId={user.id} />;
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
      fallback={<Splash label={t.sync.opening} />}
    >
      {shell}
    </LocalDataProvider>
  );
}

