import { useState, type FormEvent } from 'react';
import type { Role } from '@cr/shared';
import { importContent, listAudit, listJobs, listUsers, retryJob, setAccountStatus, setRole, type AdminUser, type JobState } from '../../data/admin/admin.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useResource } from '../../lib/use-resource.ts';
import { adminErrorText, DataTable, Loaded } from '../coach/loaded.tsx';
import { testName } from '../../lib/staff-names.ts';
import { ImportFields, type ImportFormat } from './import-fields.tsx';
import { ImportReport, type ImportOutcome } from './import-report.tsx';

const ROLES: Role[] = ['student', 'coach', 'admin'];

export function UsersPanel({ adminId }: { adminId: string }) {
  const { t, formatDate } = useI18n();
  const [q, setQ] = useState('');
  const [applied, setApplied] = useState('');
  const [users, reload] = useResource((signal) => listUsers({ q: applied || undefined, limit: 100 }, signal), applied);
  const [message, setMessage] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setMessage(t.admin.saved);
      reload();
    } catch (error) {
      setMessage(`${t.admin.failed} ${adminErrorText(t, error)}`);
    }
  };
  const change = (id: string, role: Role) => run(() => setRole(id, role));
  const toggle = (u: AdminUser) =>
    u.status === 'active'
      ? window.confirm(t.admin.confirmDisable(u.full_name ?? u.email)) && void run(() => setAccountStatus(u.id, 'disabled'))
      : void run(() => setAccountStatus(u.id, 'active'));
  return (
    <section className="card" aria-labelledby="admin-users">
      <h2 id="admin-users" className="card__title">
        {t.admin.tabs.users}
      </h2>
      <form onSubmit={(e: FormEvent) => (e.preventDefault(), setApplied(q.trim()))}>
        <label>
          {t.admin.search} <input value={q} maxLength={100} onChange={(e) => setQ(e.target.value)} />
        </label>{' '}
        <button type="submit" className="button button--secondary">
          {t.admin.filter}
        </button>
      </form>
      {message ? <p role="status">{message}</p> : null}
      <Loaded state={users} errorTitle={t.admin.failed} onRetry={reload}>
        {(data) => (
          <DataTable head={[t.coachx.userName, t.staffx.email, t.coachx.joined, t.admin.role, t.admin.accountStatus]}>
            {data.users.map((u) => (
              <tr key={u.id}>
                <th scope="row">{u.full_name ?? u.email}</th>
                <td>{u.email}</td>
                <td>{formatDate(u.join_date)}</td>
                <td>
                  <label>
                    <span className="visually-hidden">{t.admin.changeRole}</span>
                    <select value={u.role} onChange={(e) => void change(u.id, e.target.value as Role)}>
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {t.role[r]}
                        </option>
                      ))}
                    </select>
                  </label>
                </td>
                <td data-account-status={u.status}>
                  {t.admin.statusName[u.status]}{' '}
                  {u.status === 'deletion_pending' || u.id === adminId ? null : (
                    <button type="button" className="button button--secondary" onClick={() => toggle(u)}>
                      {u.status === 'active' ? t.admin.disable : t.admin.enable}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </Loaded>
    </section>
  );
}

export function ImportPanel() {
  const { t } = useI18n();
  const [source, setSource] = useState('');
  const [format, setFormat] = useState<ImportFormat>('json');
  const [content, setContent] = useState('');
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const r = await importContent({ format, source, content });
      setOutcome({ ok: true, lines: [t.admin.importDone, t.staffx.reportRows(r.rows), t.staffx.reportWritten(r.written), t.staffx.reportUnchanged(r.unchanged), ...(r.versioned > 0 ? [t.staffx.reportVersioned(r.versioned)] : [])] });
    } catch (error) {
      setOutcome({ ok: false, error });
    }
  };
  return (
    <section className="card" aria-labelledby="admin-import">
      <h2 id="admin-import" className="card__title">
        {t.admin.tabs.content}
      </h2>
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <ImportFields source={source} onSource={setSource} sourceMax={80} format={format} onFormat={setFormat} content={content} onContent={setContent} rows={8} />
        <button type="submit" className="button button--primary">
          {t.admin.importSubmit}
        </button>
      </form>
      {outcome ? <ImportReport outcome={outcome} /> : null}
    </section>
  );
}

const JOB_STATES: readonly JobState[] = ['failed', 'retry', 'active', 'created', 'completed', 'cancelled'];

export function JobsPanel() {
  const { t, formatDate } = useI18n();
  const [state, setState] = useState<JobState>('failed');
  const [jobs, reload] = useResource((signal) => listJobs({ state }, signal), state);
  const [message, setMessage] = useState<string | null>(null);
  const retry = async (name: string, id: string) => {
    try {
      await retryJob(name, id);
      setMessage(t.admin.retried);
      reload();
    } catch (error) {
      setMessage(`${t.admin.failed} ${adminErrorText(t, error)}`);
    }
  };
  return (
    <section className="card" aria-labelledby="admin-jobs">
      <h2 id="admin-jobs" className="card__title">
        {t.admin.tabs.jobs}
      </h2>
      <label>
        {t.admin.jobState}{' '}
        <select value={state} onChange={(e) => setState(e.target.value as JobState)}>
          {JOB_STATES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      {message ? <p role="status">{message}</p> : null}
      <Loaded state={jobs} errorTitle={t.admin.failed} onRetry={reload}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">{t.admin.noJobs}</p>
          ) : (
          <DataTable head={[t.coachx.jobName, t.coachx.jobCreated, t.coachx.jobRetries, t.coachx.jobOutput, '']}>
            {list.map((j) => (
              <tr key={j.id}>
                <th scope="row">{j.name}</th>
                <td>{formatDate(j.created_on)}</td>
                <td>{j.retry_count}</td>
                <td>
                  <code>{JSON.stringify(j.output)?.slice(0, 200)}</code>
                </td>
                <td>
                  {j.state === 'failed' ? (
                    <button type="button" className="button button--secondary" onClick={() => void retry(j.name, j.id)}>
                      {t.admin.retry}
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

/** "login_failed" → "Failed sign-in"; an action we have no name for is shown as words. */
function actionText(t: ReturnType<typeof useI18n>['t'], action: string): string {
  return t.staffx.auditActions[action] ?? action.replace(/_/g, ' ');
}

/** A change set as "key: value" pairs (values that are objects stay compact JSON). */
function changesText(changes: unknown, subjectName: string | null): string {
  if (changes === null || changes === undefined) return '–';
  if (typeof changes !== 'object') return JSON.stringify(changes);
  return Object.entries(changes as Record<string, unknown>)
    .map(([k, v]) => {
      // A user id the server could name is shown as that name.
      if (k === 'user_id' && subjectName) return subjectName;
      return `${k.replace(/_/g, ' ')}: ${v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v)}`;
    })
    .join(' · ');
}

export function AuditPanel() {
  const { t, lang, formatDate } = useI18n();
  const [action, setAction] = useState('');
  const [actor, setActor] = useState('');
  const [filter, setFilter] = useState<{ action?: string; actor?: string }>({});
  const [log, reload] = useResource((signal) => listAudit({ ...filter, limit: 200 }, signal), JSON.stringify(filter));
  return (
    <section className="card" aria-labelledby="admin-audit">
      <h2 id="admin-audit" className="card__title">
        {t.admin.tabs.audit}
      </h2>
      <form onSubmit={(e) => (e.preventDefault(), setFilter({ action: action.trim() || undefined, actor: actor.trim() || undefined }))}>
        <label>
          {t.admin.actionFilter}{' '}
          <select value={action} onChange={(e) => setAction(e.target.value)}>
            <option value="">{t.staffx.allActions}</option>
            {Object.entries(t.staffx.auditActions).map(([id, text]) => (
              <option key={id} value={id}>
                {text}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t.staffx.actorFilter} <input value={actor} maxLength={100} onChange={(e) => setActor(e.target.value)} />
        </label>{' '}
        <button type="submit" className="button button--secondary">
          {t.admin.filter}
        </button>
      </form>
      <Loaded state={log} errorTitle={t.admin.failed} onRetry={reload}>
        {(entries) => (
          <DataTable head={[t.admin.when, t.admin.actor, t.admin.action, t.admin.resource, t.admin.changes]}>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{formatDate(e.timestamp)}</td>
                <td data-actor={e.actor_id ?? ''}>
                  {e.actor_id === null ? t.staffx.auditSystem : (e.actor_name ?? e.actor_email ?? t.staffx.auditSystem)}
                  {e.actor_name && e.actor_email ? <small className="muted"> {e.actor_email}</small> : null}
                </td>
                <td>{actionText(t, e.action)}</td>
                <td>
                  {t.staffx.resourceTypes[e.resource_type] ?? e.resource_type.replace(/_/g, ' ')}{' '}
                  {e.resource_type === 'benchmark' && e.resource_id ? testName(t, lang, 'MONTHLY', e.resource_id) : (e.resource_name ?? e.resource_id ?? '')}
                </td>
                <td>{changesText(e.changes, e.subject_name)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </Loaded>
    </section>
  );
}
