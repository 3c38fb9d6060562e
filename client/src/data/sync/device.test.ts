import { beforeEach, describe, expect, it } from 'vitest';
import { compareHlc, parseHlc } from '@cr/shared/engine/hlc';
import { deviceNode, nextHlc, uuidv7 } from './device.ts';

const store = new Map<string, string>();
beforeEach(() => {
  store.clear();
  (globalThis as { localStorage?: Pick<Storage, 'getItem' | 'setItem'> }).localStorage = {
    getItem: (k) => store.get(k) ?? null,
    setItem: (k, v) => void store.set(k, v),
  };
});

describe('device identity and clocks', () => {
  it('keeps one node id per device', () => {
    const node = deviceNode();
    expect(node).toMatch(/^web-[0-9a-f]{12}$/);
    expect(deviceNode()).toBe(node);
  });

  it('issues strictly increasing HLC stamps, even when the wall clock goes back', () => {
    const stamps = [nextHlc(2_000), nextHlc(2_000), nextHlc(1_000), nextHlc(3_000)];
    for (let i = 1; i < stamps.length; i += 1) expect(compareHlc(parseHlc(stamps[i - 1]!), parseHlc(stamps[i]!))).toBe(-1);
    expect(parseHlc(stamps[0]!).node).toBe(deviceNode());
  });

  it('makes time-ordered UUIDv7 ids', () => {
    const a = uuidv7(1_767_225_600_000);
    const b = uuidv7(1_767_225_600_001);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.slice(0, 13) < b.slice(0, 13)).toBe(true);
  });
});
