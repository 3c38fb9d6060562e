import { PowerSyncContext, usePowerSync } from '@powersync/react';
import { useContext, useEffect, useState, type ReactNode } from 'react';
import type { PowerSyncDatabase } from '@powersync/web';
import { closeProfileDatabase, openProfileDatabase } from './database.ts';

/**
 * Provides the signed-in profile's local database to the screens below it. Children render only
 * once that profile's database is open, so nothing can read another profile's replica.
 */
export function LocalDataProvider({ userId, fallback, children }: { userId: string; fallback: ReactNode; children: ReactNode }) {
  const [db, setDb] = useState<{ userId: string; db: PowerSyncDatabase } | null>(null);

  useEffect(() => {
    let live = true;
    openProfileDatabase(userId).then(
      (opened) => {
        if (live) setDb({ userId, db: opened });
      },
      (error: unknown) => console.error('could not open the local database', error),
    );
    return () => {
      live = false;
    };
  }, [userId]);

  // Leaving the signed-in tree (sign-out) closes the database.
  useEffect(() => () => void closeProfileDatabase(), []);

  if (!db || db.userId !== userId) return <>{fallback}</>;
  return <PowerSyncContext.Provider value={db.db}>{children}</PowerSyncContext.Provider>;
}

/** The open profile's local database; only below LocalDataProvider. */
export function useLocalDb(): PowerSyncDatabase {
  return usePowerSync();
}

/** The local database when a profile's replica is open above this component, else null. */
export function useOptionalLocalDb(): PowerSyncDatabase | null {
  return useContext(PowerSyncContext);
}
