import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeLww, type LwwSpec, type LwwState } from './lww.ts';
import { formatHlc } from '@cr/shared/engine/hlc';

const spec: LwwSpec = { fields: ['status', 'note'], forwardOnly: { status: { in_progress: 0, submitted: 1 } } };
const write = fc.record({
  field: fc.constantFrom('status', 'note'),
  value: fc.constantFrom('in_progress', 'submitted', 'a', 'b'),
  stamp: fc.integer({ min: 0, max: 50 }).map((n) => formatHlc({ wallMs: n, counter: 0, node: 'dev' })),
  node: fc.constantFrom('a', 'b'),
});
// Distinct writes have distinct stamps (an HLC names one write), so the index breaks ties.
const toState = (w: { field: string; value: string; stamp: string; node: string }, i: number): LwwState => ({
  values: { [w.field]: w.value },
  stamps: { [w.field]: `${w.stamp}${w.node}-${String(i).padStart(3, '0')}` },
});
const fold = (writes: LwwState[]) => writes.reduce<LwwState>((s, w) => mergeLww(spec, s, w), { values: {}, stamps: {} });
const strip = (s: LwwState) => ({ values: s.values, stamps: s.stamps });

describe('mergeLww', () => {
  it('newer stamp wins per field; status never moves backwards', () => {
    const s1 = mergeLww(spec, { values: { status: 'submitted' }, stamps: { status: '1' } }, { values: { status: 'in_progress' }, stamps: { status: '9' } });
    expect(s1.values.status).toBe('submitted');
    const s2 = mergeLww(spec, { values: { note: 'a' }, stamps: { note: '1' } }, { values: { note: 'b' }, stamps: { note: '2' } });
    expect(s2.values.note).toBe('b');
  });

  it('converges for any order and any replay of the same writes', () => {
    fc.assert(
      fc.property(fc.array(write, { maxLength: 12 }), fc.integer(), (writes, seed) => {
        const states = writes.map(toState);
        const shuffled = [...states].sort((a, b) => (JSON.stringify(a) + seed).localeCompare(JSON.stringify(b) + seed));
        const replayed = [...shuffled, ...states.slice(0, 3)];
        expect(strip(fold(replayed))).toEqual(strip(fold(states)));
      }),
    );
  });
});
