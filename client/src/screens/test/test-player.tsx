import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { User } from '@cr/shared/schemas/api';
import { markResponse } from '@cr/shared/engine/scoring/marking';
import { encodeAnswer } from '../../data/sittings/tests-answer.ts';
import { clearResponse, countStates, currentId, goTo, markAndNext, saveAndNext, type Sheet, type Step } from '../../data/sittings/tests-palette.ts';
import { clearClockMirror, reconcileClock, writeClockMirror } from '../../data/sittings/tests-clock.ts';
import { finalAnswers, type SittingAttempt } from '../../data/sittings/tests-scoring.ts';
import { addQuestionTime, formatClock, initialRemainingMs, PERSIST_EVERY_MS, remainingAfter, tickElapsed } from '../../data/sittings/tests-timer.ts';
import {
  loadPlayerState,
  loadSitting,
  loadSittingAttempts,
  loadSittingQuestions,
  saveAnswer,
  savePlayerState,
  submitSitting,
  type PlayerQuestion,
  type PlayerSnapshot,
  useSittingRow,
  type Sitting,
} from '../../data/sittings/tests.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { Link, navigate } from '../../router.tsx';
import { Loading } from '../../ui/states.tsx';
import { Palette } from './palette.tsx';
import { QuestionView } from './question-view.tsx';
import { SubmitDialog } from './submit-dialog.tsx';
import { useLocalDb } from '../../data/sync/local-data.tsx';

type Loaded =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; sitting: Sitting; questions: PlayerQuestion[]; attempts: SittingAttempt[]; snapshot: PlayerSnapshot };

/** Marks the sitting so the results page can say the time ran out (session only). */
export const TIME_UP_KEY = (sittingId: string) => `cr.time-up.${sittingId}`;

/** The test player route: loads the sitting, its paper, saved answers and screen state from the local database. */
export function TestPlayer({ user, sittingId }: { user: User; sittingId: string }) {
  const { t } = useI18n();
  const db = useLocalDb();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    (async () => {
      const sitting = await loadSitting(db, sittingId);
      if (!sitting || sitting.studentId !== user.id) return { status: 'missing' } as const;
      const [questions, attempts, saved] = await Promise.all([loadSittingQuestions(db, sitting), loadSittingAttempts(db, sittingId), loadPlayerState(db, sittingId)]);
      const stored: PlayerSnapshot = saved ?? {
        currentIndex: 0,
        visited: sitting.questionIds.slice(0, 1),
        marked: [],
        timeMs: {},
        remainingMs: initialRemainingMs(sitting.durationLimitS),
      };
      const snapshot = reconcileClock(stored, sittingId);
      return { status: 'ready', sitting, questions, attempts, snapshot } as const;
    })().then(
      (next) => {
        if (live) setLoaded(next);
      },
      (error: unknown) => {
        if (live) setLoaded({ status: 'error', error });
      },
    );
    return () => {
      live = false;
    };
  }, [db, sittingId, user.id]);

  const submitted = loaded.status === 'ready' && loaded.sitting.status === 'submitted';
  useEffect(() => {
    if (submitted) navigate(`/results/${sittingId}`, { replace: true });
  }, [submitted, sittingId]);

  if (loaded.status === 'loading' || submitted) return <Loading label={t.test.preparing} />;
  if (loaded.status !== 'ready') {
    return (
      <section className="stack">
        <h1 tabIndex={-1} data-focus-target>
          {t.test.title}
        </h1>
        <p className="notice notice--error" role="alert">
          {loaded.status === 'missing' ? t.test.notOnDevice : t.test.loadFailed}
        </p>
        <Link to="/tests">{t.test.backToTests}</Link>
      </section>
    );
  }
  return <Player user={user} sitting={loaded.sitting} questions={loaded.questions} attempts={loaded.attempts} snapshot={loaded.snapshot} />;
}

