import type { User } from '@cr/shared';
import { NotFound } from '../not-found.tsx';

/** Routes under /tests, /test/… and /results/… (diagnostic, weekly test, results). */
export function TestRoutes({ user, path }: { user: User; path: string }) {
  void user;
  void path;
  return <NotFound />;
}
