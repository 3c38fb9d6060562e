import type { User } from '@cr/shared';
import { NotFound } from '../not-found.tsx';
import { AnalyticsScreen } from './analytics-screen.tsx';
import { ConceptDetail, KnowledgeMap } from './knowledge-map.tsx';
import { SearchScreen } from './search-screen.tsx';

/** Routes /map, /map/…, /analytics and /search (knowledge map, analytics, offline search). */
export function LearnRoutes({ user, path }: { user: User; path: string }) {
  if (path === '/map') return <KnowledgeMap user={user} />;
  if (path.startsWith('/map/')) {
    let conceptId: string;
    try {
      conceptId = decodeURIComponent(path.slice('/map/'.length));
    } catch {
      return <NotFound />;
    }
    return <ConceptDetail key={conceptId} user={user} conceptId={conceptId} />;
  }
  if (path === '/analytics') return <AnalyticsScreen user={user} />;
  if (path === '/search') return <SearchScreen />;
  return <NotFound />;
}
