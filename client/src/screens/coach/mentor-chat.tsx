import { useThreads } from '../../data/coach.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { Loaded } from './loaded.tsx';
import { ChatPanel } from './student-detail.tsx';
import './coach.css';

/**
 * The student's side of mentoring chat: every thread a coach opened with them, from the local
 * replica (bucket chat_student), readable and writable offline; replies are delivered on sync.
 */
export function MentorChatScreen({ studentId }: { studentId: string }) {
  const { t } = useI18n();
  const threads = useThreads(studentId);
  return (
    <div className="page coach-page">
      <header className="page__header">
        <h1 className="page__title" data-focus-target tabIndex={-1}>
          {t.coachx.messagesTitle}
        </h1>
        <p className="page__subtitle">{t.coachx.messagesLead}</p>
      </header>
      <Loaded state={threads} errorTitle={t.coach.loadFailed} loadingLabel={t.coachx.syncing}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">{t.coachx.messagesEmpty}</p>
          ) : (
            list.map((th, i) => (
              <ChatPanel key={th.coach_id} studentId={studentId} coachId={th.coach_id} me={studentId} title={list.length > 1 ? t.coachx.coachThread(i + 1) : t.coachx.yourCoach} />
            ))
          )
        }
      </Loaded>
    </div>
  );
}
