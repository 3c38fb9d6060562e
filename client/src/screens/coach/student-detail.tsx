import { useContext, useEffect, useState, type FormEvent } from 'react';
import { PowerSyncContext } from '@powersync/react';
import { getStudentDetail, markThreadRead, reasonText, sendMessage, threadMessages, type ChatMessage, type Drilldown } from '../../data/coach.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useResource } from '../../lib/use-resource.ts';
import { Link } from '../../router.tsx';
import { LoadError, Loading } from '../../ui/states.tsx';
import './coach.css';

const pct = (v: number | null) => (v == null ? '–' : `${Math.round(v * 100)}%`);

/** One student, loaded on demand when the coach opens them (never synced to every coach). */
export function StudentDetailScreen({ studentId, coachId }: { studentId: string; coachId: string }) {
  const { t } = useI18n();
  const [data, reload] = useResource((signal) => getStudentDetail(studentId, signal), studentId);
  return (
    <div className="page">
      <p>
        <Link to="/">{t.coach.back}</Link>
      </p>
      {data.status === 'loading' ? <Loading /> : null}
      {data.status === 'error' ? <LoadError title={t.coach.detailFailed} error={data.error} onRetry={reload} /> : null}
      {data.status === 'ready' ? <Detail d={data.data} /> : null}
      <ChatPanel studentId={studentId} coachId={coachId} me={coachId} />
    </div>
  );
}

function Detail({ d }: { d: Drilldown }) {
  const { t, formatDate } = useI18n();
  return (
    <>
      <header className="page__header">
        <h1 className="page__title" data-focus-target tabIndex={-1}>
          {t.coach.detailTitle(d.student.name)}
        </h1>
      </header>
      <div className="coach-grid">
        <section className="card" aria-labelledby="progress-heading">
          <h2 id="progress-heading" className="card__title">
            {t.coach.progressHeading}
          </h2>
          {d.metrics.length === 0 ? <p className="muted">{t.coach.empty}</p> : null}
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t.coach.date}</th>
                <th scope="col">{t.coach.mastery}</th>
                <th scope="col">{t.coach.burnoutHeading}</th>
              </tr>
            </thead>
            <tbody>
              {d.metrics.map((m) => (
                <tr key={m.measured_at}>
                  <td>{formatDate(m.measured_at)}</td>
                  <td>{pct(m.overall_mastery)}</td>
                  <td>
                    {pct(m.burnout_risk)} {m.burnout_reasons.map(reasonText).join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="card" aria-labelledby="weak-heading">
          <h2 id="weak-heading" className="card__title">
            {t.coach.weakHeading}
          </h2>
          {d.weak_concepts.length === 0 ? <p className="muted">{t.coach.empty}</p> : null}
          <ul className="list">
            {d.weak_concepts.map((c) => (
              <li key={c.concept_id} className="list__item">
                <span className="list__primary">{c.name}</span>
                <span className="list__secondary">
                  {t.coach.mastery} {pct(c.mastery)} · {t.coach.attempts} {c.attempts}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading" className="card__title">
          {t.coach.historyHeading}
        </h2>
        {d.results.length === 0 ? <p className="muted">{t.coach.empty}</p> : null}
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t.coach.date}</th>
              <th scope="col">{t.coach.test}</th>
              <th scope="col">{t.coach.latest}</th>
              <th scope="col">{t.coach.percentile}</th>
              <th scope="col">{t.coach.rank}</th>
            </tr>
          </thead>
          <tbody>
            {d.results.map((r) => (
              <tr key={`${r.test_id}-${r.test_date}`}>
                <td>{formatDate(r.test_date)}</td>
                <td>{r.test_id}</td>
                <td>{t.coach.score(r.total_score, r.total_marks)}</td>
                <td>{r.percentile ?? '–'}</td>
                <td>{r.estimated_rank ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="timing-heading">
        <h2 id="timing-heading" className="card__title">
          {t.coach.timingHeading}
        </h2>
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t.coach.subject}</th>
              <th scope="col">{t.coach.attempts}</th>
              <th scope="col">{t.coach.averageTime}</th>
              <th scope="col">{t.coach.medianTime}</th>
              <th scope="col">{t.coach.accuracy}</th>
              <th scope="col">{t.coach.rushed}</th>
            </tr>
          </thead>
          <tbody>
            {d.timing.map((x) => (
              <tr key={x.subject}>
                <th scope="row">{x.subject}</th>
                <td>{x.attempts}</td>
                <td>{t.coach.seconds(Math.round(x.avg_ms / 1000))}</td>
                <td>{t.coach.seconds(Math.round(x.median_ms / 1000))}</td>
                <td>{pct(x.accuracy)}</td>
                <td>{x.rushed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

/**
 * The mentoring thread, read from and written to the local replica (works offline; the upload
 * queue delivers each message once). Without a replica in context it says so plainly.
 */
export function ChatPanel({ studentId, coachId, me }: { studentId: string; coachId: string; me: string }) {
  const { t } = useI18n();
  const db = useContext(PowerSyncContext);
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [draft, setDraft] = useState('');

  useEffect(() => {
    if (!db) return;
    const controller = new AbortController();
    const load = () => void threadMessages(db, studentId, coachId).then(setMessages);
    load();
    db.onChange({ onChange: load }, { tables: ['chat_messages'], signal: controller.signal });
    void markThreadRead(db, studentId, coachId, me, Date.now());
    return () => controller.abort();
  }, [db, studentId, coachId, me]);

  if (!db) {
    return (
      <section className="card" aria-labelledby="chat-heading">
        <h2 id="chat-heading" className="card__title">
          {t.coach.chatHeading}
        </h2>
        <p className="muted">{t.coach.chatUnavailable}</p>
      </section>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = draft.trim();
    if (!body) return;
    setDraft('');
    void sendMessage(db, { studentId, coachId, senderId: me, body, nowMs: Date.now() });
  };
  return (
    <section className="card chat" aria-labelledby="chat-heading">
      <h2 id="chat-heading" className="card__title">
        {t.coach.chatHeading}
      </h2>
      {messages.length === 0 ? <p className="muted">{t.coach.chatEmpty}</p> : null}
      <ul className="chat__list" aria-live="polite">
        {messages.map((m) => (
          <li key={m.id} className={`chat__msg${m.sender_id === me ? ' chat__msg--mine' : ''}`}>
            <span>{m.body}</span>{' '}
            <small className="muted">
              {new Date(m.sent_at).toLocaleString()}
              {m.sender_id === me ? ` · ${m.read_at ? t.coach.chatRead : m.received_at ? '' : t.coach.chatPending}` : ''}
            </small>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="stack">
        <label className="visually-hidden" htmlFor="chat-draft">
          {t.coach.chatPlaceholder}
        </label>
        <textarea id="chat-draft" value={draft} maxLength={4000} placeholder={t.coach.chatPlaceholder} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit" className="button button--primary">
          {t.coach.chatSend}
        </button>
      </form>
    </section>
  );
}
