import { markResponse } from '@cr/shared/engine/scoring/marking';
import { useRef, useState, type FormEvent } from 'react';
import type { User } from '@cr/shared/schemas/api';
import { useConcept, useConceptAttemptCount, useConceptQuestions, usePracticeConcepts, useRecordAttempt, type PracticeConcept } from '../data/learning/practice.ts';
import { parseQuestionHindi, questionIn } from '../data/learning/question-language.ts';
import type { QuestionRow } from '../data/sync/schema.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../router.tsx';
import { MarkdownMath } from '../ui/markdown-math.tsx';
import { MathText } from '../ui/math-text.tsx';
import { Loading } from '../ui/states.tsx';
import { useViewIn, ViewInSwitch } from '../ui/view-in.tsx';

/** Practice: concepts with questions in the local replica; one question at a time, marked at once. */
export function Practice({ user, conceptId }: { user: User; conceptId: string | null }) {
  return conceptId ? <ConceptPractice user={user} conceptId={conceptId} /> : <ConceptList />;
}

function ConceptList() {
  const { t } = useI18n();
  const { data, isLoading } = usePracticeConcepts();
  const bySubject = new Map<string, PracticeConcept[]>();
  for (const c of data) bySubject.set(c.subject, [...(bySubject.get(c.subject) ?? []), c]);
  return (
    <section className="stack">
      <h1 tabIndex={-1} data-focus-target>
        {t.practice.title}
      </h1>
      <p className="muted">{t.practice.lead}</p>
      {isLoading ? <Loading label={t.app.loading} /> : null}
      {!isLoading && data.length === 0 ? <p>{t.practice.empty}</p> : null}
      {[...bySubject].map(([subject, concepts]) => (
        <section key={subject} className="card stack" aria-labelledby={`practice-${subject}`}>
          <h2 id={`practice-${subject}`}>{t.practice.subjects[subject] ?? subject}</h2>
          <ul className="practice-list">
            {concepts.map((c) => (
              <li key={c.id}>
                <Link to={`/practice/${encodeURIComponent(c.id)}`} lang="en">
                  {c.name}
                </Link> <span className="muted">{t.practice.questions(c.questions)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

interface Option {
  key: string;
  text: string;
}

function parseOptions(raw: string | null): Option[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? (value as Option[]) : [];
  } catch {
    return [];
  }
}

function ConceptPractice({ user, conceptId }: { user: User; conceptId: string }) {
  const { t } = useI18n();
  const concept = useConcept(conceptId).data[0];
  const { data: questions, isLoading } = useConceptQuestions(conceptId);
  const attemptCount = useConceptAttemptCount(conceptId);
  const counts = attemptCount.data[0];
  // `?q=<question id>` (from search) starts at that question; the rest follow in the usual order.
  const [startId] = useState(() => new URLSearchParams(window.location.search).get('q'));
  const ordered = startId ? [...questions.filter((q) => q.id === startId), ...questions.filter((q) => q.id !== startId)] : questions;
  const [index, setIndex] = useState(0);
  const question = ordered[index];
  return (
    <section className="stack" aria-busy={isLoading || attemptCount.isLoading}>
      <Link to="/practice">← {t.practice.back}</Link>
      <h1 tabIndex={-1} data-focus-target lang="en">
        {concept?.name ?? conceptId}
      </h1>
      <p className="practice-links">
        <Link to={`/map/${encodeURIComponent(conceptId)}`}>{t.learn.practice.map}</Link>
        <Link to={`/search?concept=${encodeURIComponent(conceptId)}`}>{t.learn.practice.similar}</Link>
      </p>
      {counts && counts.n > 0 ? <p className="muted">{t.practice.attempts(counts.n, counts.correct)}</p> : null}
      {isLoading ? <Loading label={t.app.loading} /> : null}
      {question ? (
        <QuestionCard
          key={question.id}
          user={user}
          question={question}
          position={index + 1}
          total={ordered.length}
          onNext={index + 1 < ordered.length ? () => setIndex(index + 1) : null}
        />
      ) : !isLoading ? (
        <p>{t.practice.done}</p>
      ) : null}
    </section>
  );
}

function QuestionCard({ user, question, position, total, onNext }: { user: User; question: QuestionRow; position: number; total: number; onNext: (() => void) | null }) {
  const { t } = useI18n();
  const record = useRecordAttempt();
  const shownAt = useRef(performance.now());
  const [answer, setAnswer] = useState('');
  const [result, setResult] = useState<'CORRECT' | 'WRONG' | null>(null);
  const hindi = parseQuestionHindi(question.hi);
  const [language, setLanguage] = useViewIn(hindi !== null);
  const shown = questionIn(language, { text: question.text ?? '', options: parseOptions(question.options), explanation: question.explanation ?? null }, hindi);
  const options = shown.options;
  const multi = question.type === 'MULTI';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (result || answer.trim() === '') return;
    const marked = markResponse(
      'JEE_MAIN',
      { id: question.id, subject: question.subject as 'MATH', type: (question.type ?? 'SINGLE') as 'SINGLE', answer: question.answer ?? '', tolerance: question.tolerance },
      answer,
    );
    const correct = marked.status === 'CORRECT';
    setResult(correct ? 'CORRECT' : 'WRONG');
    await record({
      studentId: user.id,
      questionId: question.id,
      conceptId: question.primary_concept_id ?? '',
      answer: answer.slice(0, 40),
      isCorrect: correct,
      responseTimeMs: performance.now() - shownAt.current,
    });
  };

  const toggle = (key: string) => {
    if (!multi) return setAnswer(key);
    const set = new Set(answer.split(''));
    if (set.has(key)) set.delete(key);
    else set.add(key);
    setAnswer([...set].sort().join(''));
  };

  return (
    <form className="card stack practice-question" onSubmit={(e) => void submit(e)}>
      <p className="muted">{t.practice.questionOf(position, total)}</p>
      <ViewInSwitch hasHindi={hindi !== null} value={language} onChange={setLanguage} />
      <div className="practice-question__text" lang={language}>
        <MathText text={shown.text} />
      </div>
      <fieldset disabled={result !== null} className="stack">
        <legend>{t.practice.yourAnswer}</legend>
        {options.length > 0 ? (
          options.map((o) => (
            <label key={o.key} className="practice-option">
              <input type={multi ? 'checkbox' : 'radio'} name="answer" value={o.key} checked={answer.includes(o.key)} onChange={() => toggle(o.key)} />
              <span lang={language}>
                <strong>{o.key}.</strong> <MathText text={o.text} inline />
              </span>
            </label>
          ))
        ) : (
          <input className="input" inputMode="decimal" aria-label={t.practice.yourAnswer} value={answer} onChange={(e) => setAnswer(e.target.value)} />
        )}
      </fieldset>
      {result === null ? (
        <button type="submit" className="button button--primary" disabled={answer.trim() === ''}>
          {t.practice.check}
        </button>
      ) : (
        <div role="status" className={`practice-feedback practice-feedback--${result.toLowerCase()}`}>
          <p>
            <strong>{result === 'CORRECT' ? t.practice.correct : t.practice.wrong(question.answer ?? '')}</strong>
          </p>
          {shown.explanation ? (
            <details open>
              <summary>{t.practice.solution}</summary>
              <div className="practice-question__text" lang={language}>
                <MarkdownMath text={shown.explanation} />
              </div>
            </details>
          ) : null}
          {onNext ? (
            <button type="button" className="button button--primary" onClick={onNext}>
              {t.practice.next}
            </button>
          ) : null}
        </div>
      )}
    </form>
  );
}
