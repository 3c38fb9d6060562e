import { useI18n } from '../../i18n/i18n.tsx';

/**
 * Says that the figures below come from the state this device computed at `asOfMs` (its stored
 * snapshot) and are being brought up to date; nothing while they are current. A polite live
 * region, so a screen reader hears when the update lands (the note disappears).
 */
export function SnapshotNote({ asOfMs }: { asOfMs: number | null }) {
  const { t, locale } = useI18n();
  const when = asOfMs === null ? '' : new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(asOfMs);
  return (
    <p className="snapshot-note" role="status" aria-live="polite" data-testid="snapshot-note">
      {asOfMs === null ? null : t.learn.dash.asOf(when)}
    </p>
  );
}
