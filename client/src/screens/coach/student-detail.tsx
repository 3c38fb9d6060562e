import { useEffect, useId, useState, type FormEvent } from 'react';
import { markThreadRead, sendMessage } from '../../data/coach/chat.ts';
import { reasonText, threadMessages, useLocalStudentHeading, type ChatMessage, type Drilldown } from '../../data/coach/coach.ts';
import { useOptionalLocalDb } from '../../data/sync/local-data.tsx';
import { useStudentDetail } from '../../data/coach/coach-detail.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { subjectName, testName } from '../../lib/staff-names.ts';
import { Link } from '../../router.tsx';
import { Loading } from '../../ui/states.tsx';
import { DataTable, Loaded, type LoadState } from './loaded.tsx';
import './coach.css';

const pct = (v: number | null) => (v == null ? '–' : `${Math.round(v * 100)}%`);

/**
 * One student for their coach: the server's drill-down, kept on this device after each load (and
 * prefetched while online), so it reads offline with the date it was saved.
 */
export function StudentDetailScreen({ studentId, coachId }: { studentId: string; coachId: string }) {
  const { t, formatDate } = useI18n();
  const [detail, reload] = useStudentDetail(studentId);
  const state: LoadState<Drilldown> = detail.status === 'ready' ? { status: 'ready', data: detail.data } : detail;
  return (
    <div className="page coach-page">
      <p>
        <Link to="/">{t.coach.back}</Link>
      </p>
      <LocalHeading studentId={studentId} />
      {detail.status === 'ready' && detail.fromCache ? (
        <p className="muted" role="status" data-detail-cached>
          {t.staffx.savedAt(formatDate(detail.fetchedAt))}
        </p>
      ) : null}
      {detail.status === 'error' && detail.offline ? (
        <div className="notice" role="status">
          <p>{t.staffx.offlineNotSaved}</p>
        </div>
      ) : (
        <Loaded state={state} errorTitle={t.coach.detailFailed} onRetry={reload}>
          {(d) => <Detail d={d} />}
        </Loaded>
      )}
      <ChatPanel studentId={studentId} coachId={coachId} me={coachId} />
    </div>
  );
}

/** The student's name and synced summary from the replica, so the page says who it is offline too. */
function LocalHeading({ studentId }: { studentId: string }) {
  const { t, formatDate } = useI18n();
  const row = useLocalStudentHeading(studentId);
  return (
    <header className="page__header">
      <h1 className="page__title" data-focus-target tabIndex={-1}>
        {t.coach.detailTitle(row?.display_name ?? '…')}
      </h1>
      {row ? <p className="page__subtitle">{t.coachx.activity(row.attempts_7d, row.last_active_at ? formatDate(row.last_active_at) : null)}</p> : null}
    </header>
  );
}

