import { useState, type FormEvent } from 'react';
import { cancelBenchmark, listBenchmarks, scheduleBenchmark, type AdminBenchmark } from '../../data/admin/admin.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useResource } from '../../lib/use-resource.ts';
import { adminErrorText, DataTable, Loaded } from '../coach/loaded.tsx';
import { en } from '../../i18n/en.ts';
import { testName } from '../../lib/staff-names.ts';
import { BankPanel } from './admin-bank.tsx';

/** `YYYY-MM` of the month after `now` (the usual one to schedule). */
function nextMonth(now: Date): string {
  const d = new Date(now.getFullYear(), now.getMonth() + 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
const localValue = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;

/**
 * A JEE Main-style morning session for month `YYYY-MM` in local time: the first Sunday 09:30 to
 * 12:30; when that has passed (the current month), tomorrow at the same hours.
 * Returns `datetime-local` values.
 */
export function defaultWindow(month: string, now: Date): { opens: string; closes: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  let day = new Date(y, m - 1, 1, 9, 30);
  while (day.getDay() !== 0) day = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1, 9, 30);
  if (day.getTime() <= now.getTime()) day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 30);
  const closes = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 12, 30);
  return { opens: localValue(day), closes: localValue(closes) };
}

/** A `datetime-local` value (local wall time) as an ISO instant with offset, or null when empty/invalid. */
export function localToIso(value: string): string | null {
  if (!value) return null;
  const ms = new Date(value).getTime();
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/**
 * Monthly benchmarks per class: the schedule with each one's status and window, a form to schedule
 * one (class, month, title, opens/closes, grace) and cancel where the server offers it. Every
 * error shows the server's reason; offline, the console says so above the tabs.
 */
export function BenchmarksPanel() {
  const { t, lang } = useI18n();
  const when = (iso: string) => new Date(iso).toLocaleString(lang === 'hi' ? 'hi-IN' : 'en-IN', { dateStyle: 'medium', timeStyle: 'short' });
  const [standard, setStandard] = useState<11 | 12 | null>(null);
  const [list, reload] = useResource((signal) => listBenchmarks(standard, signal), String(standard));
  const [form, setForm] = useState(() => {
    const month = nextMonth(new Date());
    return { standard: '12', month, title: '', ...defaultWindow(month, new Date()), graceMin: '15', durationMin: '' };
  });
  const [bankVersion, setBankVersion] = useState(0);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));
  // A new month moves the window into it (the admin can still change both times).
  const setMonth = (e: { target: { value: string } }) => {
    const month = e.target.value;
    setForm((f) => ({ ...f, month, ...(/^\d{4}-\d{2}$/.test(month) ? defaultWindow(month, new Date()) : {}) }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const opens = localToIso(form.opens);
    const closes = localToIso(form.closes);
    if (!opens || !closes || Date.parse(closes) <= Date.parse(opens)) {
      setMessage({ ok: false, text: t.coachx.benchCloseBeforeOpen });
      return;
    }
    setBusy(true);
    try {
      const b = await scheduleBenchmark({
        standard: form.standard === '11' ? 11 : 12,
        month: form.month,
        opens_at: opens,
        closes_at: closes,
        grace_s: Math.round(Number(form.graceMin || '0') * 60),
        ...(form.title.trim() ? { title: form.title.trim() } : {}),
        ...(form.durationMin ? { duration_s: Math.round(Number(form.durationMin) * 60) } : {}),
      });
      setMessage({ ok: true, text: t.coachx.benchScheduled(b.title) });
      reload();
      setBankVersion((v) => v + 1);
    } catch (error) {
      setMessage({ ok: false, text: `${t.admin.failed} ${adminErrorText(t, error)}` });
    } finally {
      setBusy(false);
    }
  };
  const cancel = async (b: AdminBenchmark) => {
    if (!window.confirm(t.coachx.benchConfirmCancel(b.title))) return;
    try {
      await cancelBenchmark(b.id);
      setMessage({ ok: true, text: t.coachx.benchCancelled });
      reload();
    } catch (error) {
      setMessage({ ok: false, text: `${t.admin.failed} ${adminErrorText(t, error)}` });
    }
  };

  return (
    <section className="card" aria-labelledby="admin-benchmarks">
      <h2 id="admin-benchmarks" className="card__title">
        {t.coachx.benchmarksHeading}
      </h2>
      <form className="stack" onSubmit={(e) => void submit(e)} aria-labelledby="schedule-heading">
        <h3 id="schedule-heading">{t.coachx.scheduleHeading}</h3>
        <p className="muted">{t.staffx.scheduleLead}</p>
        <label>
          {t.coachx.benchClass}{' '}
          <select value={form.standard} onChange={set('standard')}>
            <option value="11">11</option>
            <option value="12">12</option>
          </select>
        </label>
        <label>
          {t.coachx.benchMonth} <input type="month" required value={form.month} onChange={setMonth} />
        </label>
        <label>
          {t.coachx.benchTitle} <input value={form.title} maxLength={120} onChange={set('title')} />
        </label>
        <label>
          {t.coachx.benchOpens} <input type="datetime-local" required value={form.opens} onChange={set('opens')} />
        </label>
        <label>
          {t.coachx.benchCloses} <input type="datetime-local" required value={form.closes} onChange={set('closes')} />
        </label>
        <label>
          {t.coachx.benchGrace} <input type="number" min={0} max={10080} required value={form.graceMin} onChange={set('graceMin')} />
        </label>
        <label>
          {t.coachx.benchDuration} <input type="number" min={1} max={360} value={form.durationMin} onChange={set('durationMin')} />
        </label>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t.coachx.benchSchedule}
        </button>
      </form>
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? undefined : 'notice notice--error'}>
          {message.text}
        </p>
      ) : null}
      <BankPanel version={bankVersion} onChanged={() => undefined} />
      <h3>{t.coachx.benchListHeading}</h3>
      <label>
        {t.coachx.benchShow}{' '}
        <select value={standard ?? ''} onChange={(e) => setStandard(e.target.value === '11' ? 11 : e.target.value === '12' ? 12 : null)}>
          <option value="">{t.coachx.benchAllClasses}</option>
          <option value="11">11</option>
          <option value="12">12</option>
        </select>
      </label>
      <Loaded state={list} errorTitle={t.admin.failed} onRetry={reload}>
        {(rows) =>
          rows.length === 0 ? (
            <p className="muted">{t.coachx.benchNone}</p>
          ) : (
            <DataTable head={[t.coachx.benchMonth, t.coachx.benchClass, t.coachx.benchTitleColumn, t.coachx.benchStatus, t.coachx.benchWindow, t.coachx.benchQuestions, '']}>
              {rows.map((b) => (
                <tr key={b.id}>
                  <td>{b.month.slice(0, 7)}</td>
                  <td>{b.standard}</td>
                  <th scope="row">
                    {testName(t, lang, 'MONTHLY', b.id)}
                    {b.title !== testName(en, 'en', 'MONTHLY', b.id) ? <small className="muted"> · {b.title}</small> : null}
                  </th>
                  <td>{t.coachx.benchStatuses[b.status] ?? b.status}</td>
                  <td>
                    {t.coachx.benchWindowText(when(b.opens_at), when(b.closes_at), Math.round(b.grace_s / 60))}
                  </td>
                  <td>{b.question_ids.length}</td>
                  <td>
                    {b.status === 'scheduled' ? (
                      <button type="button" className="button button--secondary" onClick={() => void cancel(b)}>
                        {t.coachx.benchCancel}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </Loaded>
    </section>
  );
}
