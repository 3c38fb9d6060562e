import { DEFAULT_REVEAL_THRESHOLD } from '@cr/shared/engine/index';
import type { User } from '@cr/shared/schemas/api';
import { useMemo } from 'react';
import { useLearner } from '../../data/learning/learner.ts';
import type { MasteryDisplay } from '@cr/shared/engine/display/mastery-display';
import { groupShare } from '@cr/shared/engine/display/mastery-display';
import { conceptViews, type ConceptView, type MasteryBand } from '../../data/learning/learning-views.ts';
import { conceptDisplays } from '../../data/learning/screens-queries.ts';
import { useConceptMeta, useUnits, type ConceptMeta, type UnitRow } from '../../data/learning/learn-queries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { Link } from '../../router.tsx';
import { Meter } from '../../ui/meter.tsx';
import { LoadError, Loading } from '../../ui/states.tsx';
import { SnapshotNote } from './snapshot-note.tsx';

const SUBJECTS = ['MATH', 'PHYSICS', 'CHEMISTRY'] as const;
const pct = (share: number) => Math.round(Math.min(1, Math.max(0, share)) * 100);

function useMapData(user: User) {
  const learner = useLearner(user.id);
  const meta = useConceptMeta();
  const units = useUnits();
  const views = useMemo(() => (learner.status === 'ready' ? conceptViews(learner.learner) : null), [learner]);
  const displays = useMemo(() => (learner.status === 'ready' && views ? conceptDisplays(learner.learner, views) : new Map<string, MasteryDisplay>()), [learner, views]);
  const byId = useMemo(() => new Map(meta.data.map((c) => [c.id, c])), [meta.data]);
  return { learner, views, displays, byId, meta: meta.data, units: units.data, loading: meta.isLoading || units.isLoading };
}

/** The band's words (never colour alone: each band also has its own pattern and icon). */
function useBandLabel(displays: ReadonlyMap<string, MasteryDisplay>) {
  const { t } = useI18n();
  return (view: ConceptView): string => {
    const d = displays.get(view.id);
    return d === undefined ? t.learn.map.band.none : d.band === 'locked' ? t.learn.map.locked : d.band === 'noCorrect' ? t.screens.mastery.noCorrectBand : t.learn.map.band[d.band];
  };
}

/** The CSS band of a display (no correct answer is drawn as weak). */
const bandClass = (d: MasteryDisplay | undefined): MasteryBand | 'locked' => (d === undefined ? 'none' : d.band === 'noCorrect' ? 'low' : d.band);

/** The evidence behind a figure: "40% · 2 of 7 correct, last 3 days ago"; nothing for locked or unstarted concepts. */
function useEvidenceText() {
  const { t } = useI18n();
  const m = t.screens.mastery;
  return (d: MasteryDisplay | undefined): string => {
    if (d === undefined || d.band === 'locked' || d.band === 'none') return '';
    const last = d.daysAgo === null ? '' : `, ${m.lastDays(d.daysAgo)}`;
    if (d.band === 'noCorrect') return `${m.noCorrect(d.answered)}${last}`;
    return `${pct(d.share)}% · ${m.evidence(d.correct, d.answered)}${last}`;
  };
}

