import type { PlanItem, PlanSummary } from '../../data/learning/learning-views.ts';
import type { ConceptMeta } from '../../data/learning/learn-queries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { Link } from '../../router.tsx';
import { Meter } from '../../ui/meter.tsx';

const pct = (share: number) => Math.round(Math.min(1, Math.max(0, share)) * 100);

interface PlanProps {
  plan: readonly PlanItem[];
  summary: PlanSummary;
  names: ReadonlyMap<string, ConceptMeta>;
  diagnosticDone: boolean;
  diagnosticOpen: boolean;
}

/**
 * Today's plan: each item with its minutes and the reason it is there (due with its recall,
 * reviews it settles, new because its prerequisites are shown), the day's budget, and what was
 * moved to later days or held back, so the student sees why the list is what it is.
 */
export function PlanCard({ plan, summary, names, diagnosticDone, diagnosticOpen }: PlanProps) {
  const { t } = useI18n();
  const p = t.plan;
  return (
    <section className="card plan" aria-labelledby="plan-heading">
      <h2 id="plan-heading" className="card__title">
        {t.dashboard.planHeading}
      </h2>
      {!diagnosticDone ? (
        // The plan, reviews and mastery start from the diagnostic: until it is submitted it is the plan.
        <div className="empty">
          <p className="empty__title">{t.dashboard.planEmptyTitle}</p>
          <p>{t.dashboard.planEmptyBody}</p>
          <Link to="/test/diagnostic" className="button button--primary">
            {diagnosticOpen ? t.learn.dash.diagnosticResume : t.learn.dash.diagnosticStart}
          </Link>
        </div>
      ) : plan.length === 0 ? (
        <div className="empty">
          <p className="empty__title">{t.learn.dash.planDoneTitle}</p>
          <p>{t.learn.dash.planDoneBody}</p>
        </div>
      ) : (
        <>
          <p className="plan__summary" data-testid="plan-summary">
            {p.summary(summary.plannedMinutes, summary.budgetMinutes)}
          </p>
          <ol className="plan__list">
            {plan.map((item) => {
              const concept = names.get(item.conceptId);
              const label = concept?.name ?? item.conceptId;
              return (
                <li key={item.conceptId} className="plan__item">
                  <div className="plan__row">
                    <Link to={`/practice/${encodeURIComponent(item.conceptId)}`} className="plan__concept" lang="en">
                      {label}
                    </Link>
                    <span className={`tag${item.kind !== 'new' ? ' tag--due' : ''}`}>
                      {item.kind === 'new' ? t.dashboard.newConcept : t.learn.dash.kindReview} · {p.minutes(item.minutes)}
                    </span>
                  </div>
                  <p className="plan__why" data-testid="plan-why">
                    {reasonText(t.plan, item)}
                  </p>
                  <Meter label={label} value={item.mastery} valueText={t.dashboard.masteryOf(pct(item.mastery))} />
                  <span className="plan__mastery">
                    {item.kind === 'new' ? t.dashboard.notStarted : t.dashboard.masteryOf(pct(item.mastery))}
                    {item.kind !== 'new' ? (
                      <>
                        {' · '}
                        <Link to={`/search?concept=${encodeURIComponent(item.conceptId)}`}>{t.learn.dash.similar}</Link>
                      </>
                    ) : null}
                  </span>
                </li>
              );
            })}
          </ol>
          {summary.deferred > 0 ? <p className="plan__note">{p.deferred(summary.deferred)}</p> : null}
          {summary.newHeldBack ? <p className="plan__note">{p.heldBack[summary.newHeldBack]}</p> : null}
          {summary.triaged > 0 ? <p className="plan__note">{p.triaged(summary.triaged)}</p> : null}
        </>
      )}
      {diagnosticDone ? (
        <p className="plan__weekly">
          <Link to="/test/weekly">{t.learn.dash.weeklyLink}</Link>
        </p>
      ) : null}
    </section>
  );
}

type PlanStrings = ReturnType<typeof useI18n>['t']['plan'];

/** The item's reason as one sentence in the student's language. */
export function reasonText(p: PlanStrings, item: Pick<PlanItem, 'reason'>): string {
  const r = item.reason;
  switch (r.code) {
    case 'due':
      return r.covers > 0 ? `${p.reason.due(r.recallPct)}; ${p.reason.covers(r.covers)}` : p.reason.due(r.recallPct);
    case 'covers':
      return p.reason.coversOnly(r.covers);
    case 'strengthen':
      return p.reason.strengthen(r.recallPct);
    case 'weak':
      return p.reason.weak(r.masteryPct);
    case 'new': {
      const base = r.prerequisites === 'mastered' ? p.reason.newMastered : p.reason.newFoundation;
      const withUnlocks = r.unlocks > 0 ? `${base}; ${p.reason.unlocks(r.unlocks)}` : base;
      return r.examDay ? `${withUnlocks}; ${p.reason.examDay}` : withUnlocks;
    }
  }
}
