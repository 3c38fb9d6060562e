import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { User } from '@cr/shared';
import { openRegistry } from './device-registry.ts';
import { createPin, openPin, openToken, PIN_ITERATIONS, sealToken } from './pin-crypto.ts';
import { createProfiles, MAX_PIN_TRIES, pinDelayMs } from './profiles.ts';

/**
 * The device registry and the PIN's cryptography, on Node's real WebCrypto and an IndexedDB
 * implementation (fake-indexeddb) under the real Dexie.
 */

const user: User = {
  id: '0190a0b0-0000-7000-8000-000000000001',
  email: 'kavya@example.com',
  role: 'student',
  full_name: 'Kavya Sharma',
  phone: null,
  standard: 12,
  exam_target: '2027-01-22',
  coaching_center: null,
  language: 'hi',
  join_date: '2026-11-26',
  last_login: null,
};
const TOKEN = 'rt_9f8e7d6c5b4a39281706f5e4d3c2b1a0-secret';

let registries = 0;
function setup() {
  let now = 1_700_000_000_000;
  const registry = openRegistry(`cr-device-test-${++registries}`);
  const profiles = createProfiles({ registry, now: () => now });
  return {
    registry,
    profiles,
    advance: (ms: number) => void (now += ms),
    now: () => now,
    /** Everything the registry holds, as IndexedDB stores it. */
    raw: async () => JSON.stringify(await registry.profiles.toArray()),
  };
}

describe('pin crypto', () => {
  it('derives with PBKDF2-SHA-256 at the stored iteration count and refuses a wrong PIN', async () => {
    const { record, key } = await createPin('4821');
    expect(record.iterations).toBe(PIN_ITERATIONS);
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(310_000);
    expect(atob(record.salt)).toHaveLength(16);
    expect(await openPin('4822', record)).toBeNull();
    expect(await openPin('48210', record)).toBeNull();
    const reopened = await openPin('4821', record);
    expect(reopened).not.toBeNull();
    // The key from the verified PIN opens what the first key sealed.
    expect(await openToken(reopened!, await sealToken(key, TOKEN))).toBe(TOKEN);
  });

  it('uses a fresh salt per PIN and a fresh IV per seal', async () => {
    const a = await createPin('4821');
    const b = await createPin('4821');
    expect(a.record.salt).not.toBe(b.record.salt);
    expect(a.record.verifier).not.toBe(b.record.verifier);
    const s1 = await sealToken(a.key, TOKEN);
    const s2 = await sealToken(a.key, TOKEN);
    expect(s1.iv).not.toBe(s2.iv);
    expect(s1.ciphertext).not.toBe(s2.ciphertext);
  });

  it('does not open a token sealed under another PIN, nor an altered ciphertext', async () => {
    const a = await createPin('4821');
    const b = await createPin('1111');
    const sealed = await sealToken(a.key, TOKEN);
    await expect(openToken(b.key, sealed)).rejects.toThrow();
    const bytes = Uint8Array.from(atob(sealed.ciphertext), (c) => c.charCodeAt(0));
    bytes[0] = bytes[0]! ^ 1;
    await expect(openToken(a.key, { ...sealed, ciphertext: btoa(String.fromCharCode(...bytes)) })).rejects.toThrow();
  });

  it('rejects PINs that are not 4 to 6 digits', async () => {
    for (const pin of ['123', '1234567', '12a4', '', ' 1234']) await expect(createPin(pin)).rejects.toThrow('4 to 6 digits');
  });
});