/** Every syllabus unit per subject, its concepts coloured by mastery, locked ones marked. */
export function KnowledgeMap({ user }: { user: User }) {
  const { t } = useI18n();
  const { learner, views, displays, meta, units, loading } = useMapData(user);
  const bandLabel = useBandLabel(displays);
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
      <SnapshotNote asOfMs={learner.status === 'ready' ? learner.asOfMs : null} />
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
                  <UnitBlock key={unit.id} unit={unit} concepts={conceptsByUnit.get(unit.id) ?? []} views={views} displays={displays} bandLabel={bandLabel} />
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

interface UnitProps {
  unit: UnitRow;
  concepts: ConceptMeta[];
  views: Map<string, ConceptView>;
  displays: ReadonlyMap<string, MasteryDisplay>;
  bandLabel: (v: ConceptView) => string;
}

function UnitBlock({ unit, concepts, views, displays, bandLabel }: UnitProps) {
  const { t } = useI18n();
  const evidenceText = useEvidenceText();
  const shown = concepts.filter((c) => views.has(c.id));
  const revealed = shown.filter((c) => views.get(c.id)?.revealed).length;
  const studied = shown.filter((c) => views.get(c.id)?.studied);
  // The unit's figure is the evidence-capped mean over concepts the student answered.
  const mean = groupShare(shown.map((c) => displays.get(c.id) ?? { band: 'none' })).share ?? 0;
  // Open whenever a tile is open to study, so "1 of 6 open" always shows that tile.
  return (
    <details className="map-unit" open={studied.length > 0 || revealed > 0}>
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
          const band = bandClass(displays.get(c.id));
          const evidence = evidenceText(displays.get(c.id));
          return (
            <li key={c.id}>
              <Link to={`/map/${encodeURIComponent(c.id)}`} className={`map-concept map-band--${band}`}>
                <span className="map-concept__name" lang="en">
                  {view.revealed ? null : <LockIcon />}
                  {c.name}
                </span>
                <span className="map-concept__state">
                  {bandLabel(view)}
                  {evidence ? ` · ${evidence}` : ''}
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
  const { learner, views, displays, byId, units, loading } = useMapData(user);
  const evidenceText = useEvidenceText();
  const bandLabel = useBandLabel(displays);
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
        <p className={`map-concept map-concept--static map-band--${bandClass(displays.get(view.id))}`}>
          <span className="map-concept__state">{bandLabel(view)}</span>
        </p>
        <ConceptFigure display={displays.get(view.id)} evidence={evidenceText(displays.get(view.id))} />
        {!view.revealed ? (
          <div className="map-unlock" role="note">
            <p>{t.learn.map.unlockWhen(pct(DEFAULT_REVEAL_THRESHOLD))}</p>
            <ul>
              {view.lockedBy.map((id) => (
                <li key={id}>
                  <Link to={`/map/${encodeURIComponent(id)}`} lang="en">
                    {name(id)}
                  </Link>{' '}
                  <span className="muted">· {bandLabel(views.get(id) ?? view)}</span>
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
      <ConceptList heading={t.learn.map.prerequisites} empty={t.learn.map.noPrerequisites} items={view.prerequisites.map((p) => ({ id: p.id, note: p.hard ? t.learn.map.hard : t.learn.map.soft }))} name={name} views={views} displays={displays} bandLabel={bandLabel} />
      <ConceptList heading={t.learn.map.dependents} empty={t.learn.map.noDependents} items={view.dependents.map((id) => ({ id, note: null }))} name={name} views={views} displays={displays} bandLabel={bandLabel} />
    </section>
  );
}

interface ConceptListProps {
  heading: string;
  empty: string;
  items: { id: string; note: string | null }[];
  name: (id: string) => string;
  views: Map<string, ConceptView>;
  displays: ReadonlyMap<string, MasteryDisplay>;
  bandLabel: (v: ConceptView) => string;
}

function ConceptList({ heading, empty, items, name, views, displays, bandLabel }: ConceptListProps) {
  return (
    <section className="card learn-card" aria-label={heading}>
      <h2 className="card__title">{heading}</h2>
      {items.length === 0 ? <p className="muted">{empty}</p> : null}
      <ul className="map-concepts">
        {items.map(({ id, note }) => {
          const view = views.get(id);
          const band = view ? bandClass(displays.get(view.id)) : 'none';
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

/** A concept's figure: a meter only when there is a correct answer behind it; words otherwise. */
function ConceptFigure({ display, evidence }: { display: MasteryDisplay | undefined; evidence: string }) {
  const { t } = useI18n();
  if (display === undefined || display.band === 'none') return <p>{t.learn.map.notStudied}</p>;
  if (display.band === 'locked') return <p>{t.screens.mastery.lockedNoMastery}</p>;
  if (display.band === 'noCorrect') return <p data-testid="concept-evidence">{evidence}</p>;
  return (
    <>
      <Meter label={t.learn.map.mastery} value={display.share} valueText={t.dashboard.masteryOf(pct(display.share))} />
      <p data-testid="concept-evidence">{evidence}</p>
    </>
  );
}
