/**
 * Per-field last-writer-wins merge by HLC stamp (pure). A field's merge key is its stamp, or for a
 * forward-only field (test-sitting status) the pair (rank of the value, stamp), so a later stamp
 * can never move status backwards. The merge is a per-field max, hence commutative, associative
 * and idempotent: replicas that see the same writes in any order and any number of times end
 * identical.
 */
export interface LwwState {
  values: Record<string, unknown>;
  stamps: Record<string, string>;
}

export interface LwwSpec {
  /** Fields merged by LWW. */
  fields: readonly string[];
  /** Forward-only fields: value → rank; a value of higher rank always wins. */
  forwardOnly?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface LwwResult extends LwwState {
  /** Fields whose value or stamp the incoming write replaced. */
  changed: string[];
}

function wins(spec: LwwSpec, field: string, incoming: { value: unknown; stamp: string }, current: { value: unknown; stamp: string }): boolean {
  const ranks = spec.forwardOnly?.[field];
  if (ranks) {
    const ri = ranks[String(incoming.value)] ?? -1;
    const rc = ranks[String(current.value)] ?? -1;
    if (ri !== rc) return ri > rc;
  }
  return incoming.stamp > current.stamp;
}

export function mergeLww(spec: LwwSpec, current: LwwState, incoming: LwwState): LwwResult {
  const values = { ...current.values };
  const stamps = { ...current.stamps };
  const changed: string[] = [];
  for (const field of spec.fields) {
    if (!(field in incoming.values)) continue;
    const next = { value: incoming.values[field], stamp: incoming.stamps[field] ?? '' };
    const prev = { value: current.values[field], stamp: current.stamps[field] ?? '' };
    if (!wins(spec, field, next, prev)) continue;
    values[field] = next.value;
    stamps[field] = next.stamp;
    changed.push(field);
  }
  return { values, stamps, changed };
}
