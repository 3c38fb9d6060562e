import { useMyCoaches, type MyCoach } from '../../data/coach/coach.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { Loaded } from './loaded.tsx';
import { ChatPanel } from './student-detail.tsx';
import './coach.css';

/**
 * The student's side of mentoring chat: one thread per coach of their cohorts (bucket
 * student_coaches) and per coach who has written (bucket chat_student), from the local replica,
 * readable and writable offline; the student may write first. Messages are delivered on sync.
 */
export function MentorChatScreen({ studentId }: { studentId: string }) {
  const { t } = useI18n();
  const coaches = useMyCoaches(studentId);
  const titleOf = (c: MyCoach, i: number, n: number) =>
    c.coach_name ? (c.cohorts ? t.coachx.namedCoach(c.coach_name, c.cohorts) : c.coach_name) : n > 1 ? t.coachx.coachThread(i + 1) : t.coachx.yourCoach;
  return (
    <div className="page coach-page">
      <header className="page__header">
        <h1 className="page__title" data-focus-target tabIndex={-1}>
          {t.coachx.messagesTitle}
        </h1>
        <p className="page__subtitle">{t.coachx.messagesLead}</p>
      </header>
      <Loaded state={coaches} errorTitle={t.coach.loadFailed} loadingLabel={t.coachx.syncing}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">{t.coachx.messagesEmpty}</p>
          ) : (
            list.map((c, i) => <ChatPanel key={c.coach_id} studentId={studentId} coachId={c.coach_id} me={studentId} title={titleOf(c, i, list.length)} />)
          )
        }
      </Loaded>
    </div>
  );
}
