import { useEffect, useRef } from 'react';
import { PALETTE_STATES, type PaletteCounts } from '../../data/sittings/tests-palette.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/**
 * The confirmation before submitting: how many questions are in each palette state, per section
 * and in total. A modal <dialog> (focus stays inside; Escape returns to the test).
 */
export function SubmitDialog({
  sections,
  total,
  busy,
  onCancel,
  onConfirm,
}: {
  sections: { subject: string; counts: PaletteCounts }[];
  total: PaletteCounts;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className="submit-dialog"
      aria-labelledby="submit-title"
      aria-describedby="submit-lead"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="submit-title">{t.test.confirmTitle}</h2>
      <p id="submit-lead">{t.test.confirmLead}</p>
      <div className="table-scroll">
        <table className="summary-table">
          <caption>{t.test.summaryCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.test.section}</th>
              {PALETTE_STATES.map((s) => (
                <th scope="col" key={s}>
                  {t.test.states[s]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sections.map((s) => (
              <tr key={s.subject}>
                <th scope="row">{t.test.sections[s.subject] ?? s.subject}</th>
                {PALETTE_STATES.map((k) => (
                  <td key={k}>{s.counts[k]}</td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.test.total}</th>
              {PALETTE_STATES.map((k) => (
                <td key={k} data-state={k}>
                  {total[k]}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="submit-dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
          {t.test.cancel}
        </button>
        <button type="button" className="button button--primary" onClick={onConfirm} disabled={busy}>
          {busy ? t.test.submitting : t.test.confirmSubmit}
        </button>
      </div>
    </dialog>
  );
}
