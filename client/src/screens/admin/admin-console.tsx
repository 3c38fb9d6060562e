import { useState, type FormEvent } from 'react';
import { assign, createCohort, deleteCohort, getCohort, listCohorts, listUsers, updateCohort } from '../../data/admin/admin.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useResource } from '../../lib/use-resource.ts';
import { useOnline } from '../../lib/use-online.ts';
import { adminErrorText, DataTable, Loaded } from '../coach/loaded.tsx';
import { BenchmarksPanel } from './admin-benchmarks.tsx';
import { StudentPicker } from './student-picker.tsx';
import { AuditPanel, ImportPanel, JobsPanel, UsersPanel } from './admin-panels.tsx';
import '../coach/coach.css';

type Tab = 'cohorts' | 'users' | 'benchmarks' | 'content' | 'jobs' | 'audit';
const TABS: Tab[] = ['cohorts', 'users', 'benchmarks', 'content', 'jobs', 'audit'];

/** The admin console: online-only, and it says so when the device is offline. */
/** The admin console; `adminId` is the signed-in admin (their own account cannot be disabled). */
export function AdminConsole({ adminId }: { adminId: string }) {
  const { t } = useI18n();
  const online = useOnline();
  const [tab, setTab] = useState<Tab>('cohorts');
  return (
    <div className="page coach-page">
      <header className="page__header">
        <h1 className="page__title" data-focus-target tabIndex={-1}>
          {t.admin.title}
        </h1>
      </header>
      {!online ? (
        <div className="notice notice--error" role="alert">
          <p>{t.admin.needsConnection}</p>
        </div>
      ) : null}
      <nav className="admin-tabs" aria-label={t.admin.title}>
        {TABS.map((k) => (
          <button key={k} type="button" className={`button ${tab === k ? 'button--primary' : 'button--secondary'}`} aria-pressed={tab === k} onClick={() => setTab(k)}>
            {k === 'benchmarks' ? t.coachx.benchmarksTab : t.admin.tabs[k]}
          </button>
        ))}
      </nav>
      <fieldset disabled={!online} style={{ border: 0, padding: 0, margin: 0 }}>
        {tab === 'cohorts' ? <CohortsPanel /> : null}
        {tab === 'users' ? <UsersPanel adminId={adminId} /> : null}
        {tab === 'benchmarks' ? <BenchmarksPanel /> : null}
        {tab === 'content' ? <ImportPanel /> : null}
        {tab === 'jobs' ? <JobsPanel /> : null}
        {tab === 'audit' ? <AuditPanel /> : null}
      </fieldset>
    </div>
  );
}

function CohortsPanel() {
  const { t } = useI18n();
  const [cohorts, reload] = useResource(listCohorts);
  const [name, setName] = useState('');
  const [standard, setStandard] = useState<'' | '11' | '12'>('');
  const [message, setMessage] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      setMessage(t.admin.saved);
      reload();
    } catch (error) {
      setMessage(`${t.admin.failed} ${adminErrorText(t, error)}`);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(() => createCohort({ name, standard: standard ? (Number(standard) as 11 | 12) : null })).then(() => setName(''));
  };
  return (
    <section className="card" aria-labelledby="admin-cohorts">
      <h2 id="admin-cohorts" className="card__title">
        {t.admin.tabs.cohorts}
      </h2>
      <form onSubmit={submit} className="stack">
        <label>
          {t.admin.cohortName} <input value={name} required maxLength={120} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t.admin.cohortClass}{' '}
          <select value={standard} onChange={(e) => setStandard(e.target.value as '' | '11' | '12')}>
            <option value="">{t.admin.anyClass}</option>
            <option value="11">11</option>
            <option value="12">12</option>
          </select>
        </label>
        <button type="submit" className="button button--primary">
          {t.admin.createCohort}
        </button>
      </form>
      {message ? <p role="status">{message}</p> : null}
      <Loaded state={cohorts} errorTitle={t.admin.failed} onRetry={reload}>
        {(list) => (
          <DataTable head={[t.admin.cohortName, t.admin.cohortClass, t.admin.members, t.admin.coaches, '']}>
            {list.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.name}</th>
                <td>{c.standard ?? t.admin.anyClass}</td>
                <td>{c.students}</td>
                <td>{c.coaches.map((x) => x.name ?? x.email).join(', ')}</td>
                <td>
                  <button type="button" className="button button--secondary" onClick={() => setOpen(open === c.id ? null : c.id)} aria-expanded={open === c.id}>
                    {t.admin.manage}
                  </button>{' '}
                  <button type="button" className="button button--secondary" onClick={() => window.confirm(t.admin.confirmDelete(c.name)) && void run(() => deleteCohort(c.id))}>
                    {t.admin.deleteCohort}
                  </button>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </Loaded>
      {open ? <CohortEditor key={open} id={open} onChanged={reload} /> : null}
    </section>
  );
}

