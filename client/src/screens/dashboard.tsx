import { lazy, Suspense, useState } from 'react';
import type { User } from '@cr/shared';
import { useI18n } from '../i18n/i18n.tsx';
import { firstName } from '../lib/names.ts';
import { Loading } from '../ui/states.tsx';
import { prefetchSnapshot } from '../data/learning/learner-snapshot.ts';

// The cards need the learning engine (the fold over local attempts): loaded after the first
// paint so the engine stays out of the first screen's bundle.
const DashboardBody = lazy(() => import('./learn/dashboard-body.tsx').then((m) => ({ default: m.DashboardBody })));

/** The student's home: phase, today's plan, subject mastery, streak, predicted rank (all local). */
export function Dashboard({ user }: { user: User }) {
  const { t, formatDate } = useI18n();
  const name = firstName(user.full_name);
  // When the screen started, for the "dashboard ready" User Timing measure (bench/client.ts).
  const [mountedAt] = useState(() => performance.now());
  // The stored snapshot is read while the cards' code (the engine) loads, not after.
  useState(() => prefetchSnapshot(user.id));

  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title" data-focus-target tabIndex={-1}>
          {name ? t.dashboard.greeting(name) : t.dashboard.greetingNoName}
        </h1>
        <p className="page__subtitle">
          {user.standard ? t.dashboard.classLabel(user.standard) : null}
          {user.standard && user.exam_target ? ' · ' : null}
          {user.exam_target ? `${t.profile.examTarget}: ${formatDate(user.exam_target)}` : null}
        </p>
      </header>
      <Suspense fallback={<Loading label={t.learn.dash.computing} />}>
        <DashboardBody user={user} mountedAt={mountedAt} />
      </Suspense>
    </div>
  );
}
