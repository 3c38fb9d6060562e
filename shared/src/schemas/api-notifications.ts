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

/** `DELETE /api/notifications/push-subscriptions`: the subscription this browser stops. */
export const pushUnsubscribeBodySchema = z.object({ endpoint: z.string().min(1).max(2000) }).strict();
export type PushUnsubscribeBody = z.infer<typeof pushUnsubscribeBodySchema>;
/** `GET|POST /api/notifications/unsubscribe`: the signed token of an e-mail's unsubscribe link. */
export const unsubscribeTokenQuerySchema = z.object({ token: z.string().min(1).max(200) }).strict();
