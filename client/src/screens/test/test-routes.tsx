import type { User } from '@cr/shared/schemas/api';
import { NotFound } from '../not-found.tsx';
import { Results } from './results.tsx';
import { StartBenchmark, StartTest } from './start-test.tsx';
import { TestPlayer } from './test-player.tsx';
import { TestsHome } from './tests-home.tsx';
import './test.css';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Routes under /tests, /test/… and /results/…:
 * /tests (start, resume, benchmarks, history) · /test/diagnostic and /test/weekly (start or resume)
 * · /test/benchmark/<id> · /test/<sitting id> (the player) · /results/<sitting id>.
 */
export function TestRoutes({ user, path }: { user: User; path: string }) {
  if (path === '/tests') return <TestsHome user={user} />;
  if (path === '/test/diagnostic') return <StartTest key="diagnostic" user={user} kind="DIAGNOSTIC" />;
  if (path === '/test/weekly') return <StartTest key="weekly" user={user} kind="WEEKLY" />;
  if (path === '/test/weekly-advanced') return <StartTest key="weekly-advanced" user={user} kind="WEEKLY" pattern="JEE_ADVANCED" />;
  if (path.startsWith('/test/benchmark/')) {
    const id = decodeURIComponent(path.slice('/test/benchmark/'.length));
    return <StartBenchmark key={id} user={user} benchmarkId={id} />;
  }
  const sitting = path.startsWith('/test/') ? path.slice('/test/'.length) : null;
  if (sitting && UUID.test(sitting)) return <TestPlayer key={sitting} user={user} sittingId={sitting} />;
  const result = path.startsWith('/results/') ? path.slice('/results/'.length) : null;
  if (result && UUID.test(result)) return <Results key={result} user={user} sittingId={result} />;
  return <NotFound />;
}
