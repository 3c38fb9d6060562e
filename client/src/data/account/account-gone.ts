import { announce, profiles } from './current-session.ts';
import { eraseProfileDatabase, markForDeletion } from '../sync/database.ts';

/**
 * Erases a deleted account's profile from this device: its registry entry (PIN verifier and
 * sealed refresh token), its local database with any uploads still pending, and tells other tabs.
 * Other profiles on the device are untouched. Idempotent.
 */
export async function eraseDeletedProfile(userId: string): Promise<void> {
  // First, synchronously: however far this gets before the page closes, the file goes at the next start.
  markForDeletion(userId);
  await profiles.remove(userId).catch((error: unknown) => console.warn('could not remove the profile entry', error));
  await eraseProfileDatabase(userId);
  announce({ kind: 'removed', userId });
}
