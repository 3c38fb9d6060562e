import { describe, expect, it, vi } from 'vitest';
import { Admission } from './admission.ts';

/** Resolves true when `p` has settled by the time already-queued microtasks ran. */
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
  return done;
}

describe('Admission', () => {
  it('admits up to the limit at once; the rest wait and are admitted in arrival order as slots free', async () => {
    const gate = new Admission(2);
    const t = Array.from({ length: 5 }, () => gate.enter());
    expect(await Promise.all(t.map((x) => settled(x.admitted)))).toEqual([true, true, false, false, false]);
    expect([gate.running, gate.waiting, gate.peakWaiting]).toEqual([2, 3, 3]);
    t[0]!.leave();
    expect(await Promise.all(t.map((x) => settled(x.admitted)))).toEqual([true, true, true, false, false]);
    t[1]!.leave();
    t[2]!.leave();
    expect(await Promise.all(t.map((x) => settled(x.admitted)))).toEqual([true, true, true, true, true]);
    expect([gate.running, gate.waiting, gate.admittedAfterWait]).toEqual([2, 0, 3]);
  });

  it('a ticket that leaves the queue is never admitted and takes no slot; leaving twice frees one slot only', async () => {
    const gate = new Admission(1);
    const first = gate.enter();
    const gone = gate.enter();
    const next = gate.enter();
    gone.leave();
    expect(gate.waiting).toBe(1);
    first.leave();
    first.leave();
    expect(await settled(next.admitted)).toBe(true);
    expect(await settled(gone.admitted)).toBe(false);
    expect([gate.running, gate.waiting]).toEqual([1, 0]);
    const after = gate.enter();
    expect(await settled(after.admitted)).toBe(false);
    next.leave();
    expect(await settled(after.admitted)).toBe(true);
  });

  it('a ticket holding its slot past maxHoldMs gives it up to the next one; its own leave() frees nothing more', async () => {
    vi.useFakeTimers();
    try {
      const gate = new Admission(1, 1000);
      const stalled = gate.enter();
      const next = gate.enter();
      const last = gate.enter();
      expect(await settled(stalled.admitted)).toBe(true);
      vi.advanceTimersByTime(999);
      expect(await settled(next.admitted)).toBe(false);
      vi.advanceTimersByTime(1);
      expect(await settled(next.admitted)).toBe(true);
      expect([gate.running, gate.waiting, gate.expired]).toEqual([1, 1, 1]);
      stalled.leave();
      expect(await settled(last.admitted)).toBe(false);
      expect(gate.running).toBe(1);
      next.leave();
      expect(await settled(last.admitted)).toBe(true);
      last.leave();
      expect([gate.running, gate.waiting, gate.expired]).toEqual([0, 0, 1]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses a limit that would admit nothing', () => {
    expect(() => new Admission(0)).toThrow(/positive integer/);
  });
});
