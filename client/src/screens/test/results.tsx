import { useMemo, useState } from 'react';
import type { User } from '@cr/shared/schemas/api';
import { SUBJECTS } from '@cr/shared/schemas/content';
import { explainDifferences, provisionalScore, type ProvisionalScore } from '../../data/sittings/tests-scoring.ts';
import {
  parseJson,
  toSitting,
  useAuthoritativeResponses,
  useAuthoritativeResult,
  useSittingAttempts,
  useSittingQuestions,
  useSittingPendingUploads,
  useSittingRow,
  useSittingUploadErrors,
  type PlayerQuestion,
  type ResponseRow,
  type ResultRow,
  type Sitting,
} from '../../data/sittings/tests.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { Link } from '../../router.tsx';
import { MarkdownMath } from '../../ui/markdown-math.tsx';
import { MathText } from '../../ui/math-text.tsx';
import { Loading } from '../../ui/states.tsx';
import { BenchmarkResult } from './benchmark-result.tsx';
import { TIME_UP_KEY } from './test-player.tsx';

type Tally = { marks: number; right: number; wrong: number; unanswered: number };

/**
 * /results/<sitting>: the provisional score at once (marked on the device by the engine, JEE Main
 * rules), then the official one when the server's `test_results` row for the sitting syncs down,
 * each clearly labelled, with the questions whose marks differ explained. Benchmarks have no
 * provisional score (no keys on the device): their submission status and, after release, rank.
 */
export function Results({ user, sittingId }: { user: User; sittingId: string }) {
  const { t } = useI18n();
  const row = useSittingRow(sittingId);
  const sittingRow = row.data[0];
  const sitting = useMemo(() => (sittingRow && sittingRow.student_id === user.id ? toSitting(sittingRow) : null), [sittingRow, user.id]);
  if (row.isLoading) return <Loading />;
  if (!sitting) {
    return (
      <section className="stack">
        <h1 tabIndex={-1} data-focus-target>
          {t.test.title}
        </h1>
        <p className="notice notice--error" role="alert">
          {t.test.notOnDevice}
        </p>
        <Link to="/tests">{t.test.backToTests}</Link>
      </section>
    );
  }
  return <SittingResult sitting={sitting} />;
}

function SittingResult({ sitting }: { sitting: Sitting }) {
  const { t } = useI18n();
  const questions = useSittingQuestions(sitting);
  const attempts = useSittingAttempts(sitting.id).data;
  const result = useAuthoritativeResult(sitting.id).data[0] ?? null;
  const responses = useAuthoritativeResponses(result?.id ?? null).data;
  const uploadErrors = useSittingUploadErrors(sitting.id).data;
  const pending = useSittingPendingUploads(sitting.id);
  const [timeUp] = useState(() => sessionStorage.getItem(TIME_UP_KEY(sitting.id)) === '1');

  const keyed = questions.length > 0 && questions.every((q) => q.answer !== null);
  const provisional = useMemo(
    () =>
      keyed && sitting.status === 'submitted'
        ? provisionalScore(
            sitting.pattern,
            questions.map((q) => ({ id: q.id, subject: q.subject, type: q.type, answer: q.answer ?? '', tolerance: q.tolerance })),
            attempts,
            sitting.submissionHlc,
          )
        : null,
    [keyed, sitting, questions, attempts],
  );
  const typeName = t.test.types[sitting.testType] ?? sitting.testType;

  if (sitting.status !== 'submitted') {
    return (
      <section className="stack">
        <h1 tabIndex={-1} data-focus-target>
          {t.test.resultHeading(typeName)}
        </h1>
        <p>{t.test.inProgress}</p>
        <Link className="button button--primary" to={`/test/${sitting.id}`}>
          {t.test.resumeTest}
        </Link>
      </section>
    );
  }

  return (
    <section className="stack results-page">
      <h1 tabIndex={-1} data-focus-target>
        {t.test.resultHeading(typeName)}
      </h1>
      {timeUp ? (
        <p className="notice" role="status">
          {t.test.timeUp}
        </p>
      ) : null}
      {uploadErrors.map((e) => (
        <p key={e.id} className="notice notice--error" role="alert">
          {t.test.uploadRefused(`${t.upload.reason[e.error_code] ?? e.error_code}. ${e.message}`)}
        </p>
      ))}
      {sitting.testType === 'MONTHLY' ? <BenchmarkResult sitting={sitting} result={result} /> : null}
      <div className="results-page__scores">
        {result ? <OfficialCard result={result} /> : null}
        {provisional ? <ProvisionalCard provisional={provisional} /> : null}
      </div>
      {!result && sitting.testType !== 'MONTHLY' ? (
        <p className="notice" role="status" data-testid="awaiting-official">
          {t.test.awaitingOfficial}
        </p>
      ) : null}
      {result && pending > 0 ? (
        <p className="notice" role="status" data-testid="pending-answers">
          {t.test.pendingAnswers}
        </p>
      ) : null}
      {result && provisional && pending === 0 ? <Comparison provisional={provisional} result={result} responses={responses} questions={questions} /> : null}
      {questions.length > 0 && (provisional || responses.length > 0) ? (
        <QuestionReview questions={questions} provisional={provisional} responses={responses} />
      ) : null}
      <Link to="/tests">{t.test.backToTests}</Link>
    </section>
  );
}

