import { DEFAULT_REVEAL_THRESHOLD } from '@cr/shared/engine/index';
import type { User } from '@cr/shared/schemas/api';
import { useMemo } from 'react';
import { useLearner } from '../../data/learner.ts';
import { conceptViews, masteryBand, type ConceptView, type MasteryBand } from '../../data/learning-views.ts';
import { useConceptMeta, useUnits, type ConceptMeta, type UnitRow } from '../../data/learn-queries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { Link } from '../../router.tsx';
import { Meter } from '../../ui/meter.tsx';
import { LoadError, Loading } from '../../ui/states.tsx';

const SUBJECTS = ['MATH', 'PHYSICS', 'CHEMISTRY'] as const;
const pct = (share: number) => Math.round(Math.min(1, Math.max(0, share)) * 100);

function useMapData(user: User) {
  const learner = useLearner(user.id);
  const meta = useConceptMeta();
  const units = useUnits();
  const views = useMemo(() => (learner.status === 'ready' ? conceptViews(learner.learner) : null), [learner]);
  const byId = useMemo(() => new Map(meta.data.map((c) => [c.id, c])), [meta.data]);
  return { learner, views, byId, meta: meta.data, units: units.data, loading: meta.isLoading || units.isLoading };
}

/** The band's words (never colour alone: each band also has its own pattern and icon). */
function useBandLabel() {
  const { t } = useI18n();
  return (view: ConceptView): string => (!view.revealed ? t.learn.map.locked : t.learn.map.band[masteryBand(view)]);
}

/** Every syllabus unit per subject, its concepts coloured by mastery, locked ones marked. */
export function KnowledgeMap({ user }: { user: User }) {
  const { t } = useI18n();
  const { learner, views, meta, units, loading } = useMapData(user);
  const bandLabel = useBandLabel();
  if (learner.status === 'error') return <LoadError title={t.learn.map.loadFailed} error={learner.error} onRetry={() => window.location.reload()} />;

  const conceptsByUnit = new Map<string, ConceptMeta[]>();
  for (const c of meta) conceptsByUnit.set(c.unit ?? '', [...(conceptsByUnit.get(c.unit ?? '') ?? []), c]);

  return (
    <section className="page learn">
      <header className="page__header">
        <h1 className="page__title" tabIndex={-1} data-focus-target>
          {t.learn.map.title}
        </h1>
        <p className="page__subtitle">{t.learn.map.lead}</p>
      </header>
      <Legend />
      {loading || !views ? <Loading label={t.learn.dash.computing} /> : null}
      {views
        ? SUBJECTS.map((subject) => {
            const subjectUnits = units.filter((u) => u.subject === subject);
            return (
              <section key={subject} className="card map-subject" aria-labelledby={`map-${subject}`}>
                <h2 id={`map-${subject}`} className="card__title">
                  {t.subject[subject]}
                </h2>
                {subjectUnits.length === 0 ? <p className="muted">{t.learn.map.noUnits}</p> : null}
                {subjectUnits.map((unit) => (
                  <UnitBlock key={unit.id} unit={unit} concepts={conceptsByUnit.get(unit.id) ?? []} views={views} bandLabel={bandLabel} />
                ))}
              </section>
            );
          })
        : null}
    </section>
  );
}

function Legend() {
  const { t } = useI18n();
  const bands: (MasteryBand | 'locked')[] = ['none', 'low', 'mid', 'high', 'locked'];
  return (
    <section className="map-legend" aria-label={t.learn.map.legend}>
      <ul>
        {bands.map((b) => (
          <li key={b}>
            <span className={`map-swatch map-band--${b}`} aria-hidden="true" />
            {b === 'locked' ? t.learn.map.locked : t.learn.map.band[b]}
          </li>
        ))}
      </ul>
    </section>
  );
}

