import { useState, type FormEvent } from 'react';
import { generateBankItems, getBankSummary, importIntoBank, type BankSummary } from '../../data/admin/admin.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { subjectName } from '../../lib/staff-names.ts';
import { useResource } from '../../lib/use-resource.ts';
import { adminErrorText, DataTable, Loaded } from '../coach/loaded.tsx';
import { ImportFields, type ImportFormat } from './import-fields.tsx';
import { ImportReport, type ImportOutcome } from './import-report.tsx';

/** Papers the server counts at most (server/src/services/benchmark-bank.ts CAPACITY_CAP). */
const CAPACITY_CAP = 12;

/**
 * The sealed bank in the admin console: what it holds per class × subject × type (counts only,
 * never a question or key), how many more papers each class can get, and two ways to add to it
 * (fresh generated items, or the centre's own questions imported straight into the sealed bank).
 */
export function BankPanel({ version, onChanged }: { version: number; onChanged: () => void }) {
  const { t } = useI18n();
  const [summary, reload] = useResource(getBankSummary, String(version));
  const changed = () => {
    reload();
    onChanged();
  };
  return (
    <section className="stack" aria-labelledby="bank-heading" data-bank>
      <h3 id="bank-heading">{t.staffx.bankHeading}</h3>
      <p className="muted">{t.staffx.bankLead}</p>
      <Loaded state={summary} errorTitle={t.staffx.bankLoadFailed} onRetry={reload}>
        {(s) => <BankTable s={s} />}
      </Loaded>
      <GenerateForm onDone={changed} />
      <SealedImportForm onDone={changed} />
    </section>
  );
}

function BankTable({ s }: { s: BankSummary }) {
  const { t } = useI18n();
  return (
    <>
      <ul className="list" data-bank-capacity>
        {s.classes.map((c) => (
          <li key={c.standard} className="list__item" data-class={c.standard} data-papers={c.papers}>
            <span className="list__primary">
              {c.papers >= CAPACITY_CAP ? t.staffx.bankCapacityMany(c.standard, c.papers) : t.staffx.bankCapacity(c.standard, c.papers)}
            </span>
            {c.papers < CAPACITY_CAP && c.next_shortfall.length > 0 ? <span className="list__secondary">{t.staffx.bankNextNeeds(c.next_shortfall.map((f) => t.staffx.shortfallItem(subjectName(t, f.subject), t.staffx.questionTypes[f.type] ?? f.type, f.missing)).join('; '))}</span> : null}
          </li>
        ))}
      </ul>
      <p className="muted">{t.staffx.bankShared}</p>
      {s.counts.length === 0 ? (
        <p className="notice">{t.staffx.bankEmpty}</p>
      ) : (
        <DataTable head={[t.staffx.bankClass, t.staffx.bankSubject, t.staffx.bankType, t.staffx.bankUnused, t.staffx.bankUsed]}>
          {s.counts.map((r) => (
            <tr key={`${r.standard}-${r.subject}-${r.type}`}>
              <td>{r.standard}</td>
              <th scope="row">{subjectName(t, r.subject)}</th>
              <td>{t.staffx.questionTypes[r.type] ?? r.type}</td>
              <td>{r.unused}</td>
              <td>{r.used}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}

function GenerateForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const [papers, setPapers] = useState('2');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const r = await generateBankItems(Number(papers));
      setMessage({ ok: true, text: t.staffx.generated(r.written) });
      onDone();
    } catch (error) {
      setMessage({ ok: false, text: `${t.admin.failed} ${adminErrorText(t, error)}` });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="stack" onSubmit={(e) => void submit(e)} aria-labelledby="generate-heading">
      <h4 id="generate-heading">{t.staffx.generateHeading}</h4>
      <p className="muted">{t.staffx.generateLead}</p>
      <label>
        {t.staffx.generatePapers} <input type="number" min={1} max={12} required value={papers} onChange={(e) => setPapers(e.target.value)} />
      </label>
      <button type="submit" className="button button--secondary" disabled={busy}>
        {t.staffx.generateSubmit}
      </button>
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? undefined : 'notice notice--error'}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}

function SealedImportForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const [source, setSource] = useState('');
  const [format, setFormat] = useState<ImportFormat>('csv');
  const [content, setContent] = useState('');
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const r = await importIntoBank({ format, source, content });
      const subjects = Object.entries(r.by_subject).map(([s, n]) => `${subjectName(t, s)} ${n}`).join(', ');
      setOutcome({ ok: true, lines: [t.staffx.sealedImported(r.rows, r.written), subjects] });
      onDone();
    } catch (error) {
      setOutcome({ ok: false, error });
    }
  };
  return (
    <form className="stack" onSubmit={(e) => void submit(e)} aria-labelledby="sealed-import-heading">
      <h4 id="sealed-import-heading">{t.staffx.sealedImportHeading}</h4>
      <p className="muted">{t.staffx.sealedImportLead}</p>
      <ImportFields source={source} onSource={setSource} sourceMax={100} format={format} onFormat={setFormat} content={content} onContent={setContent} rows={5} />
      <button type="submit" className="button button--secondary">
        {t.admin.importSubmit}
      </button>
      {outcome ? <ImportReport outcome={outcome} /> : null}
    </form>
  );
}