function SubjectTable({ caption, tallies }: { caption: string; tallies: Partial<Record<string, Tally>> }) {
  const { t } = useI18n();
  const rows = SUBJECTS.filter((s) => tallies[s] && (tallies[s].right + tallies[s].wrong + tallies[s].unanswered > 0 || tallies[s].marks !== 0));
  return (
    <div className="table-scroll">
      <table className="summary-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.test.subject}</th>
            <th scope="col">{t.test.marks}</th>
            <th scope="col">{t.test.right}</th>
            <th scope="col">{t.test.wrong}</th>
            <th scope="col">{t.test.unanswered}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => {
            const x = tallies[s] as Tally;
            return (
              <tr key={s}>
                <th scope="row">{t.test.sections[s] ?? s}</th>
                <td>{x.marks}</td>
                <td>{x.right}</td>
                <td>{x.wrong}</td>
                <td>{x.unanswered}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function OfficialCard({ result }: { result: ResultRow }) {
  const { t } = useI18n();
  const subjects = parseJson<Partial<Record<string, Tally>>>(result.subject_scores, {});
  return (
    <section className="card stack score-card score-card--official" aria-labelledby="official-heading" data-testid="official-score">
      <h2 id="official-heading">
        {t.test.officialHeading} <span className="tag tag--official">{t.test.official}</span>
      </h2>
      <p className="score-card__value">{t.test.score(result.total_score, result.total_marks)}</p>
      {result.accuracy !== null ? <p className="muted">{t.test.accuracy(Math.round(result.accuracy * 100))}</p> : null}
      <p className="small">{t.test.officialNote}</p>
      <SubjectTable caption={t.test.bySubjectCaption} tallies={subjects} />
    </section>
  );
}

function ProvisionalCard({ provisional }: { provisional: ProvisionalScore }) {
  const { t } = useI18n();
  return (
    <section className="card stack score-card score-card--provisional" aria-labelledby="provisional-heading" data-testid="provisional-score">
      <h2 id="provisional-heading">
        {t.test.provisionalHeading} <span className="tag tag--provisional">{t.test.provisional}</span>
      </h2>
      <p className="score-card__value">{t.test.score(provisional.paper.total.marks, provisional.maxMarks)}</p>
      {provisional.accuracy !== null ? <p className="muted">{t.test.accuracy(Math.round(provisional.accuracy * 100))}</p> : null}
      <p className="small">{t.test.provisionalNote}</p>
      <SubjectTable caption={t.test.bySubjectCaption} tallies={provisional.paper.bySubject} />
    </section>
  );
}

function Comparison({ provisional, result, responses, questions }: { provisional: ProvisionalScore; result: ResultRow; responses: ResponseRow[]; questions: PlayerQuestion[] }) {
  const { t } = useI18n();
  const device = provisional.paper.total.marks;
  if (device === result.total_score) {
    return (
      <p className="notice" role="status" data-testid="score-comparison">
        {t.test.matches}
      </p>
    );
  }
  const keys = new Map(questions.map((q) => [q.id, q.answer ?? '']));
  const position = new Map(questions.map((q, i) => [q.id, i + 1]));
  const diffs = explainDifferences(provisional, keys, responses);
  return (
    <div className="notice" role="status" data-testid="score-comparison">
      <p>{t.test.differs(device, result.total_score)}</p>
      {diffs.length > 0 ? (
        <ul>
          {diffs.map((d) => (
            <li key={d.questionId}>{t.test.differenceItem(position.get(d.questionId) ?? 0, d.deviceMarks, d.serverMarks, t.test.differenceReasons[d.reason] ?? d.reason)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function QuestionReview({ questions, provisional, responses }: { questions: PlayerQuestion[]; provisional: ProvisionalScore | null; responses: ResponseRow[] }) {
  const { t } = useI18n();
  const official = new Map(responses.map((r) => [r.question_id, r]));
  const marked = new Map((provisional?.paper.responses ?? []).map((r) => [r.questionId, r]));
  return (
    <section className="stack" aria-labelledby="review-heading">
      <h2 id="review-heading">{t.test.questionsHeading}</h2>
      <ol className="review">
        {questions.map((q, i) => {
          const server = official.get(q.id);
          const mine = provisional?.answers.get(q.id);
          const answer = server ? server.student_answer : (mine?.answer ?? null);
          const marks = server ? (server.marks_awarded ?? 0) : (marked.get(q.id)?.marks ?? 0);
          const status = server
            ? answer === null
              ? 'UNANSWERED'
              : server.is_correct === 1
                ? 'CORRECT'
                : 'WRONG'
            : (marked.get(q.id)?.status ?? 'UNANSWERED');
          const key = server?.correct_answer ?? q.answer;
          return (
            <li key={q.id} className={`review__item review__item--${status.toLowerCase()}`}>
              <p className="review__head">
                <strong>{t.test.questionOf(i + 1, questions.length)}</strong> · {t.test.sections[q.subject] ?? q.subject} ·{' '}
                <span>{t.test.outcomes[status] ?? status}</span> · <span>{t.test.marksAwarded(marks)}</span>
              </p>
              <MathText text={q.text} />
              {q.options.length > 0 ? (
                <ul className="review__options">
                  {q.options.map((o) => (
                    <li key={o.key}>
                      <strong>{o.key}.</strong> <MathText text={o.text} inline />
                    </li>
                  ))}
                </ul>
              ) : null}
              <p>{answer ? t.test.yourAnswerIs(answer) : t.test.notAnswered}</p>
              {key ? <p>{t.test.correctAnswerIs(key)}</p> : null}
              {mine && mine.timeMs > 0 ? <p className="muted small">{t.test.timeOnQuestion(Math.round(mine.timeMs / 1000))}</p> : null}
              {q.explanation ? (
                <details>
                  <summary>{t.test.solution}</summary>
                  <MarkdownMath text={q.explanation} />
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
