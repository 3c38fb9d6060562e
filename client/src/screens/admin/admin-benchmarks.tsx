import { useState, type FormEvent } from 'react';
import { cancelBenchmark, listBenchmarks, scheduleBenchmark, type AdminBenchmark } from '../../data/admin.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useResource } from '../../lib/use-resource.ts';
import { adminErrorText, DataTable, Loaded } from '../coach/loaded.tsx';

/** `YYYY-MM` of the month after `now` (the usual one to schedule). */
function nextMonth(now: Date): string {
  const d = new Date(now.getFullYear(), now.getMonth() + 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
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
  const [form, setForm] = useState({ standard: '12', month: nextMonth(new Date()), title: '', opens: '', closes: '', graceMin: '15', durationMin: '' });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));

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
        <label>
          {t.coachx.benchClass}{' '}
          <select value={form.standard} onChange={set('standard')}>
            <option value="11">11</option>
            <option value="12">12</option>
          </select>
        </label>
        <label>
          {t.coachx.benchMonth} <input type="month" required value={form.month} onChange={set('month')} />
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
                  <th scope="row">{b.title}</th>
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
