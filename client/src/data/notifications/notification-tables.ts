import { syncedTable } from '../sync/synced-table.ts';

/** The in-app notification list (bucket user_notifications). read_at is written by this device as a read receipt. */
export const notificationTables = {
  notifications: syncedTable('notifications', { indexes: { by_created: ['created_at'] } }),
};
