import type pg from 'pg';
import type { JobDefinition } from './queue.ts';

/** Every job the platform runs. Handlers are plain factories over the pool. */
export function jobDefinitions(_pool: pg.Pool): JobDefinition<never>[] {
  return [];
}