function UnitBlock({ unit, concepts, views, bandLabel }: { unit: UnitRow; concepts: ConceptMeta[]; views: Map<string, ConceptView>; bandLabel: (v: ConceptView) => string }) {
  const { t } = useI18n();
  const shown = concepts.filter((c) => views.has(c.id));
  const revealed = shown.filter((c) => views.get(c.id)?.revealed).length;
  const studied = shown.filter((c) => views.get(c.id)?.studied);
  const mean = shown.length === 0 ? 0 : shown.reduce((n, c) => n + (views.get(c.id)?.mastery ?? 0), 0) / shown.length;
  return (
    <details className="map-unit" open={studied.length > 0}>
      <summary>
        <span className="map-unit__title" lang="en">
          {unit.title}
        </span>
        <span className="map-unit__meta">{t.learn.map.unitMeta(revealed, shown.length, pct(mean))}</span>
      </summary>
      <ul className="map-concepts">
        {shown.map((c) => {
          const view = views.get(c.id);
          if (!view) return null;
          const band = view.revealed ? masteryBand(view) : 'locked';
          return (
            <li key={c.id}>
              <Link to={`/map/${encodeURIComponent(c.id)}`} className={`map-concept map-band--${band}`}>
                <span className="map-concept__name" lang="en">
                  {view.revealed ? null : <LockIcon />}
                  {c.name}
                </span>
                <span className="map-concept__state">
                  {bandLabel(view)}
                  {view.studied ? ` · ${pct(view.mastery)}%` : ''}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </details>
  );
}

function LockIcon() {
  return (
    <svg className="map-lock" width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M7 10V7a5 5 0 0 1 10 0v3h1a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V11a1 1 0 0 1 1-1h1Zm2 0h6V7a3 3 0 0 0-6 0v3Z" />
    </svg>
  );
}

/** One concept: mastery, what unlocks it, prerequisites and dependents, practise and search links. */
export function ConceptDetail({ user, conceptId }: { user: User; conceptId: string }) {
  const { t } = useI18n();
  const { learner, views, byId, units, loading } = useMapData(user);
  const bandLabel = useBandLabel();
  if (learner.status === 'error') return <LoadError title={t.learn.map.loadFailed} error={learner.error} onRetry={() => window.location.reload()} />;
  const concept = byId.get(conceptId);
  const view = views?.get(conceptId);
  const name = (id: string) => byId.get(id)?.name ?? id;
  const unit = units.find((u) => u.id === concept?.unit);

  if (!views || loading) return <Loading label={t.learn.dash.computing} />;
  if (!concept || !view) {
    return (
      <section className="page learn">
        <h1 tabIndex={-1} data-focus-target>
          {t.learn.map.unknownConcept}
        </h1>
        <Link to="/map">← {t.learn.map.back}</Link>
      </section>
    );
  }

  return (
    <section className="page learn">
      <Link to="/map">← {t.learn.map.back}</Link>
      <header className="page__header">
        <h1 className="page__title" tabIndex={-1} data-focus-target lang="en">
          {concept.name}
        </h1>
        <p className="page__subtitle">
          {t.subject[concept.subject as keyof typeof t.subject] ?? concept.subject}
          {unit ? (
            <>
              {' · '}
              <span lang="en">{unit.title}</span>
            </>
          ) : null}
          {concept.layer ? ` · ${t.learn.map.layer(concept.layer)}` : null}
        </p>
      </header>
      <section className="card learn-card" aria-labelledby="concept-state">
        <h2 id="concept-state" className="card__title">
          {t.learn.map.yourState}
        </h2>
        {concept.description ? <p lang="en">{concept.description}</p> : null}
        <p className={`map-concept map-concept--static map-band--${view.revealed ? masteryBand(view) : 'locked'}`}>
          <span className="map-concept__state">{bandLabel(view)}</span>
        </p>
        <Meter label={t.learn.map.mastery} value={view.mastery} valueText={t.dashboard.masteryOf(pct(view.mastery))} />
        <p>{view.studied ? t.dashboard.masteryOf(pct(view.mastery)) : t.learn.map.notStudied}</p>
        {!view.revealed ? (
          <div className="map-unlock" role="note">
            <p>{t.learn.map.unlockWhen(pct(DEFAULT_REVEAL_THRESHOLD))}</p>
            <ul>
              {view.lockedBy.map((id) => (
                <li key={id}>
                  <Link to={`/map/${encodeURIComponent(id)}`} lang="en">
                    {name(id)}
                  </Link>{' '}
                  <span className="muted">· {t.dashboard.masteryOf(pct(views.get(id)?.mastery ?? 0))}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="map-actions">
          {concept.questions > 0 ? (
            <Link to={`/practice/${encodeURIComponent(conceptId)}`} className="button button--primary">
              {t.learn.map.practise}
            </Link>
          ) : (
            <p className="muted">{t.learn.map.noQuestions}</p>
          )}
          <Link to={`/search?concept=${encodeURIComponent(conceptId)}`} className="button button--secondary">
            {t.learn.map.similar}
          </Link>
        </div>
      </section>
      <ConceptList heading={t.learn.map.prerequisites} empty={t.learn.map.noPrerequisites} items={view.prerequisites.map((p) => ({ id: p.id, note: p.hard ? t.learn.map.hard : t.learn.map.soft }))} name={name} views={views} bandLabel={bandLabel} />
      <ConceptList heading={t.learn.map.dependents} empty={t.learn.map.noDependents} items={view.dependents.map((id) => ({ id, note: null }))} name={name} views={views} bandLabel={bandLabel} />
    </section>
  );
}

interface ConceptListProps {
  heading: string;
  empty: string;
  items: { id: string; note: string | null }[];
  name: (id: string) => string;
  views: Map<string, ConceptView>;
  bandLabel: (v: ConceptView) => string;
}

function ConceptList({ heading, empty, items, name, views, bandLabel }: ConceptListProps) {
  return (
    <section className="card learn-card" aria-label={heading}>
      <h2 className="card__title">{heading}</h2>
      {items.length === 0 ? <p className="muted">{empty}</p> : null}
      <ul className="map-concepts">
        {items.map(({ id, note }) => {
          const view = views.get(id);
          const band = view ? (view.revealed ? masteryBand(view) : 'locked') : 'none';
          return (
            <li key={id}>
              <Link to={`/map/${encodeURIComponent(id)}`} className={`map-concept map-band--${band}`}>
                <span className="map-concept__name" lang="en">
                  {name(id)}
                </span>
                <span className="map-concept__state">
                  {view ? bandLabel(view) : ''}
                  {note ? ` · ${note}` : ''}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
