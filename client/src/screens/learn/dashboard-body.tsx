import type { User } from '@cr/shared/schemas/api';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLearner, type LearnerResource } from '../../data/learning/learner.ts';
import { dashboardView, streakDays, type PhaseView, type SubjectView } from '../../data/learning/learning-views.ts';
import { useStudySettings } from '../../data/account/study-settings.ts';
import { PlanCard } from './plan-card.tsx';
import { useActiveDays, useConceptMeta, useDiagnosticStatus, useRecentResults, type RecentResultRow } from '../../data/learning/learn-queries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { Link } from '../../router.tsx';
import { Meter } from '../../ui/meter.tsx';
import { LoadError, Loading } from '../../ui/states.tsx';
import { subjectShares } from '../../data/learning/screens-queries.ts';
import { CareCard } from './care-card.tsx';
import { RankCard } from './rank-card.tsx';
import { SnapshotNote } from './snapshot-note.tsx';

const SUBJECTS = ['MATH', 'PHYSICS', 'CHEMISTRY'] as const;
const SUBJECT_TONE: Record<string, string> = { MATH: 'var(--math)', PHYSICS: 'var(--physics)', CHEMISTRY: 'var(--chemistry)' };

type SnapshotResource = Extract<LearnerResource, { status: 'ready' }>;

const pct = (share: number) => Math.round(Math.min(1, Math.max(0, share)) * 100);

/**
 * The dashboard's cards, all from the local replica: phase, plan, mastery and streak from the
 * engine folded over the attempts on this device; results and predicted rank from the rows the
 * server synced. Loaded lazily so the engine stays out of the first screen's bundle.
 */
export function DashboardBody({ user, mountedAt }: { user: User; mountedAt: number }) {
  const { t } = useI18n();
  const computed = useLearner(user.id);
  const activeDays = useActiveDays(user.id);
  const diagnosticStatus = useDiagnosticStatus(user.id);
  const recentResults = useRecentResults(user.id);
  const conceptMeta = useConceptMeta();
  const liveSettings = useStudySettings(user.id);
  // Until these first answer, an empty list would paint as a false "0 days" or "take the diagnostic".
  const queriesLoading = activeDays.isLoading || diagnosticStatus.isLoading || recentResults.isLoading || conceptMeta.isLoading;
  // A stored snapshot brings its own rows, so it paints before the local database answers, and it
  // stays on screen (saying "as of") until both the catch-up and these queries are current.
  const [snapshot, setSnapshot] = useState<SnapshotResource | null>(null);
  if (computed.status === 'ready' && computed.snapshotRows && snapshot?.learner !== computed.learner) setSnapshot(computed);
  const learner: LearnerResource = computed.status !== 'error' && snapshot && (computed.status === 'loading' || computed.snapshotRows || queriesLoading) ? snapshot : computed;
  const rows = learner.status === 'ready' ? learner.snapshotRows : null;
  const days = rows?.activeDays ?? activeDays.data;
  const diagnostic = (rows?.diagnostic ?? diagnosticStatus.data)[0];
  const results = rows?.results ?? recentResults.data;
  const meta = rows?.conceptMeta ?? conceptMeta.data;
  const names = useMemo(() => new Map(meta.map((c) => [c.id, c])), [meta]);
  const settings = rows?.settings ?? liveSettings;
  const view = useMemo(
    () => (learner.status === 'ready' ? dashboardView(learner.learner, user.exam_target, settings) : null),
    [learner, user.exam_target, settings],
  );
  const shown = useMemo(() => (learner.status === 'ready' ? subjectShares(learner.learner) : new Map<string, { share: number; measured: number }>()), [learner]);
  const waiting = rows === null && queriesLoading;
  useReadyTiming(mountedAt, learner.status === 'ready' && !waiting ? learner : null);

  if (learner.status === 'error') return <LoadError title={t.dashboard.loadFailed} error={learner.error} onRetry={() => window.location.reload()} />;
  if (!view || learner.status !== 'ready' || waiting) return <Loading label={t.learn.dash.computing} />;
  const diagnosticDone = (diagnostic?.submitted ?? 0) > 0;
  return (
    <div className="dash">
      <SnapshotNote asOfMs={learner.asOfMs} />
      <PhaseCard phase={view.phase} />
      <div className="dash__stats">
        <StreakCard days={streakDays(days.map((d) => d.day), learner.learner.nowMs)} />
        <RankCard studentId={user.id} />
      </div>
      <CareCard learner={learner.learner} />
      <PlanCard plan={view.plan} summary={view.planSummary} names={names} diagnosticDone={diagnosticDone} diagnosticOpen={(diagnostic?.in_progress ?? 0) > 0} />
      <SubjectsCard subjects={view.subjects} shown={shown} />
      {results.length > 0 ? <ResultsCard results={results} /> : null}
      <nav className="card dash__more" aria-label={t.learn.dash.moreHeading}>
        <Link to="/map">{t.learn.dash.mapLink}</Link>
        <Link to="/analytics">{t.learn.dash.analyticsLink}</Link>
        <Link to="/search">{t.learn.dash.searchLink}</Link>
      </nav>
    </div>
  );
}

/**
 * User Timing (DevTools, bench/client.ts): `cr:dashboard` from the screen's start to the first
 * commit with the cards, and `cr:dashboard-current` to the first commit of a state computed from
 * what the replica holds now (the same commit when there was no snapshot to paint from).
 */
