import type { User } from '@cr/shared';
import { getDashboard, type Dashboard as DashboardData, type NextTopic, type Phase, type SubjectMastery } from '../data/queries.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { firstName } from '../lib/names.ts';
import { useResource } from '../lib/use-resource.ts';
import { Meter } from '../ui/meter.tsx';
import { LoadError, Loading } from '../ui/states.tsx';

const SUBJECTS = ['MATH', 'PHYSICS', 'CHEMISTRY'] as const;
const SUBJECT_TONE: Record<string, string> = { MATH: 'var(--math)', PHYSICS: 'var(--physics)', CHEMISTRY: 'var(--chemistry)' };

const pct = (share: number) => Math.round(Math.min(1, Math.max(0, share)) * 100);

/** The student's home: phase, today's plan, subject mastery, streak, predicted rank. */
export function Dashboard({ user }: { user: User }) {
  const { t, formatDate } = useI18n();
  const [dashboard, reload] = useResource(getDashboard);
  const name = firstName(user.full_name);

  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title" data-focus-target tabIndex={-1}>
          {name ? t.dashboard.greeting(name) : t.dashboard.greetingNoName}
        </h1>
        <p className="page__subtitle">
          {user.standard ? t.dashboard.classLabel(user.standard) : null}
          {user.standard && user.exam_target ? ' · ' : null}
          {user.exam_target ? `${t.profile.examTarget}: ${formatDate(user.exam_target)}` : null}
        </p>
      </header>
      {dashboard.status === 'loading' ? <Loading /> : null}
      {dashboard.status === 'error' ? <LoadError title={t.dashboard.loadFailed} error={dashboard.error} onRetry={reload} /> : null}
      {dashboard.status === 'ready' ? <DashboardGrid data={dashboard.data} /> : null}
    </div>
  );
}

function DashboardGrid({ data }: { data: DashboardData }) {
  return (
    <div className="dash">
      <PhaseCard phase={data.phase} />
      <div className="dash__stats">
        <StreakCard days={data.streak_days} />
        <RankCard rank={data.predicted_rank} />
      </div>
      <PlanCard topics={data.next_topics} />
      <SubjectsCard subjects={data.subject_mastery} />
      {data.recent_results.length > 0 ? <ResultsCard results={data.recent_results} /> : null}
    </div>
  );
}

function PhaseCard({ phase }: { phase: Phase }) {
  const { t, formatNumber } = useI18n();
  const known = Object.prototype.hasOwnProperty.call(t.phase, phase.phase) ? t.phase[phase.phase as keyof typeof t.phase] : null;
  const days = phase.days_to_exam;
  return (
    <section className="card phase" aria-labelledby="phase-heading">
      <div className="phase__main">
        <h2 id="phase-heading" className="card__eyebrow">
          {t.dashboard.phaseHeading}
        </h2>
        <p className="phase__name" data-phase={phase.phase}>
          {known?.name ?? phase.phase}
        </p>
        <p className="phase__emphasis">
          <span className="phase__focus">{t.dashboard.focusOn}:</span> {known?.emphasis ?? phase.emphasis}
        </p>
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

function PlanCard({ topics }: { topics: NextTopic[] }) {
  const { t, formatDate } = useI18n();
  return (
    <section className="card plan" aria-labelledby="plan-heading">
      <h2 id="plan-heading" className="card__title">
        {t.dashboard.planHeading}
      </h2>
      {topics.length === 0 ? (
        <div className="empty">
          <div className="empty__icon" aria-hidden="true">
            <svg width="22" height="22" viewBox="0 0 24 24" focusable="false">
              <path fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" d="M9 4h6M9 4a1 1 0 0 0-1 1v1h8V5a1 1 0 0 0-1-1M8 5H6.5A1.5 1.5 0 0 0 5 6.5v13A1.5 1.5 0 0 0 6.5 21h11a1.5 1.5 0 0 0 1.5-1.5v-13A1.5 1.5 0 0 0 17.5 5H16M9 12l2 2 4-4M9 17h6" />
            </svg>
          </div>
          <p className="empty__title">{t.dashboard.planEmptyTitle}</p>
          <p>{t.dashboard.planEmptyBody}</p>
          <p className="empty__note">{t.dashboard.planEmptyAction}</p>
        </div>
      ) : (
        <ol className="plan__list">
          {topics.map((topic) => {
            const due = topic.next_review_date === null || Date.parse(topic.next_review_date) <= Date.now();
            return (
              <li key={topic.concept_id} className="plan__item">
                <div className="plan__row">
                  <span className="plan__concept">{topic.concept_id}</span>
                  <span className={`tag${due ? ' tag--due' : ''}`}>
                    {topic.next_review_date === null ? t.dashboard.newConcept : due ? t.dashboard.dueReview : t.dashboard.dueOn(formatDate(topic.next_review_date))}
                  </span>
                </div>
                <Meter label={topic.concept_id} value={topic.mastery_level} valueText={t.dashboard.masteryOf(pct(topic.mastery_level))} />
                <span className="plan__mastery">{t.dashboard.masteryOf(pct(topic.mastery_level))}</span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function SubjectsCard({ subjects }: { subjects: SubjectMastery[] }) {
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
          const label = t.subject[s.subject as keyof typeof t.subject] ?? s.subject;
          return (
            <li key={s.subject} className="subjects__item">
              <div className="labelled-meter__row">
                <span className="subjects__name">
                  <span className="dot" style={{ background: SUBJECT_TONE[s.subject] }} aria-hidden="true" />
                  {label}
                </span>
                <span className="labelled-meter__value">{pct(s.mastery)}%</span>
              </div>
              <Meter label={label} value={s.mastery} valueText={t.dashboard.masteryOf(pct(s.mastery))} {...(SUBJECT_TONE[s.subject] ? { tone: SUBJECT_TONE[s.subject] } : {})} />
              <p className="subjects__meta">{s.studied === 0 ? t.dashboard.notStarted : t.dashboard.studiedOf(s.studied, s.concepts)}</p>
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

function RankCard({ rank }: { rank: number | null }) {
  const { t, formatNumber } = useI18n();
  return (
    <section className="card stat" aria-labelledby="rank-heading">
      <h2 id="rank-heading" className="card__eyebrow">
        {t.dashboard.rankHeading}
      </h2>
      {rank === null ? <p className="stat__note">{t.dashboard.rankUnknown}</p> : <p className="stat__value">{t.dashboard.rankValue(formatNumber(rank))}</p>}
    </section>
  );
}

function ResultsCard({ results }: { results: DashboardData['recent_results'] }) {
  const { t, formatDate } = useI18n();
  return (
    <section className="card results" aria-labelledby="results-heading">
      <h2 id="results-heading" className="card__title">
        {t.dashboard.resultsHeading}
      </h2>
      <ul className="results__list">
        {results.map((r) => (
          <li key={r.id} className="results__item">
            <span>{formatDate(r.test_date)}</span>
            <span className="results__type">{r.test_type}</span>
            <span className="results__score">{t.dashboard.resultScore(r.total_score, r.total_marks)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
