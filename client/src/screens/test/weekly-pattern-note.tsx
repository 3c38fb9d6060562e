import { useI18n } from '../../i18n/i18n.tsx';
import { Link } from '../../router.tsx';

/** Says what the weekly paper looks like (JEE Main) and offers the Advanced pattern as a choice. */
export function WeeklyPatternNote() {
  const { t } = useI18n();
  const w = t.screens.weekly;
  return (
    <>
      <p className="muted">{w.mainShape}</p>
      <p>
        <Link to="/test/weekly-advanced">{w.advancedLink}</Link> <span className="muted">({w.advancedNote})</span>
      </p>
    </>
  );
}
