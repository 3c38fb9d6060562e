import { SUBJECTS, type Subject } from '../../schemas/content.ts';
import { markResponse, type ExamPattern, type MarkableQuestion, type MarkedResponse } from './marking.ts';

/** Per-subject (and total) tallies of a scored paper. */
export interface ScoreTally {
  /** Raw marks. */
  marks: number;
  /** Responses with positive marks (full or partial credit). */
  right: number;
  /** Responses with zero-or-negative marks that were answered. */
  wrong: number;
  unanswered: number;
}

/** A scored paper: total, per subject, and the marking of every question. */
export interface ScoredPaper {
  readonly total: ScoreTally;
  readonly bySubject: Readonly<Record<Subject, ScoreTally>>;
  /** Marking per question id, in paper order. */
  readonly responses: readonly (MarkedResponse & { questionId: string })[];
}

/**
 * Marks already computed per question object and pattern, by response text. `markResponse` is
 * pure, so this only saves work: a class's sittings share one question object per item and most
 * responses repeat (four options, a few common numbers). Bounded per question; objects that are
 * no longer referenced drop out with their entries.
 */
const memoByQuestion: Readonly<Record<ExamPattern, WeakMap<MarkableQuestion, Map<string, MarkedResponse>>>> = {
  JEE_MAIN: new WeakMap(),
  JEE_ADVANCED: new WeakMap(),
};
const MEMO_PER_QUESTION = 64;

function markMemo(pattern: ExamPattern, q: MarkableQuestion, response: string | null | undefined): MarkedResponse {
  if (response === null || response === undefined) return markResponse(pattern, q, response);
  const memos = memoByQuestion[pattern];
  let memo = memos.get(q);
  if (!memo) memos.set(q, (memo = new Map()));
  const hit = memo.get(response);
  if (hit) return hit;
  const m = markResponse(pattern, q, response);
  if (memo.size < MEMO_PER_QUESTION) memo.set(response, m);
  return m;
}

function emptyTally(): ScoreTally {
  return { marks: 0, right: 0, wrong: 0, unanswered: 0 };
}

function add(t: ScoreTally, m: MarkedResponse): void {
  t.marks += m.marks;
  if (m.status === 'UNANSWERED') t.unanswered++;
  else if (m.marks > 0) t.right++;
  else t.wrong++;
}

/**
 * Score a paper under `pattern`. `responses` maps question id → the student's response (absent,
 * null or blank = not answered). Responses to questions not on the paper are ignored.
 */
export function scorePaper(
  pattern: ExamPattern,
  questions: readonly MarkableQuestion[],
  responses: Readonly<Record<string, string | null | undefined>> | ReadonlyMap<string, string | null | undefined>,
): ScoredPaper {
  if (responses instanceof Map) return scorePaperBy(pattern, questions, (id) => responses.get(id));
  const record = responses as Readonly<Record<string, string | null | undefined>>;
  return scorePaperBy(pattern, questions, (id) => (Object.hasOwn(record, id) ? record[id] : undefined));
}

/** `scorePaper` with the responses read through `responseOf` (question id → response). */
export function scorePaperBy(pattern: ExamPattern, questions: readonly MarkableQuestion[], responseOf: (questionId: string) => string | null | undefined): ScoredPaper {
  const total = emptyTally();
  const bySubject = Object.fromEntries(SUBJECTS.map((s) => [s, emptyTally()])) as Record<Subject, ScoreTally>;
  const marked = new Array<MarkedResponse & { questionId: string }>(questions.length);
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i]!;
    const m = markMemo(pattern, q, responseOf(q.id));
    add(total, m);
    add(bySubject[q.subject], m);
    marked[i] = { questionId: q.id, status: m.status, marks: m.marks };
  }
  return { total, bySubject, responses: marked };
}