function Detail({ d }: { d: Drilldown }) {
  const { t, lang, formatDate } = useI18n();
  return (
    <>
      <div className="coach-grid">
        <section className="card" aria-labelledby="progress-heading">
          <h2 id="progress-heading" className="card__title">
            {t.coach.progressHeading}
          </h2>
          {d.metrics.length === 0 ? <p className="muted">{t.coach.empty}</p> : null}
          <DataTable head={[t.coach.date, t.coach.mastery, t.coach.burnoutHeading]}>
              {d.metrics.map((m) => (
                <tr key={m.measured_at}>
                  <td>{formatDate(m.measured_at)}</td>
                  <td>{pct(m.overall_mastery)}</td>
                  <td>
                    {pct(m.burnout_risk)} {m.burnout_reasons.map(reasonText).join('; ')}
                  </td>
                </tr>
              ))}
          </DataTable>
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
                  {t.coach.mastery} {pct(c.mastery)} · {t.staffx.correctOf(c.correct ?? 0, c.attempts)}
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
        <DataTable head={[t.coach.date, t.coach.test, t.coach.latest, t.coach.percentile, t.coach.rank]}>
            {d.results.map((r) => (
              <tr key={`${r.test_id}-${r.test_date}`}>
                <td>{formatDate(r.test_date)}</td>
                <td>{testName(t, lang, r.test_type, r.test_id)}</td>
                <td>{t.coach.score(r.total_score, r.total_marks)}</td>
                <td>{r.percentile ?? '–'}</td>
                <td>{r.estimated_rank ?? '–'}</td>
              </tr>
            ))}
        </DataTable>
      </section>
      <section className="card" aria-labelledby="timing-heading">
        <h2 id="timing-heading" className="card__title">
          {t.coach.timingHeading}
        </h2>
        <p className="muted">{t.staffx.answersNote}</p>
        <DataTable head={[t.coach.subject, t.coach.attempts, t.coach.averageTime, t.coach.medianTime, t.coach.accuracy, t.coach.rushed]}>
            {d.timing.map((x) => (
              <tr key={x.subject} data-subject={x.subject}>
                <th scope="row">{subjectName(t, x.subject)}</th>
                <td>{x.attempts}</td>
                <td>{t.coach.seconds(Math.round(x.avg_ms / 1000))}</td>
                <td>{t.coach.seconds(Math.round(x.median_ms / 1000))}</td>
                <td data-accuracy>
                  {x.judged > 0 ? `${pct(x.accuracy)} (${t.staffx.correctOf(x.correct, x.judged)})` : '–'}
                </td>
                <td>{x.rushed}</td>
              </tr>
            ))}
        </DataTable>
      </section>
      <section className="card" aria-labelledby="answers-heading">
        <h2 id="answers-heading" className="card__title">
          {t.staffx.answersHeading}
        </h2>
        {d.recent_answers.length === 0 ? <p className="muted">{t.coach.empty}</p> : null}
        <DataTable head={[t.staffx.answered, t.staffx.concept, t.coach.subject, t.staffx.result, t.staffx.time]}>
          {d.recent_answers.map((a, i) => (
            <tr key={`${a.question_id}-${i}`} data-answer={a.correct === null ? 'unchecked' : a.correct ? 'right' : 'wrong'}>
              <td>{formatDate(a.answered_at)}</td>
              <th scope="row">{a.concept_name}</th>
              <td>{subjectName(t, a.subject)}</td>
              <td>{a.correct === null ? t.staffx.answerUnchecked : a.correct ? `✓ ${t.staffx.answerRight}` : `✗ ${t.staffx.answerWrong}`}</td>
              <td>{t.coach.seconds(Math.round(a.response_time_ms / 1000))}</td>
            </tr>
          ))}
        </DataTable>
      </section>
    </>
  );
}

/**
 * The mentoring thread, read from and written to the local replica (works offline; the upload
 * queue delivers each message once). Messages addressed to `me` are marked read while the thread
 * is on screen. Without a replica in context it says so plainly.
 */
export function ChatPanel({ studentId, coachId, me, title }: { studentId: string; coachId: string; me: string; title?: string }) {
  const { t } = useI18n();
  const db = useOptionalLocalDb();
  const [messages, setMessages] = useState<ChatMessage[] | null>(null);
  const [draft, setDraft] = useState('');
  const id = useId();

  useEffect(() => {
    if (!db) return;
    const controller = new AbortController();
    const load = () => {
      void threadMessages(db, studentId, coachId).then((rows) => {
        if (controller.signal.aborted) return;
        setMessages(rows);
        // Read receipts: set once, and only for messages the other side sent.
        if (document.visibilityState === 'visible' && rows.some((m) => m.sender_id !== me && !m.read_at)) {
          void markThreadRead(db, studentId, coachId, me, Date.now());
        }
      });
    };
    load();
    db.onChange({ onChange: load }, { tables: ['chat_messages'], signal: controller.signal });
    document.addEventListener('visibilitychange', load, { signal: controller.signal });
    return () => controller.abort();
  }, [db, studentId, coachId, me]);

  const heading = title ?? t.coach.chatHeading;
  if (!db) {
    return (
      <section className="card" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`} className="card__title">
          {heading}
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
  const state = (m: ChatMessage) => (m.read_at ? t.coach.chatRead : m.received_at ? t.coachx.chatDelivered : t.coach.chatPending);
  return (
    <section className="card chat" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="card__title">
        {heading}
      </h2>
      {messages === null ? <Loading /> : null}
      {messages?.length === 0 ? <p className="muted">{t.coach.chatEmpty}</p> : null}
      <ul className="chat__list" aria-label={heading} aria-live="polite">
        {(messages ?? []).map((m) => (
          <li key={m.id} className={`chat__msg${m.sender_id === me ? ' chat__msg--mine' : ''}`} data-message-id={m.id}>
            <span className="chat__body">{m.body}</span>{' '}
            <small className="muted">
              {new Date(m.sent_at).toLocaleString()}
              {m.sender_id === me ? <span className="chat__state"> · {state(m)}</span> : null}
            </small>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="stack">
        <label className="visually-hidden" htmlFor={`${id}-draft`}>
          {t.coach.chatPlaceholder}
        </label>
        <textarea id={`${id}-draft`} value={draft} maxLength={4000} placeholder={t.coach.chatPlaceholder} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit" className="button button--primary">
          {t.coach.chatSend}
        </button>
      </form>
    </section>
  );
}
