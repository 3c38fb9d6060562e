import { z } from 'zod';

/** What the platform notifies about. The string is stored in `notifications.kind`. */
export const NOTIFICATION_KINDS = [
  'reviews_due',
  'benchmark_scheduled',
  'benchmark_opens',
  'benchmark_closing',
  'benchmark_result',
  'message_unread',
  'streak_at_risk',
  'coach_digest',
] as const;
export const notificationKindSchema = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

/** Where a notification goes. `in_app` is the synced list; the others are delivered by jobs. */
export const NOTIFICATION_CHANNELS = ['email', 'push', 'in_app'] as const;
export const notificationChannelSchema = z.enum(NOTIFICATION_CHANNELS);
export type NotificationChannel = z.infer<typeof notificationChannelSchema>;

/** True when `tz` is an IANA time zone this runtime knows (Intl throws RangeError otherwise). */
export function isTimeZone(tz: string): boolean {
  if (tz.length === 0 || tz.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Minutes after local midnight, 0..1439. */
const minuteOfDay = z.number().int().min(0).max(1439);
const kindList = z.array(notificationKindSchema).max(NOTIFICATION_KINDS.length).transform((k) => [...new Set(k)].sort());

/**
 * A person's notification settings. Times are local minutes of day in `time_zone`. Quiet hours
 * run from `quiet_start` (inclusive) to `quiet_end` (exclusive) and may wrap midnight; equal
 * values mean no quiet hours. Each channel lists the kinds it carries.
 */
export const notificationPreferencesSchema = z.object({
  time_zone: z.string().refine(isTimeZone, 'not a known IANA time zone, e.g. Asia/Kolkata'),
  reminder_minute: minuteOfDay,
  quiet_start: minuteOfDay,
  quiet_end: minuteOfDay,
  email_kinds: kindList,
  push_kinds: kindList,
  in_app_kinds: kindList,
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** Defaults for someone who never opened the settings: India time, 6 pm, quiet 10 pm–7 am, everything on. */
export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferences = {
  time_zone: 'Asia/Kolkata',
  reminder_minute: 18 * 60,
  quiet_start: 22 * 60,
  quiet_end: 7 * 60,
  email_kinds: [...NOTIFICATION_KINDS].sort(),
  push_kinds: [...NOTIFICATION_KINDS].sort(),
  in_app_kinds: [...NOTIFICATION_KINDS].sort(),
};

export const notificationPreferencesPatchSchema = notificationPreferencesSchema.partial().strict();

/** A browser push subscription as `PushSubscription.toJSON()` gives it. */
export const pushSubscriptionSchema = z.object({
  endpoint: z.url().max(2000).refine((u) => u.startsWith('https://') || u.startsWith('http://127.0.0.1') || u.startsWith('http://localhost'), 'push endpoint must be https'),
  expirationTime: z.number().nullable().optional(),
  keys: z.object({
    p256dh: z.string().regex(/^[A-Za-z0-9_-]{80,100}=*$/, 'not a base64url P-256 public key'),
    auth: z.string().regex(/^[A-Za-z0-9_-]{16,24}=*$/, 'not a base64url 16-byte auth secret'),
  }),
});
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionSchema>;
