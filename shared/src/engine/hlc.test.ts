import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from './errors.ts';
import { compareHlc, formatHlc, hlcReceive, hlcSend, HLC_MAX_COUNTER, initialHlc, isHlc, parseHlc, type Hlc } from './hlc.ts';

const hlcArb = fc.record({
  wallMs: fc.integer({ min: 0, max: 9_999_999_999_999 }),
  counter: fc.integer({ min: 0, max: HLC_MAX_COUNTER }),
  node: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
});

describe('hlc format', () => {
  it.each([
    [{ wallMs: 0, counter: 0, node: 'a' }, '0000000000000:0000:a'],
    [{ wallMs: 1767225600000, counter: 10, node: 'dev-7f3c' }, '1767225600000:000a:dev-7f3c'],
    [{ wallMs: 1767225600000, counter: HLC_MAX_COUNTER, node: 'S_1' }, '1767225600000:zzzz:S_1'],
  ])('formats %o as %s', (hlc, text) => {
    expect(formatHlc(hlc)).toBe(text);
    expect(parseHlc(text)).toEqual(hlc);
  });

  it.each(['', '123:0000:a', '1767225600000:000A:a', '1767225600000:0000:', '1767225600000:0000:a:b', '1767225600000:00000:a'])(
    'rejects malformed %j',
    (text) => {
      expect(isHlc(text)).toBe(false);
      expect(() => parseHlc(text)).toThrow(EngineError);
    },
  );

  it.each([
    { wallMs: -1, counter: 0, node: 'a' },
    { wallMs: 1.5, counter: 0, node: 'a' },
    { wallMs: 1, counter: HLC_MAX_COUNTER + 1, node: 'a' },
    { wallMs: 1, counter: 0, node: 'has:colon' },
  ])('refuses to format out-of-range %o', (hlc) => {
    expect(() => formatHlc(hlc)).toThrow(EngineError);
  });

  it('string order equals HLC order (so Postgres/SQLite text ordering is HLC ordering)', () => {
    fc.assert(
      fc.property(hlcArb, hlcArb, (a, b) => {
        const sa = formatHlc(a);
        const sb = formatHlc(b);
        const byString = sa < sb ? -1 : sa > sb ? 1 : 0;
        expect(byString).toBe(compareHlc(a, b));
      }),
    );
  });

  it('parse ∘ format is the identity', () => {
    fc.assert(
      fc.property(hlcArb, (h) => {
        expect(parseHlc(formatHlc(h))).toEqual(h);
      }),
    );
  });
});

describe('hlc clock', () => {
  it('send is strictly increasing even when the wall clock goes backwards', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2_000_000_000_000 }), { minLength: 1, maxLength: 50 }), (walls) => {
        let h: Hlc = initialHlc('n1');
        for (const now of walls) {
          const next = hlcSend(h, now);
          expect(compareHlc(next, h)).toBe(1);
          expect(next.wallMs).toBeGreaterThanOrEqual(now);
          h = next;
        }
      }),
    );
  });

  it('receive is greater than both local and remote', () => {
    fc.assert(
      fc.property(hlcArb, hlcArb, fc.integer({ min: 0, max: 9_999_999_999_000 }), (local, remote, now) => {
        fc.pre(local.counter < HLC_MAX_COUNTER && remote.counter < HLC_MAX_COUNTER);
        fc.pre(remote.wallMs - now <= 60_000);
        const r = hlcReceive(local, remote, now);
        expect(compareHlc(r, local)).toBe(1);
        expect(r.wallMs > remote.wallMs || (r.wallMs === remote.wallMs && r.counter > remote.counter)).toBe(true);
        expect(r.node).toBe(local.node);
      }),
    );
  });

  it.each([
    [{ wallMs: 100, counter: 3, node: 'a' }, { wallMs: 100, counter: 7, node: 'b' }, 50, { wallMs: 100, counter: 8, node: 'a' }],
    [{ wallMs: 100, counter: 3, node: 'a' }, { wallMs: 90, counter: 7, node: 'b' }, 50, { wallMs: 100, counter: 4, node: 'a' }],
    [{ wallMs: 100, counter: 3, node: 'a' }, { wallMs: 120, counter: 7, node: 'b' }, 50, { wallMs: 120, counter: 8, node: 'a' }],
    [{ wallMs: 100, counter: 3, node: 'a' }, { wallMs: 120, counter: 7, node: 'b' }, 200, { wallMs: 200, counter: 0, node: 'a' }],
  ])('receive(%o, %o, now=%d) = %o', (local, remote, now, expected) => {
    expect(hlcReceive(local, remote, now)).toEqual(expected);
  });

  it('rejects a remote clock too far ahead', () => {
    const local = initialHlc('a');
    const remote = { wallMs: 1_000_000 + 60_001, counter: 0, node: 'b' };
    expect(() => hlcReceive(local, remote, 1_000_000)).toThrow(/leads/);
    expect(hlcReceive(local, remote, 1_000_000, 120_000).wallMs).toBe(1_060_001);
  });

  it('throws on counter overflow rather than wrapping', () => {
    expect(() => hlcSend({ wallMs: 5, counter: HLC_MAX_COUNTER, node: 'a' }, 5)).toThrow(EngineError);
  });
});