function CohortEditor({ id, onChanged }: { id: string; onChanged: () => void }) {
  const { t } = useI18n();
  const [detail, reload] = useResource((signal) => getCohort(id, signal), id);
  const [coachId, setCoachId] = useState('');
  const [rename, setRename] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      setMessage(t.admin.saved);
      reload();
      onChanged();
    } catch (error) {
      setMessage(`${t.admin.failed} ${adminErrorText(t, error)}`);
    }
  };
  const [coaches] = useResource((signal) => listUsers({ role: 'coach', limit: 200 }, signal));
  if (detail.status !== 'ready') return <Loaded state={detail} errorTitle={t.admin.failed} onRetry={reload}>{() => null}</Loaded>;
  const c = detail.data;
  const assigned = new Set(c.coaches.map((x) => x.id));
  return (
    <div className="stack" aria-live="polite">
      <h3>{c.name}</h3>
      {message ? <p role="status">{message}</p> : null}
      <form className="stack" onSubmit={(e) => (e.preventDefault(), void run(() => updateCohort(id, { name: rename })))}>
        <label>
          {t.admin.cohortName} <input value={rename} placeholder={c.name} required maxLength={120} onChange={(e) => setRename(e.target.value)} />
        </label>
        <button type="submit" className="button button--secondary">
          {t.admin.rename}
        </button>
      </form>
      <h4>{t.admin.coaches}</h4>
      <ul className="list">
        {c.coaches.map((x) => (
          <li key={x.id} className="list__item">
            {x.name ?? x.email}{' '}
            <button type="button" className="button button--secondary" onClick={() => void run(() => assign(id, 'coaches', x.id, false))}>
              {t.admin.remove}
            </button>
          </li>
        ))}
      </ul>
      <form className="stack" onSubmit={(e) => (e.preventDefault(), void run(() => assign(id, 'coaches', coachId.trim(), true)))}>
        {coaches.status === 'ready' ? (
          <label>
            {t.admin.addCoach}{' '}
            <select value={coachId} required onChange={(e) => setCoachId(e.target.value)}>
              <option value="" />
              {coaches.data.users
                .filter((u) => !assigned.has(u.id) && u.status === 'active')
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.full_name ? `${u.full_name} (${u.email})` : u.email}
                  </option>
                ))}
            </select>
          </label>
        ) : (
          <label>
            {t.admin.addCoach} <input value={coachId} required onChange={(e) => setCoachId(e.target.value)} />
          </label>
        )}
        <button type="submit" className="button button--secondary">
          {t.admin.add}
        </button>
      </form>
      <h4>{t.admin.members}</h4>
      <ul className="list">
        {c.members.map((x) => (
          <li key={x.id} className="list__item">
            {x.name ?? x.email}{' '}
            <button type="button" className="button button--secondary" onClick={() => void run(() => assign(id, 'students', x.id, false))}>
              {t.admin.remove}
            </button>
          </li>
        ))}
      </ul>
      <StudentPicker members={new Set(c.members.map((m) => m.id))} onAdd={(u) => void run(() => assign(id, 'students', u.id, true))} />
    </div>
  );
}