function useReadyTiming(mountedAt: number, ready: { learner: { state: { events: readonly unknown[] } }; asOfMs: number | null } | null) {
  const marked = useRef({ first: false, current: false });
  useEffect(() => {
    if (!ready) return;
    const detail = { attempts: ready.learner.state.events.length, fromSnapshot: ready.asOfMs !== null };
    if (!marked.current.first) {
      marked.current.first = true;
      performance.measure('cr:dashboard', { start: mountedAt, detail });
    }
    if (!marked.current.current && ready.asOfMs === null) {
      marked.current.current = true;
      performance.measure('cr:dashboard-current', { start: mountedAt, detail });
    }
  }, [mountedAt, ready]);
}

function PhaseCard({ phase }: { phase: PhaseView }) {
  const { t, formatNumber } = useI18n();
  const names = t.phase[phase.phase];
  const days = phase.daysToExam;
  return (
    <section className="card phase" aria-labelledby="phase-heading">
      <div className="phase__main">
        <h2 id="phase-heading" className="card__eyebrow">
          {t.dashboard.phaseHeading}
        </h2>
        <p className="phase__name" data-phase={phase.phase}>
          {names.name}
        </p>
        <p className="phase__emphasis">
          <span className="phase__focus">{t.dashboard.focusOn}:</span> {names.emphasis}
        </p>
        {phase.behind ? <p className="phase__behind">{t.learn.dash.behind}</p> : null}
      </div>
      <div className="phase__days">
        {days === null ? (
          <p className="phase__days-label">{t.dashboard.noExamDate}</p>
        ) : days > 0 ? (
          <>
            <p className="phase__days-number">{formatNumber(days)}</p>
            <p className="phase__days-label">{t.dashboard.daysToExam}</p>
          </>
        ) : (
          <p className="phase__days-label">{days === 0 ? t.dashboard.examToday : t.dashboard.examPassed}</p>
        )}
      </div>
      <div className="phase__meters">
        <LabelledMeter label={t.dashboard.coverage} value={phase.coverage} />
        <LabelledMeter label={t.dashboard.overallMastery} value={phase.mastery} />
      </div>
    </section>
  );
}

function LabelledMeter({ label, value, tone }: { label: string; value: number; tone?: string }) {
  return (
    <div className="labelled-meter">
      <div className="labelled-meter__row">
        <span>{label}</span>
        <span className="labelled-meter__value">{pct(value)}%</span>
      </div>
      <Meter label={label} value={value} valueText={`${pct(value)}%`} {...(tone ? { tone } : {})} />
    </div>
  );
}

function SubjectsCard({ subjects, shown }: { subjects: readonly SubjectView[]; shown: ReadonlyMap<string, { share: number; measured: number }> }) {
  const { t } = useI18n();
  // Always the three JEE subjects in NTA order, even before any content or study exists.
  const rows = SUBJECTS.map((code) => subjects.find((s) => s.subject === code) ?? { subject: code, mastery: 0, concepts: 0, studied: 0 });
  return (
    <section className="card subjects" aria-labelledby="subjects-heading">
      <h2 id="subjects-heading" className="card__title">
        {t.dashboard.subjectsHeading}
      </h2>
      <ul className="subjects__list">
        {rows.map((s) => {
          const label = t.subject[s.subject as keyof typeof t.subject];
          // The evidence-capped figure (never the engine's prior), with how many concepts it rests on.
          const figure = shown.get(s.subject) ?? { share: 0, measured: 0 };
          return (
            <li key={s.subject} className="subjects__item">
              <div className="labelled-meter__row">
                <span className="subjects__name">
                  <span className="dot" style={{ background: SUBJECT_TONE[s.subject] }} aria-hidden="true" />
                  {label}
                </span>
                <span className="labelled-meter__value">{pct(figure.share)}%</span>
              </div>
              <Meter label={label} value={figure.share} valueText={t.dashboard.masteryOf(pct(figure.share))} {...(SUBJECT_TONE[s.subject] ? { tone: SUBJECT_TONE[s.subject] } : {})} />
              <p className="subjects__meta">
                {s.studied === 0 ? t.dashboard.notStarted : t.dashboard.studiedOf(s.studied, s.concepts)}
                {figure.measured > 0 ? ` · ${t.screens.mastery.subjectMeasured(figure.measured)}` : ''}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function StreakCard({ days }: { days: number }) {
  const { t } = useI18n();
  return (
    <section className="card stat" aria-labelledby="streak-heading">
      <h2 id="streak-heading" className="card__eyebrow">
        {t.dashboard.streakHeading}
      </h2>
      <p className="stat__value">
        <svg className="stat__icon" width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            fill={days > 0 ? '#f97316' : '#c3c8d8'}
            d="M12 2c.6 3.2-1.3 5-2.8 6.7C7.6 10.5 6 12.4 6 15a6 6 0 0 0 12 0c0-2.3-1-4.2-2.3-5.6-.3 1.5-1 2.6-2.2 3.2.4-3.6-.5-7.6-1.5-10.6Z"
          />
        </svg>
        {t.dashboard.streakDays(days)}
      </p>
      <p className="stat__note">{days === 0 ? t.dashboard.streakZero : t.dashboard.streakKeep}</p>
    </section>
  );
}

function ResultsCard({ results }: { results: readonly RecentResultRow[] }) {
  const { t, formatDate } = useI18n();
  return (
    <section className="card results" aria-labelledby="results-heading">
      <h2 id="results-heading" className="card__title">
        {t.dashboard.resultsHeading}
      </h2>
      <ul className="results__list">
        {results.map((r) => {
          const when = r.test_date ?? r.submitted_at;
          const type = t.learn.testType[r.test_type] ?? r.test_type;
          return (
            <li key={r.id} className="results__item">
              <span>{when ? formatDate(when) : ''}</span>
              {r.sitting_id ? <Link to={`/results/${encodeURIComponent(r.sitting_id)}`} className="results__type">{type}</Link> : <span className="results__type">{type}</span>}
              <span className="results__score">{t.dashboard.resultScore(r.total_score, r.total_marks)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
