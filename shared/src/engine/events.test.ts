import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attemptEventSchema, canonicalEvents, compareEvents } from './events.ts';

const base = {
  id: '01890a5d-ac96-774b-bcce-b302099a8057',
  hlc: '1767225600000:0000:dev1',
  student_id: 's1',
  question_id: 'q1',
  concept_id: 'M.C001',
  correct: true,
  response_time_ms: 42_000,
  device_time_ms: 1_767_225_600_000,
};

describe('attemptEventSchema', () => {
  it('accepts a well-formed attempt, with or without secondary concepts', () => {
    expect(attemptEventSchema.parse(base)).toEqual(base);
    expect(attemptEventSchema.parse({ ...base, secondary_concept_ids: ['P.C002'] }).secondary_concept_ids).toEqual(['P.C002']);
  });

  it.each([
    ['id', 'not-a-uuid'],
    ['hlc', '2026-01-01T00:00:00Z'],
    ['response_time_ms', -1],
    ['device_time_ms', 1.5],
    ['correct', 'yes'],
  ])('rejects a bad %s', (field, value) => {
    const r = attemptEventSchema.safeParse({ ...base, [field]: value });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.path).toEqual([field]);
  });
});

describe('canonicalEvents', () => {
  const ev = fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    hlc: fc.constantFrom('1767225600000:0000:x', '1767225600000:0001:x', '1767225600001:0000:a', '1767225600001:0000:b'),
    v: fc.integer({ min: 0, max: 3 }),
  });

  it('property: result depends only on the set of events (order and duplicates irrelevant)', () => {
    fc.assert(
      fc.property(fc.array(ev, { maxLength: 20 }), fc.integer(), (events, seed) => {
        const reordered = [...events, ...events.slice(0, 3)].sort((a, b) => ((a.v * 7 + a.id.charCodeAt(0) + seed) % 5) - ((b.v * 7 + b.id.charCodeAt(0) + seed) % 5));
        expect(canonicalEvents(reordered)).toEqual(canonicalEvents(events));
      }),
    );
  });

  it('property: sorted by (hlc, id) with unique ids', () => {
    fc.assert(
      fc.property(fc.array(ev, { maxLength: 20 }), (events) => {
        const out = canonicalEvents(events);
        expect(new Set(out.map((e) => e.id)).size).toBe(out.length);
        for (let i = 1; i < out.length; i++) expect(compareEvents(out[i - 1]!, out[i]!)).toBe(-1);
      }),
    );
  });
});
