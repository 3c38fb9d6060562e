import { useEffect, useState } from 'react';
import type { User } from '@cr/shared';
import { useI18n } from '../i18n/i18n.tsx';
import { firstName } from '../lib/names.ts';
import { LoadError, Loading } from '../ui/states.tsx';
import { prefetchSnapshot } from '../data/learning/learner-snapshot.ts';
import type * as DashboardBodyModule from './learn/dashboard-body.tsx';

// The cards need the learning engine (the fold over local attempts): their module is loaded
// after the first paint so the engine stays out of the first screen's bundle.
type BodyModule = typeof DashboardBodyModule;

/** The cards' module once loaded: later visits of the screen render it at once. */
let loadedBody: BodyModule | null = null;
let loadingBody: Promise<BodyModule> | null = null;

function loadBody(): Promise<BodyModule> {
  loadingBody ??= (async () => {
    try {
      loadedBody = await import('./learn/dashboard-body.tsx');
      return loadedBody;
    } catch (error) {
      // A failed fetch (offline before the service worker cached it): the next call imports
      // again (browsers that follow the current HTML spec fetch a failed module again).
      loadingBody = null;
      throw error;
    }
  })();
  return loadingBody;
}

/**
 * The cards' module, or null while it loads. Not React.lazy with Suspense: React holds back
 * revealing content that suspended until 300 ms after the last fallback it showed
 * (FALLBACK_THROTTLE_MS in react-dom 19), so cards painted from the stored snapshot waited for
 * that timer rather than for their data (measured at app start, 4x CPU: most of the ~450 ms).
 */
function useBodyModule(): { module: BodyModule | null; error: unknown; retry: () => void } {
  const [module, setModule] = useState<BodyModule | null>(loadedBody);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (module) return;
    let live = true;
    loadBody().then(
      (m) => live && setModule(m),
      (e: unknown) => live && setError(e ?? new Error('could not load the dashboard')),
    );
    return () => {
      live = false;
    };
  }, [module, attempt]);
  return {
    module,
    error,
    retry: () => {
      setError(null);
      setAttempt((n) => n + 1);
      // The button that had focus goes with the error: start again at the page's heading.
      document.querySelector<HTMLElement>('[data-focus-target]')?.focus();
    },
  };
}

/** The student's home: phase, today's plan, subject mastery, streak, predicted rank (all local). */
export function Dashboard({ user }: { user: User }) {
  const { t, formatDate } = useI18n();
  const name = firstName(user.full_name);
  // When the screen started, for the "dashboard ready" User Timing measure (bench/client.ts).
  const [mountedAt] = useState(() => performance.now());
  // The stored snapshot is read while the cards' code (the engine) loads, not after.
  useState(() => prefetchSnapshot(user.id));
  const cards = useBodyModule();
  const Body = cards.module?.DashboardBody;

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
      {Body ? (
        <Body user={user} mountedAt={mountedAt} />
      ) : cards.error ? (
        <LoadError title={t.dashboard.loadFailed} error={cards.error} onRetry={cards.retry} />
      ) : (
        <Loading label={t.learn.dash.computing} />
      )}
    </div>
  );
}
