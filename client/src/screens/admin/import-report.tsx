import { ApiError } from '../../data/account/api.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { adminErrorText, DataTable } from '../coach/loaded.tsx';

/** What an import answered: the lines of a success report, or the error (a refused file lists its rows). */
export type ImportOutcome = { ok: true; lines: string[] } | { ok: false; error: unknown };

/** "row 12.answer" → [12, "answer"]; the server names each bad row's field this way. */
function rowField(field: string | null | undefined): [number, string] | null {
  const m = /^row (\d+)\.(.+)$/.exec(field ?? '');
  return m ? [Number(m[1]), m[2] as string] : null;
}

/**
 * An import's result as a report a person reads: counts in sentences, or every refused row with
 * its field and the reason in a table (the reason is the server's own words, which quote the row).
 */
export function ImportReport({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useI18n();
  if (outcome.ok) {
    return (
      <div role="status" className="notice" data-import-report="ok">
        <p className="notice__title">{t.staffx.reportTitle}</p>
        <ul>
          {outcome.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    );
  }
  const error = outcome.error;
  const rows = error instanceof ApiError ? error.errors.map((e) => ({ at: rowField(e.field), message: e.message })).filter((r) => r.at !== null) : [];
  if (rows.length === 0) {
    return (
      <p role="alert" className="notice notice--error" data-import-report="failed">
        {t.admin.failed} {adminErrorText(t, error)}
      </p>
    );
  }
  return (
    <div role="alert" className="notice notice--error" data-import-report="refused">
      <p className="notice__title">{error instanceof ApiError ? error.message : t.admin.failed}</p>
      <p>{t.staffx.reportRefused}</p>
      <DataTable head={[t.staffx.reportRow, t.staffx.reportField, t.staffx.reportProblem]}>
        {rows.map((r, i) => (
          <tr key={i}>
            <td>{r.at?.[0]}</td>
            <td>
              <code>{r.at?.[1]}</code>
            </td>
            <td>{r.message.replace(/^row \d+(, [^:]+)?: /, '')}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
