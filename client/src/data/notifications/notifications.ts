import { usePowerSync, useQuery } from '@powersync/react';
import type { NotificationKind, NotificationPreferences } from '@cr/shared/notifications/index';
import type { NotificationSettings, PushUnsubscribeBody } from '@cr/shared/schemas/api-notifications';
import { apiRequest } from '../account/api.ts';
import { session } from '../account/current-session.ts';

export interface LocalNotification {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  url: string;
  created_at: string;
  read_at: string | null;
}

/** The newest 100 notifications from the replica, live (offline too). */
export function useNotifications(): { loading: boolean; data: LocalNotification[] } {
  const q = useQuery<LocalNotification>('SELECT id, kind, title, body, url, created_at, read_at FROM notifications ORDER BY created_at DESC, id LIMIT 100');
  return { loading: q.isLoading, data: q.data };
}

/** Unread notifications on this device (a read made offline counts at once). */
export function useUnreadCount(): number {
  const q = useQuery<{ n: number }>('SELECT count(*) AS n FROM notifications WHERE read_at IS NULL');
  return q.data[0]?.n ?? 0;
}

/** Marks notifications read locally; the receipts upload with the next sync (the server keeps its own first-receipt time). */
export function useMarkRead(): (ids: string[]) => Promise<void> {
  const db = usePowerSync();
  return async (ids) => {
    if (ids.length === 0) return;
    const now = new Date().toISOString();
    await db.writeTransaction(async (tx) => {
      for (const id of ids) await tx.execute('UPDATE notifications SET read_at = ? WHERE id = ? AND read_at IS NULL', [now, id]);
    });
  };
}

export type { NotificationSettings } from '@cr/shared/schemas/api-notifications';

const authed = async <T>(path: string, method: 'GET' | 'PUT' | 'POST' | 'DELETE' = 'GET', body?: unknown) =>
  apiRequest<T>(path, { method, token: await session.accessToken(), ...(body === undefined ? {} : { body }) });

export const loadNotificationSettings = () => authed<NotificationSettings>('/api/notifications/preferences');
export const saveNotificationSettings = (patch: Partial<NotificationPreferences>) => authed<NotificationSettings>('/api/notifications/preferences', 'PUT', patch);

/** Whether this browser can receive Web Push at all. */
export const pushSupported = () => typeof window !== 'undefined' && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;

const keyBytes = (base64url: string) => Uint8Array.from(atob(base64url.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

/** Asks permission, subscribes this browser with the server's VAPID key and registers it; false when refused. */
export async function enablePush(vapidPublicKey: string): Promise<boolean> {
  if (!pushSupported() || (await Notification.requestPermission()) !== 'granted') return false;
  const registration = await navigator.serviceWorker.ready;
  const sub = (await registration.pushManager.getSubscription()) ?? (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(vapidPublicKey) }));
  await authed('/api/notifications/push-subscriptions', 'POST', sub.toJSON());
  const state = session.getState();
  if ('user' in state) localStorage.setItem(PUSH_OWNER_KEY, state.user.id);
  return true;
}

/** The profile whose notifications this browser's push subscription carries. */
const PUSH_OWNER_KEY = 'cr.push-owner';

/**
 * Security: a browser has one push subscription, whoever is signed in. On a shared device,
 * opening another profile ends it, so one sibling's notifications never show to the other
 * (the server deletes the row at its next send, when the push service answers 410).
 */
export async function releasePushUnlessOwner(userId: string): Promise<void> {
  if (!pushSupported()) return;
  const sub = await (await navigator.serviceWorker.getRegistration())?.pushManager.getSubscription();
  if (!sub) return;
  if (localStorage.getItem(PUSH_OWNER_KEY) === userId) return;
  await sub.unsubscribe();
  localStorage.removeItem(PUSH_OWNER_KEY);
}

export async function disablePush(): Promise<void> {
  if (!pushSupported()) return;
  const sub = await (await navigator.serviceWorker.ready).pushManager.getSubscription();
  if (!sub) return;
  const body: PushUnsubscribeBody = { endpoint: sub.endpoint };
  await authed('/api/notifications/push-subscriptions', 'DELETE', body);
  await sub.unsubscribe();
  localStorage.removeItem(PUSH_OWNER_KEY);
}