describe('device registry', () => {
  it('stores neither the PIN nor the refresh token, in any encoding', async () => {
    const h = setup();
    await h.profiles.remember(user, '482193', TOKEN);
    const raw = await h.raw();
    expect(raw).toContain('Kavya Sharma');
    expect(raw).not.toContain(TOKEN);
    expect(raw).not.toContain(btoa(TOKEN));
    expect(raw).not.toContain('rt_9f8e7d6c');
    expect(raw).not.toContain('482193');
    const stored = await h.profiles.get(user.id);
    expect(stored).toMatchObject({ displayName: 'Kavya Sharma', role: 'student', language: 'hi', idleLockMinutes: 5, failedPins: 0 });
    expect(stored?.user).toEqual(user);
  });

  it('opens the token with the right PIN and refuses a wrong one', async () => {
    const h = setup();
    await h.profiles.remember(user, '4821', TOKEN);
    const wrong = await h.profiles.checkPin(user.id, '1234');
    expect(wrong).toEqual({ ok: false, reason: 'wrong-pin', triesLeft: MAX_PIN_TRIES - 1, retryAfter: h.now() });
    const right = await h.profiles.checkPin(user.id, '4821');
    expect(right.ok).toBe(true);
    if (!right.ok) return;
    expect(await h.profiles.readToken(user.id, right.key)).toBe(TOKEN);
    // A correct PIN resets the count.
    expect((await h.profiles.get(user.id))?.failedPins).toBe(0);
  });

  it('re-seals each rotated token, so the registry only ever holds the newest', async () => {
    const h = setup();
    const key = await h.profiles.remember(user, '4821', TOKEN);
    const before = await h.profiles.get(user.id);
    const rotated = 'rt_rotated_0123456789abcdef-secret';
    await h.profiles.storeToken(user.id, key, rotated);
    const after = await h.profiles.get(user.id);
    expect(after?.refresh?.iv).not.toBe(before?.refresh?.iv);
    expect(await h.profiles.readToken(user.id, key)).toBe(rotated);
    const raw = await h.raw();
    expect(raw).not.toContain(rotated);
    expect(raw).not.toContain(TOKEN);
    // The PIN still opens it (same key), from a fresh check.
    const check = await h.profiles.checkPin(user.id, '4821');
    expect(check.ok && (await h.profiles.readToken(user.id, check.key))).toBe(rotated);
  });

  it('makes wrong tries wait longer and longer, and wipes the token after the limit', async () => {
    const h = setup();
    await h.profiles.remember(user, '4821', TOKEN);
    expect([1, 2, 3, 4, 5].map(pinDelayMs)).toEqual([0, 0, 5_000, 10_000, 20_000]);
    for (let i = 1; i < MAX_PIN_TRIES; i += 1) {
      const result = await h.profiles.checkPin(user.id, '0000');
      expect(result).toMatchObject({ ok: false, reason: 'wrong-pin', triesLeft: MAX_PIN_TRIES - i });
      if (pinDelayMs(i) > 0) {
        // Too soon: refused without checking, and the try is not counted.
        expect(await h.profiles.checkPin(user.id, '4821')).toEqual({ ok: false, reason: 'wait', retryAfter: h.now() + pinDelayMs(i) });
        h.advance(pinDelayMs(i));
      }
    }
    expect(await h.profiles.checkPin(user.id, '0000')).toEqual({ ok: false, reason: 'password-needed' });
    // Even the right PIN cannot open it now; the profile and its name stay for a password sign-in.
    expect(await h.profiles.checkPin(user.id, '4821')).toEqual({ ok: false, reason: 'password-needed' });
    const stored = await h.profiles.get(user.id);
    expect(stored).toMatchObject({ displayName: 'Kavya Sharma', pin: null, refresh: null });
  });

  it('counts parallel tries from two tabs, so the limit cannot be raced', async () => {
    const h = setup();
    await h.profiles.remember(user, '4821', TOKEN);
    await Promise.all([h.profiles.checkPin(user.id, '0000'), h.profiles.checkPin(user.id, '0001')]);
    expect((await h.profiles.get(user.id))?.failedPins).toBe(2);
  });

  it('changes the PIN only with the current one, and re-seals the token under the new key', async () => {
    const h = setup();
    const oldKey = await h.profiles.remember(user, '4821', TOKEN);
    expect(await h.profiles.changePin(user.id, '9999', '2468')).toMatchObject({ ok: false, reason: 'wrong-pin' });
    const changed = await h.profiles.changePin(user.id, '4821', '2468');
    expect(changed.ok).toBe(true);
    if (!changed.ok) return;
    expect(await h.profiles.readToken(user.id, changed.key)).toBe(TOKEN);
    await expect(h.profiles.readToken(user.id, oldKey)).rejects.toThrow();
    expect((await h.profiles.checkPin(user.id, '4821')).ok).toBe(false);
    expect((await h.profiles.checkPin(user.id, '2468')).ok).toBe(true);
  });

  it('lists profiles most recently used first, keeps settings across a new PIN, and never registers an admin', async () => {
    const h = setup();
    const sibling: User = { ...user, id: '0190a0b0-0000-7000-8000-000000000002', email: 'rohan@example.com', full_name: null };
    await h.profiles.remember(user, '4821', TOKEN);
    h.advance(1_000);
    await h.profiles.remember(sibling, '1357', TOKEN);
    expect((await h.profiles.list()).map((p) => p.displayName)).toEqual(['rohan@example.com', 'Kavya Sharma']);
    h.advance(1_000);
    await h.profiles.touch(user.id);
    expect((await h.profiles.list()).map((p) => p.userId)).toEqual([user.id, sibling.id]);

    await h.profiles.setIdleLockMinutes(user.id, 15);
    await expect(h.profiles.setIdleLockMinutes(user.id, 0)).rejects.toThrow();
    await h.profiles.remember(user, '9753', TOKEN);
    expect((await h.profiles.get(user.id))?.idleLockMinutes).toBe(15);

    await expect(h.profiles.remember({ ...user, role: 'admin' }, '4821', TOKEN)).rejects.toThrow('admins');
    await h.profiles.remove(sibling.id);
    expect((await h.profiles.list()).map((p) => p.userId)).toEqual([user.id]);
  });
});
