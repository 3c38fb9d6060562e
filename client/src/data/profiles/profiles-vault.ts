import type { Profiles } from './profiles.ts';

/**
 * Where the open session's refresh token lives (session.ts): in memory (admins; a student between
 * the password and choosing a PIN), or sealed in the device registry under the PIN's key, shared
 * by every tab of that profile and rotated under its Web Lock.
 */

/** Where the open session's refresh token is read from and written to. */
export interface Vault {
  /** Web Lock shared by every tab of this profile; null: this tab alone holds the token. */
  lockName: string | null;
  read: () => Promise<string | null>;
  write: (token: string) => Promise<void>;
  /** The server refused the token for good. */
  forget: () => Promise<void>;
}

export function memoryVault(initial: string): Vault {
  let token: string | null = initial;
  return {
    lockName: null,
    read: () => Promise.resolve(token),
    write: (next) => {
      token = next;
      return Promise.resolve();
    },
    forget: () => {
      token = null;
      return Promise.resolve();
    },
  };
}

export function refreshLockName(userId: string): string {
  return `cr.session-refresh:${userId}`;
}

export function registryVault(profiles: Profiles, userId: string, key: CryptoKey): Vault {
  return {
    lockName: refreshLockName(userId),
    read: () => profiles.readToken(userId, key),
    write: (token) => profiles.storeToken(userId, key, token),
    forget: () => profiles.forgetToken(userId),
  };
}
