import type { User } from '@cr/shared';
import { DEFAULT_IDLE_LOCK_MINUTES, displayNameOf, getProfile, listProfiles, type DeviceProfile, type RegistryDb } from './device-registry.ts';
import { createPin, isValidPin, openPin, openToken, PIN_ITERATIONS, sealToken } from './pin-crypto.ts';

/**
 * Profiles on a shared device: remembering a profile under a PIN, checking a PIN with a local rate
 * limit, and keeping the profile's refresh token sealed under the PIN's key as it rotates.
 */

/** After this many wrong PINs in a row the sealed token and verifier are wiped: password needed. */
export const MAX_PIN_TRIES = 10;
/** Wrong tries allowed before any waiting starts. */
const FREE_TRIES = 3;
/** The first wait (ms); it doubles with every further wrong try (5 s, 10 s, … 160 s at try 9). */
const FIRST_DELAY_MS = 5_000;

/** Wait (ms) after `failed` wrong tries before the next PIN is checked. */
export function pinDelayMs(failed: number): number {
  return failed < FREE_TRIES ? 0 : FIRST_DELAY_MS * 2 ** (failed - FREE_TRIES);
}

export type PinCheck =
  | { ok: true; key: CryptoKey; profile: DeviceProfile }
  | { ok: false; reason: 'wrong-pin'; triesLeft: number; retryAfter: number }
  /** Too soon after a wrong try; `retryAfter` is epoch ms. */
  | { ok: false; reason: 'wait'; retryAfter: number }
  /** No PIN or no usable token any more (too many tries, revoked): sign in with the password. */
  | { ok: false; reason: 'password-needed' }
  | { ok: false; reason: 'unknown-profile' };

export type PinFailure = Exclude<PinCheck, { ok: true }>;

export interface ProfilesOptions {
  registry: RegistryDb;
  /** Epoch ms. */
  now: () => number;
  /** PBKDF2 iterations for new PINs. */
  iterations?: number;
}

export type Profiles = ReturnType<typeof createProfiles>;

export function createProfiles({ registry, now, iterations = PIN_ITERATIONS }: ProfilesOptions) {
  const table = registry.profiles;

  /**
   * Counts the try before checking it (in one IndexedDB transaction), so parallel tries from two
   * tabs cannot get around the limit; a correct PIN resets the count.
   */
  async function checkPin(userId: string, pin: string): Promise<PinCheck> {
    const at = now();
    const gate = await registry.transaction('rw', table, async (): Promise<PinFailure | DeviceProfile> => {
      const profile = await table.get(userId);
      if (!profile) return { ok: false, reason: 'unknown-profile' };
      if (!profile.pin || !profile.refresh) return { ok: false, reason: 'password-needed' };
      if (at < profile.retryAfter) return { ok: false, reason: 'wait', retryAfter: profile.retryAfter };
      const failedPins = profile.failedPins + 1;
      await table.update(userId, { failedPins, retryAfter: at + pinDelayMs(failedPins) });
      return profile;
    });
    if ('ok' in gate) return gate;
    const key = gate.pin ? await openPin(pin, gate.pin) : null;
    if (key) {
      await table.update(userId, { failedPins: 0, retryAfter: 0 });
      return { ok: true, key, profile: { ...gate, failedPins: 0, retryAfter: 0 } };
    }
    const failedPins = gate.failedPins + 1;
    if (failedPins >= MAX_PIN_TRIES) {
      // Security: past the limit nothing on the device can open the session any more.
      await table.update(userId, { pin: null, refresh: null, failedPins: 0, retryAfter: 0 });
      return { ok: false, reason: 'password-needed' };
    }
    return { ok: false, reason: 'wrong-pin', triesLeft: MAX_PIN_TRIES - failedPins, retryAfter: at + pinDelayMs(failedPins) };
  }

  /**
   * Registers (or re-registers, after a password sign-in) the profile under a new PIN with its
   * refresh token sealed; keeps its settings if it was here before. Returns the sealing key.
   */
  async function remember(user: User, pin: string, refreshToken: string): Promise<CryptoKey> {
    if (user.role === 'admin') throw new Error('admins are not remembered on a device');
    if (!isValidPin(pin)) throw new Error('a PIN is 4 to 6 digits');
    const { record, key } = await createPin(pin, iterations);
    const refresh = await sealToken(key, refreshToken);
    const before = await table.get(user.id);
    await table.put({
      userId: user.id,
      email: user.email,
      displayName: displayNameOf(user),
      role: user.role,
      user,
      language: before?.language ?? user.language,
      lastUsedAt: now(),
      idleLockMinutes: before?.idleLockMinutes ?? DEFAULT_IDLE_LOCK_MINUTES,
      pin: record,
      refresh,
      failedPins: 0,
      retryAfter: 0,
    });
    return key;
  }

  /** The profile's refresh token; null when none is stored. Throws when `key` no longer opens it (PIN changed). */
  async function readToken(userId: string, key: CryptoKey): Promise<string | null> {
    const profile = await table.get(userId);
    if (!profile?.refresh) return null;
    return openToken(key, profile.refresh);
  }

  /** Seals a rotated refresh token; a profile removed meanwhile stays removed. */
  async function storeToken(userId: string, key: CryptoKey, token: string): Promise<void> {
    const refresh = await sealToken(key, token);
    await table.update(userId, { refresh });
  }

  /** The server refused the token for good: keep the profile and its data, but ask for the password. */
  async function forgetToken(userId: string): Promise<void> {
    await table.update(userId, { refresh: null });
  }

  /** Re-seals the token under a new PIN; the current PIN is checked (and rate-limited) first. */
  async function changePin(userId: string, currentPin: string, nextPin: string): Promise<PinCheck> {
    if (!isValidPin(nextPin)) throw new Error('a PIN is 4 to 6 digits');
    const checked = await checkPin(userId, currentPin);
    if (!checked.ok) return checked;
    const token = await readToken(userId, checked.key);
    if (token === null) return { ok: false, reason: 'password-needed' };
    const { record, key } = await createPin(nextPin, iterations);
    const refresh = await sealToken(key, token);
    await table.update(userId, { pin: record, refresh });
    return { ok: true, key, profile: { ...checked.profile, pin: record, refresh } };
  }

  return {
    list: () => listProfiles(registry),
    get: (userId: string) => getProfile(registry, userId),
    checkPin,
    remember,
    readToken,
    storeToken,
    forgetToken,
    changePin,
    /** The server's latest user object, for offline starts and the picker's name. */
    async cacheUser(user: User): Promise<void> {
      await table.update(user.id, { user, email: user.email, displayName: displayNameOf(user) });
    },
    async touch(userId: string): Promise<void> {
      await table.update(userId, { lastUsedAt: now() });
    },
    async setLanguage(userId: string, language: 'en' | 'hi'): Promise<void> {
      await table.update(userId, { language });
    },
    async setIdleLockMinutes(userId: string, minutes: number): Promise<void> {
      if (!Number.isInteger(minutes) || minutes < 1 || minutes > 240) throw new Error('idle lock is 1 to 240 minutes');
      await table.update(userId, { idleLockMinutes: minutes });
    },
    async remove(userId: string): Promise<void> {
      await table.delete(userId);
    },
  };
}
