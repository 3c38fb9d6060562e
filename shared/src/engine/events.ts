import { z } from 'zod';
import { isHlc } from './hlc.ts';

/**
 * The events the engine folds. Attempts are a grow-only set: ids are client-generated UUIDv7,
 * replays are no-ops, and order is (hlc, id) — never device wall time.
 */

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One answered question. Times: `response_time_ms` is a duration (ms); `device_time_ms` is epoch ms. */
export const attemptEventSchema = z.object({
  /** UUIDv7, generated on the device. */
  id: z.string().regex(UUID_PATTERN, 'id: UUID'),
  /** Hybrid logical clock string, see hlc.ts. */
  hlc: z.string().refine(isHlc, 'hlc: <13-digit ms>:<4 base-36>:<node>'),
  student_id: z.string().min(1),
  question_id: z.string().min(1),
  /** The question's primary concept. */
  concept_id: z.string().min(1),
  secondary_concept_ids: z.array(z.string().min(1)).max(10).optional(),
  correct: z.boolean(),
  /** Time the student spent on the question, ms (paused while the app was hidden). */
  response_time_ms: z.number().int().min(0),
  /** Device wall clock when answered, epoch ms. Untrusted: used for scheduling only, never ordering. */
  device_time_ms: z.number().int().min(0),
});
export type AttemptEvent = z.infer<typeof attemptEventSchema>;

/** The fields the fold reads; any object with them (a synced row, a test fixture) will do. */
export type EventKey = Pick<AttemptEvent, 'id' | 'hlc'>;

/** Order events by (hlc, id); both are fixed-width-comparable strings. Returns −1, 0 or 1. */
export function compareEvents(a: EventKey, b: EventKey): number {
  if (a.hlc !== b.hlc) return a.hlc < b.hlc ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

function canonical(e: object): string {
  return JSON.stringify(e, Object.keys(e).sort());
}

/**
 * The canonical event sequence: duplicates (same id) dropped, sorted by (hlc, id). If two copies of
 * an id disagree (a corrupt replay), the smaller one by (hlc, canonical JSON) wins on every
 * replica, so the result depends only on the set of events, not on arrival order.
 */
export function canonicalEvents<T extends EventKey>(events: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const e of events) {
    const prev = byId.get(e.id);
    if (prev === undefined) byId.set(e.id, e);
    else if (prev !== e) {
      const c = compareEvents(e, prev);
      if (c < 0 || (c === 0 && canonical(e) < canonical(prev))) byId.set(e.id, e);
    }
  }
  return [...byId.values()].sort(compareEvents);
}