function Player({ user, sitting, questions, attempts, snapshot }: { user: User; sitting: Sitting; questions: PlayerQuestion[]; attempts: SittingAttempt[]; snapshot: PlayerSnapshot }) {
  const { t } = useI18n();
  const db = useLocalDb();
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  const order = useMemo(() => questions.map((q) => q.id), [questions]);
  const missing = sitting.questionIds.length - questions.length;

  const [sheet, setSheet] = useState<Sheet>(() => {
    const answers = new Map<string, string>();
    for (const [id, a] of finalAnswers(attempts, null)) if (a.answer !== null) answers.set(id, a.answer);
    return { order, current: Math.max(0, Math.min(order.length - 1, snapshot.currentIndex)), visited: new Set(snapshot.visited), marked: new Set(snapshot.marked), answers };
  });
  const sheetRef = useRef(sheet);
  const remainingRef = useRef(snapshot.remainingMs);
  const timesRef = useRef<Readonly<Record<string, number>>>(snapshot.timeMs);
  const lastTickRef = useRef(Date.now());
  const lastPersistRef = useRef(Date.now());
  const finishingRef = useRef(false);
  const [remaining, setRemaining] = useState(snapshot.remainingMs);
  const [draft, setDraft] = useState<{ id: string; value: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const persist = useCallback(async () => {
    lastPersistRef.current = Date.now();
    const s = sheetRef.current;
    await savePlayerState(db, sitting.id, {
      currentIndex: s.current,
      visited: [...s.visited],
      marked: [...s.marked],
      timeMs: timesRef.current,
      remainingMs: remainingRef.current,
    });
  }, [db, sitting.id]);

  /** Advances both clocks by the test time since the last tick. */
  const tick = useCallback(() => {
    const now = Date.now();
    const elapsed = tickElapsed(lastTickRef.current, now);
    lastTickRef.current = now;
    remainingRef.current = remainingAfter(remainingRef.current, elapsed);
    timesRef.current = addQuestionTime(timesRef.current, currentId(sheetRef.current), elapsed, document.visibilityState === 'visible');
    if (!finishingRef.current) writeClockMirror(sitting.id, { remainingMs: remainingRef.current, timeMs: { ...timesRef.current } });
    setRemaining(remainingRef.current);
  }, [sitting.id]);

  const finish = useCallback(
    async (auto: boolean) => {
      if (finishingRef.current) return;
      finishingRef.current = true;
      setBusy(true);
      tick();
      try {
        await persist();
        await submitSitting(db, sitting.id);
        clearClockMirror(sitting.id);
        if (auto) sessionStorage.setItem(TIME_UP_KEY(sitting.id), '1');
        navigate(`/results/${sitting.id}`, { replace: true });
      } catch (error) {
        finishingRef.current = false;
        setBusy(false);
        console.error('submitting the test failed', error);
        setProblem(t.test.saveFailed);
      }
    },
    [db, persist, sitting.id, t, tick],
  );

  // Submitted elsewhere (another tab or device, synced here): this paper is closed.
  const liveStatus = useSittingRow(sitting.id).data[0]?.status;
  useEffect(() => {
    if (liveStatus === 'submitted' && !finishingRef.current) navigate(`/results/${sitting.id}`, { replace: true });
  }, [liveStatus, sitting.id]);

  // The countdown, persisted every few seconds; auto-submit at zero (also on resuming at zero).
  // A sitting without a time limit (none is created here, but one may sync in) has no countdown.
  const timed = (sitting.durationLimitS ?? 0) > 0;
  useEffect(() => {
    const onTick = () => {
      tick();
      if (timed && remainingRef.current <= 0) void finish(true);
      else if (Date.now() - lastPersistRef.current >= PERSIST_EVERY_MS) void persist();
    };
    onTick();
    const timer = window.setInterval(onTick, 1000);
    // Hidden or leaving: account the time so far and persist (the page may never come back).
    const onHide = () => {
      tick();
      void persist();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
      if (!finishingRef.current) onHide();
    };
  }, [finish, persist, tick, timed]);

  // A new question on screen: focus its heading (not on the first render), so keyboard and
  // screen-reader users start at the question.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.querySelector<HTMLElement>('[data-question-heading]')?.focus();
  }, [sheet.current]);

  const qid = currentId(sheet);
  const question = qid !== undefined ? byId.get(qid) : undefined;
  const selection = draft && draft.id === qid ? draft.value : qid !== undefined ? (sheet.answers.get(qid) ?? '') : '';

  const apply = (next: Sheet) => {
    sheetRef.current = next;
    setSheet(next);
    setDraft(null);
    setProblem(null);
    void persist();
  };

  const act = async (kind: 'save' | 'mark' | 'clear') => {
    if (busy || !question || finishingRef.current) return;
    tick();
    const current = sheetRef.current;
    let step: Step;
    if (kind === 'clear') {
      step = clearResponse(current);
    } else {
      const encoded = encodeAnswer(question.type, selection);
      if (!encoded.ok) {
        setProblem(t.test.problems[encoded.problem] ?? encoded.problem);
        return;
      }
      step = kind === 'save' ? saveAndNext(current, encoded.answer) : markAndNext(current, encoded.answer);
    }
    setBusy(true);
    try {
      if (step.write) {
        const answer = step.write.answer;
        const correct =
          answer !== null && question.answer !== null
            ? markResponse(sitting.pattern, { id: question.id, subject: question.subject, type: question.type, answer: question.answer, tolerance: question.tolerance }, answer).status === 'CORRECT'
            : null;
        await saveAnswer(db, {
          studentId: user.id,
          sittingId: sitting.id,
          questionId: question.id,
          conceptId: question.conceptId,
          answer,
          isCorrect: correct,
          responseTimeMs: timesRef.current[question.id] ?? 0,
        });
      }
      apply(step.sheet);
    } catch (error) {
      console.error('saving the answer failed', error);
      setProblem(t.test.saveFailed);
    } finally {
      setBusy(false);
    }
  };

  const go = (index: number) => {
    if (busy) return;
    tick();
    apply(goTo(sheetRef.current, index));
  };

  const sections = useMemo(() => {
    const out: { subject: string; indices: number[] }[] = [];
    questions.forEach((q, i) => {
      const last = out[out.length - 1];
      if (last && last.subject === q.subject) last.indices.push(i);
      else out.push({ subject: q.subject, indices: [i] });
    });
    return out;
  }, [questions]);
  const section = sections.find((s) => s.indices.includes(sheet.current)) ?? sections[0];
  const low = timed && remaining < 5 * 60_000;

  return (
    <section className="player" aria-labelledby="player-title">
      <header className="player__bar">
        <h1 id="player-title" tabIndex={-1} data-focus-target className="player__title">
          {t.test.types[sitting.testType] ?? sitting.testType}
        </h1>
        {timed ? (
          <p className={`player__clock${low ? ' player__clock--low' : ''}`}>
            <span className="visually-hidden">{t.test.timeLeft}: </span>
            <span role="timer" aria-label={t.test.timeLeft} data-testid="countdown" data-remaining-ms={Math.round(remaining)}>
              {formatClock(remaining)}
            </span>
          </p>
        ) : null}
      </header>
      <nav className="player__sections" aria-label={t.test.sectionsLabel}>
        {sections.map((s) => (
          <button
            key={s.subject}
            type="button"
            className="player__section"
            aria-pressed={s === section}
            onClick={() => go(s.indices[0] ?? 0)}
          >
            {t.test.sections[s.subject] ?? s.subject}
          </button>
        ))}
      </nav>
      {missing > 0 ? (
        <p className="notice" role="status">
          {t.test.missingQuestions(missing)}
        </p>
      ) : null}
      <div className="player__body">
        <div className="player__main">
          {question ? (
            <QuestionView
              key={question.id}
              question={question}
              number={sheet.current + 1}
              total={order.length}
              selection={selection}
              onChange={(value) => {
                setProblem(null);
                setDraft({ id: question.id, value });
              }}
              problem={problem}
            />
          ) : null}
          <div className="player__actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void act('save')}>
              {t.test.saveNext}
            </button>
            <button type="button" className="button button--secondary player__mark" disabled={busy} onClick={() => void act('mark')}>
              {t.test.markNext}
            </button>
            <button type="button" className="button button--ghost" disabled={busy} onClick={() => void act('clear')}>
              {t.test.clear}
            </button>
          </div>
          <p className="muted small">{t.test.savedOnDevice}</p>
        </div>
        <aside className="player__side">
          {section ? <Palette sheet={sheet} indices={section.indices} onGo={go} /> : null}
          <button type="button" className="button button--primary button--block" disabled={busy} onClick={() => setConfirming(true)}>
            {t.test.submit}
          </button>
        </aside>
      </div>
      {confirming ? (
        <SubmitDialog
          sections={sections.map((s) => ({ subject: s.subject, counts: countStates(sheet, s.indices.map((i) => order[i] as string)) }))}
          total={countStates(sheet)}
          busy={busy}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void finish(false)}
        />
      ) : null}
    </section>
  );
}
