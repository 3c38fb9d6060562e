import { useSyncSummary } from '../data/sync/sync-status.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** Online/offline, answers waiting to upload and the last full sync, in the header. */
export function SyncIndicator() {
  const { t, lang } = useI18n();
  const s = useSyncSummary();
  const state = s.online ? 'online' : 'offline';
  const last = s.lastSyncedAt
    ? t.sync.lastSynced(s.lastSyncedAt.toLocaleTimeString(lang === 'hi' ? 'hi-IN' : 'en-IN', { hour: '2-digit', minute: '2-digit' }))
    : t.sync.neverSynced;
  const detail = [s.online ? t.sync.online : t.sync.offline, s.pending > 0 ? t.sync.pending(s.pending) : t.sync.allSynced, last];
  if (s.refused > 0) detail.push(t.sync.refused(s.refused));
  return (
    <span className={`sync sync--${state}`} role="status" aria-label={t.sync.label} title={detail.join(' · ')} data-testid="sync-indicator" data-state={state} data-pending={s.pending}>
      <span className="sync__dot" aria-hidden="true" />
      <span className="sync__text">{s.online ? t.sync.online : t.sync.offline}</span>
      {s.pending > 0 ? (
        <span className="sync__pending" title={t.sync.pending(s.pending)}>
          <span aria-hidden="true">↑</span>
          <span className="visually-hidden">{t.sync.pending(s.pending)}</span>
          <span aria-hidden="true">{s.pending}</span>
        </span>
      ) : null}
      <span className="visually-hidden">
        {detail.slice(1).join('. ')}
      </span>
    </span>
  );
}
