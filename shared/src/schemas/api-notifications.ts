import { z } from 'zod';
import { notificationKindSchema } from '../notifications/kinds.ts';

/**
 * The caller's notification settings as the API returns them (server/src/routes/notifications).
 * Written without the input transforms of the preferences patch: a serializer cannot run a
 * transform backwards.
 */
const kinds = z.array(notificationKindSchema);
export const notificationSettingsSchema = z.object({
  time_zone: z.string(),
  reminder_minute: z.number().int(),
  quiet_start: z.number().int(),
  quiet_end: z.number().int(),
  email_kinds: kinds,
  push_kinds: kinds,
  in_app_kinds: kinds,
  push_subscriptions: z.number().int(),
  vapid_public_key: z.string(),
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;
