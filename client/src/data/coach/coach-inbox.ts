import { useQuery, useStatus } from '@powersync/react';
import type { Replica } from './coach.ts';

/** One conversation of the coach's inbox (from the synced chat_messages). */
export interface InboxThread {
  student_id: string;
  /** The student's name from the coach's cohort summaries (null once they left the coach's cohorts). */
  name: string | null;
  last_at: string;
  last_body: string;
  last_sender: string;
  unread: number;
}

/** The coach's conversations across all cohorts, newest first, with unread counts (messages from the student not yet read). */
export function useInbox(coachId: string): Replica<InboxThread[]> {
  const status = useStatus();
  const q = useQuery<InboxThread>(
    `WITH threads AS (
       SELECT student_id, max(sent_at) AS last_at,
              sum(CASE WHEN sender_id != ? AND read_at IS NULL THEN 1 ELSE 0 END) AS unread
         FROM chat_messages WHERE coach_id = ? GROUP BY student_id
     )
     SELECT t.student_id, t.last_at, t.unread,
            (SELECT display_name FROM cohort_student_summary s WHERE s.student_id = t.student_id LIMIT 1) AS name,
            (SELECT body FROM chat_messages m WHERE m.coach_id = ? AND m.student_id = t.student_id ORDER BY m.hlc DESC, m.id DESC LIMIT 1) AS last_body,
            (SELECT sender_id FROM chat_messages m WHERE m.coach_id = ? AND m.student_id = t.student_id ORDER BY m.hlc DESC, m.id DESC LIMIT 1) AS last_sender
       FROM threads t ORDER BY t.last_at DESC, t.student_id`,
    [coachId, coachId, coachId, coachId],
  );
  if (q.error) return { status: 'error', error: q.error };
  if (q.isLoading || (!status.hasSynced && q.data.length === 0)) return { status: 'syncing' };
  return { status: 'ready', data: q.data.map((r) => ({ ...r, unread: Number(r.unread) })) };
}

/** Messages from students to this coach not read yet (the nav badge), live. */
export function useUnreadCount(coachId: string): number {
  const q = useQuery<{ n: number }>('SELECT count(*) AS n FROM chat_messages WHERE coach_id = ? AND sender_id != ? AND read_at IS NULL', [coachId, coachId]);
  return Number(q.data[0]?.n ?? 0);
}
