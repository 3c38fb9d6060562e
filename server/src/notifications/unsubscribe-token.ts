import { createHmac, timingSafeEqual } from 'node:crypto';
import { notificationKindSchema, type NotificationKind } from '@cr/shared/notifications/index';

/** What an unsubscribe link turns off: e-mails of one kind, or every e-mail. */
export interface UnsubscribeScope {
  userId: string;
  kind: NotificationKind | 'all';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const mac = (key: Buffer, payload: string) => createHmac('sha256', key).update(`unsubscribe:${payload}`).digest().subarray(0, 16);

/**
 * A link token `<userId>.<kind>.<mac>` (HMAC-SHA256, 128 bits). It never expires: an old
 * e-mail's link must still work (RFC 8058); it can only turn e-mails off, never on.
 */
export function signUnsubscribe(key: Buffer, scope: UnsubscribeScope): string {
  const payload = `${scope.userId}.${scope.kind}`;
  return `${payload}.${mac(key, payload).toString('base64url')}`;
}

/** The scope of a genuine token, or null for anything forged, truncated or malformed. */
export function verifyUnsubscribe(key: Buffer, token: string): UnsubscribeScope | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [userId, kind, sig] = parts as [string, string, string];
  if (!UUID.test(userId)) return null;
  if (kind !== 'all' && !notificationKindSchema.safeParse(kind).success) return null;
  const given = Buffer.from(sig, 'base64url');
  const expected = mac(key, `${userId}.${kind}`);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, kind: kind as UnsubscribeScope['kind'] };
}
