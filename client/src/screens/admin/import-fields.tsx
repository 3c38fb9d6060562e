import { useI18n } from '../../i18n/i18n.tsx';

export type ImportFormat = 'json' | 'csv';

/**
 * The fields of a question-file import (public bank or sealed bank): the source's name, the
 * format, a file to read (its extension picks the format) or text pasted in.
 */
export function ImportFields(props: {
  source: string;
  onSource: (v: string) => void;
  sourceMax: number;
  format: ImportFormat;
  onFormat: (v: ImportFormat) => void;
  content: string;
  onContent: (v: string) => void;
  rows: number;
}) {
  const { t } = useI18n();
  return (
    <>
      <label>
        {t.admin.importSource} <input value={props.source} required maxLength={props.sourceMax} onChange={(e) => props.onSource(e.target.value)} />
      </label>
      <label>
        {t.admin.importFormat}{' '}
        <select value={props.format} onChange={(e) => props.onFormat(e.target.value === 'csv' ? 'csv' : 'json')}>
          <option value="json">JSON</option>
          <option value="csv">CSV</option>
        </select>
      </label>
      <label>
        {t.coachx.importFile}{' '}
        <input
          type="file"
          accept=".csv,.json,text/csv,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            if (file.name.toLowerCase().endsWith('.csv')) props.onFormat('csv');
            else if (file.name.toLowerCase().endsWith('.json')) props.onFormat('json');
            void file.text().then(props.onContent);
          }}
        />
      </label>
      <label>
        {t.admin.importContent}
        <textarea value={props.content} required rows={props.rows} onChange={(e) => props.onContent(e.target.value)} />
      </label>
    </>
  );
}
