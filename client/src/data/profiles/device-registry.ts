import { Dexie, type EntityTable } from 'dexie';
import type { User } from '@cr/shared';
import type { PinRecord, SealedToken } from './pin-crypto.ts';

/**
 * The device registry (IndexedDB via Dexie, database `cr-device`): which profiles live on this
 * device, and what each needs to open offline. One row per profile; the profile's study data is
 * elsewhere, in its own PowerSync database `cr-<userId>.db`.
 *
 * Security: no PIN and no plaintext refresh token is ever written here (pin-crypto.ts). Admins
 * are never registered: their session lives in memory only (session.ts).
 */

export interface DeviceProfile {
  userId: string;
  email: string;
  displayName: string;
  role: 'student' | 'coach';
  /** The last user object the server sent, so the profile can open offline. */
  user: User;
  language: 'en' | 'hi';
  /** Epoch ms of the last unlock. */
  lastUsedAt: number;
  /** Minutes without input before the PIN overlay covers the app. */
  idleLockMinutes: number;
  /** Null: no PIN yet, or it was wiped after too many wrong tries (password needed). */
  pin: PinRecord | null;
  /** The refresh token sealed under the PIN's key; null: the password is needed to sign in again. */
  refresh: SealedToken | null;
  /** Wrong PINs since the last correct one (every try counts before it is checked). */
  failedPins: number;
  /** Epoch ms before which no PIN is checked (growing delay after wrong tries); 0: none. */
  retryAfter: number;
}

export type RegistryDb = Dexie & { profiles: EntityTable<DeviceProfile, 'userId'> };

export const REGISTRY_NAME = 'cr-device';
export const DEFAULT_IDLE_LOCK_MINUTES = 5;
export const IDLE_LOCK_CHOICES = [1, 2, 5, 10, 15, 30] as const;

export function openRegistry(name = REGISTRY_NAME): RegistryDb {
  const db = new Dexie(name) as RegistryDb;
  db.version(1).stores({ profiles: 'userId, lastUsedAt' });
  return db;
}

/** Most recently used first. */
export async function listProfiles(db: RegistryDb): Promise<DeviceProfile[]> {
  return (await db.profiles.orderBy('lastUsedAt').reverse().toArray());
}

export function getProfile(db: RegistryDb, userId: string): Promise<DeviceProfile | undefined> {
  return db.profiles.get(userId);
}

/** Display name as the picker shows it. */
export function displayNameOf(user: User): string {
  return user.full_name?.trim() || user.email;
}
