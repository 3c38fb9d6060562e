import { useEffect, useState } from 'react';
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationPreferences } from '@cr/shared/notifications/index';
import { disablePush, enablePush, loadNotificationSettings, pushSupported, saveNotificationSettings, type NotificationSettings } from '../data/notifications/notifications.ts';
import { useI18n } from '../i18n/i18n.tsx';

const CHANNELS = [
  ['email_kinds', 'channelEmail'],
  ['push_kinds', 'channelPush'],
  ['in_app_kinds', 'channelInApp'],
] as const;

const toTime = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const fromTime = (v: string) => {
  const [h, m] = v.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};
const zones = (current: string) => {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(current) ? all : [current, ...all];
};

/** Time zone, reminder time, quiet hours, which kinds go to which channel, and push on this device. Needs a connection. */
export function NotificationSettingsSection() {
  const { t } = useI18n();
  const [settings, setSettings] = useState<NotificationSettings | null>(null);
  const [failed, setFailed] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    loadNotificationSettings().then(setSettings, () => setFailed(true));
  }, []);
  if (failed) return <p className="muted">{t.notify.offline}</p>;
  if (!settings) return null;

  const save = async (patch: Partial<NotificationPreferences>) => {
    try {
      setSettings(await saveNotificationSettings(patch));
      setMessage(t.notify.saved);
    } catch {
      setMessage(t.notify.offline);
    }
  };
  const toggle = (channel: (typeof CHANNELS)[number][0], kind: NotificationKind, on: boolean) =>
    void save({ [channel]: on ? [...settings[channel], kind] : settings[channel].filter((k) => k !== kind) });
  const push = async (on: boolean) => {
    try {
      if (on && !(await enablePush(settings.vapid_public_key))) {
        setMessage(t.notify.pushDenied);
        return;
      }
      if (!on) await disablePush();
      setSettings(await loadNotificationSettings());
    } catch {
      setMessage(t.notify.offline);
    }
  };

  return (
    <section className="card stack" aria-labelledby="notification-settings">
      <h2 id="notification-settings">{t.notify.settingsHeading}</h2>
      <p className="muted">{t.notify.settingsLead}</p>
      <label>
        {t.notify.timeZone}{' '}
        <select value={settings.time_zone} onChange={(e) => void save({ time_zone: e.target.value })}>
          {zones(settings.time_zone).map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.notify.reminderTime} <input type="time" value={toTime(settings.reminder_minute)} onChange={(e) => void save({ reminder_minute: fromTime(e.target.value) })} />
      </label>
      <p>
        <label>
          {t.notify.quietFrom} <input type="time" value={toTime(settings.quiet_start)} onChange={(e) => void save({ quiet_start: fromTime(e.target.value) })} />
        </label>{' '}
        <label>
          {t.notify.quietTo} <input type="time" value={toTime(settings.quiet_end)} onChange={(e) => void save({ quiet_end: fromTime(e.target.value) })} />
        </label>
      </p>
      <table>
        <caption>{t.notify.kindsHeading}</caption>
        <thead>
          <tr>
            <th scope="col" />
            {CHANNELS.map(([, label]) => (
              <th key={label} scope="col">
                {t.notify[label]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {NOTIFICATION_KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row">{t.notify.kinds[kind]}</th>
              {CHANNELS.map(([channel, label]) => (
                <td key={channel}>
                  <input type="checkbox" aria-label={`${t.notify.kinds[kind]}: ${t.notify[label]}`} checked={settings[channel].includes(kind)} onChange={(e) => toggle(channel, kind, e.target.checked)} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {pushSupported() ? (
        <p>
          <button type="button" className="button" onClick={() => void push(true)}>
            {t.notify.pushOn}
          </button>{' '}
          <button type="button" className="button" onClick={() => void push(false)}>
            {t.notify.pushOff}
          </button>
        </p>
      ) : (
        <p className="muted">{t.notify.pushUnsupported}</p>
      )}
      {settings.push_subscriptions > 0 ? <p className="muted">{t.notify.pushDevices(settings.push_subscriptions)}</p> : null}
      {message ? <p role="status">{message}</p> : null}
    </section>
  );
}
