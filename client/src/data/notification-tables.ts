import { column, Table } from '@powersync/common';

/** The in-app notification list (bucket user_notifications). read_at is written by this device as a read receipt. */
export const notificationTables = {
  notifications: new Table(
    { user_id: column.text, kind: column.text, occasion: column.text, title: column.text, body: column.text, url: column.text, created_at: column.text, read_at: column.text },
    { indexes: { by_created: ['created_at'] } },
  ),
};
