import type { BurnoutAssessment, CareScore } from '@cr/shared/engine/burnout/burnout';
import { BURNOUT_ALERT_THRESHOLD } from '@cr/shared/engine/burnout/burnout';
import type { SignalName, Signals } from '@cr/shared/engine/burnout/signals';
import { useMemo } from 'react';
import type { Learner } from '../../data/learning/learner.ts';
import { careAssessment } from '../../data/learning/screens-queries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { Link } from '../../router.tsx';
import { Meter } from '../../ui/meter.tsx';
import { DAY_MS } from '@cr/shared/time';

const pct = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100);
/** Fewest recent answers before the card judges habits (fewer say nothing true). */
const MIN_ANSWERS = 10;
/** A score at or above this gets its care suggestion shown (0–1). */
const CARE_AT = 0.25;

/**
 * Burnout care on the student's own dashboard: fatigue, stress and burnout risk from this
 * device's answers (the engine's assessment), each with its reasons, and concrete care — a
 * lighter day, a break, slowing down, and a button that opens the chat with the coach.
 */
export function CareCard({ learner }: { learner: Learner }) {
  const { t } = useI18n();
  const c = t.screens.care;
  // Derived once per learner: a catch-up fold advances a restored snapshot's state in place, and
  // the card painted from it must keep saying what was true as of the snapshot.
  const { care, recent } = useMemo(
    () => ({ care: careAssessment(learner), recent: learner.state.events.filter((e) => e.device_time_ms > learner.nowMs - 14 * DAY_MS).length }),
    [learner],
  );
  if (recent < MIN_ANSWERS) {
    return (
      <section className="card care" aria-labelledby="care-heading" data-testid="care-card">
        <h2 id="care-heading" className="card__title">
          {c.heading}
        </h2>
        <p className="muted">{c.notEnough}</p>
      </section>
    );
  }
  const worried = care.burnoutRisk.score >= BURNOUT_ALERT_THRESHOLD || care.fatigue.score >= CARE_AT || care.stress.score >= CARE_AT;
  return (
    <section className={`card care${worried ? ' care--alert' : ''}`} aria-labelledby="care-heading" data-testid="care-card">
      <h2 id="care-heading" className="card__title">
        {c.heading}
      </h2>
      <ul className="care__scores">
        <Score label={c.fatigue} score={care.fatigue} signals={care.signals} />
        <Score label={c.stress} score={care.stress} signals={care.signals} />
        <Score label={c.risk} score={care.burnoutRisk} signals={care.signals} />
      </ul>
      {worried ? <CareSuggestions care={care} /> : <p className="muted">{c.calm}</p>}
    </section>
  );
}

function Score({ label, score, signals }: { label: string; score: CareScore; signals: Signals }) {
  const { t } = useI18n();
  const c = t.screens.care;
  return (
    <li className="care__score">
      <div className="labelled-meter__row">
        <span>{label}</span>
        <span className="labelled-meter__value">{pct(score.score)}%</span>
      </div>
      <Meter label={label} value={score.score} valueText={`${pct(score.score)}%`} />
      {score.reasons.length > 0 ? (
        <p className="care__reasons">
          {c.why}: {score.reasons.map((r) => reasonText(c.reason, r.signal, signals)).join('; ')}
        </p>
      ) : null}
    </li>
  );
}

type ReasonTexts = ReturnType<typeof useI18n>['t']['screens']['care']['reason'];

/** A reason in the reader's language: day counts as they are, shares as whole percentages. */
function reasonText(texts: ReasonTexts, signal: SignalName, signals: Signals): string {
  const { figure } = signals[signal];
  return texts[signal](signal === 'brokenStreak' || signal === 'sessionGaps' ? figure : Math.round(figure * 100));
}

function CareSuggestions({ care }: { care: BurnoutAssessment }) {
  const { t } = useI18n();
  const c = t.screens.care;
  const rushed = care.signals.rushedGuessing.level > 0 || care.signals.rapidGuessing.level > 0.5;
  const tired = care.fatigue.score >= CARE_AT || care.signals.longSessions.level > 0 || care.signals.lateNight.level > 0;
  return (
    <div className="care__actions">
      <ul className="care__list">
        {rushed ? <li data-care="slow-down">{c.slowDown}</li> : null}
        {tired || rushed ? <li data-care="break">{c.breakNow}</li> : null}
        <li data-care="lighter-day">{c.lighterDay}</li>
      </ul>
      <Link to="/messages" className="button button--secondary" data-care="coach">
        {c.talkCoach}
      </Link>
    </div>
  );
}
