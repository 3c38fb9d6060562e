import type { User } from '@cr/shared';
import { NotFound } from '../not-found.tsx';

/** Routes /map, /map/…, /analytics and /search (knowledge map, analytics, offline search). */
export function LearnRoutes({ user, path }: { user: User; path: string }) {
  void user;
  void path;
  return <NotFound />;
}
