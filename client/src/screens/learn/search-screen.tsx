import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useConceptMeta } from '../../data/learning/learn-queries.ts';
import { searchQuestions, searchYears, type SearchFilters, type SearchHit, type SourceFilter } from '../../data/learning/search.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { Link } from '../../router.tsx';
import { MathText } from '../../ui/math-text.tsx';
import { Loading } from '../../ui/states.tsx';
import { useLocalDb } from '../../data/sync/local-data.tsx';

const SUBJECTS = ['MATH', 'PHYSICS', 'CHEMISTRY'] as const;
const EMPTY: SearchFilters = { words: '', subject: null, conceptId: null, difficulty: null, source: 'all', year: null };

/** Filters from the address (`/search?concept=…&q=…`), so the map and dashboard can link here. */
function initialFilters(): SearchFilters {
  const params = new URLSearchParams(window.location.search);
  const difficulty = Number(params.get('difficulty'));
  const year = Number(params.get('year'));
  const source = params.get('source');
  return {
    words: params.get('q') ?? '',
    subject: params.get('subject'),
    conceptId: params.get('concept'),
    difficulty: difficulty >= 1 && difficulty <= 5 ? difficulty : null,
    source: source === 'jee' || source === 'generated' ? source : 'all',
    year: Number.isInteger(year) && year > 1900 ? year : null,
  };
}

type Results = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; hits: SearchHit[] } | { status: 'error'; message: string };

/** Offline question search (FTS5 in the local replica) by words, subject, concept, difficulty, source and year. */
export function SearchScreen() {
  const { t } = useI18n();
  const s = t.learn.search;
  const db = useLocalDb();
  const id = useId();
  const [draft, setDraft] = useState<SearchFilters>(initialFilters);
  const [applied, setApplied] = useState<SearchFilters>(draft);
  const [results, setResults] = useState<Results>({ status: 'idle' });
  const [years, setYears] = useState<number[]>([]);
  const concepts = useConceptMeta().data;
  const subjectConcepts = useMemo(() => concepts.filter((c) => !draft.subject || c.subject === draft.subject), [concepts, draft.subject]);

  useEffect(() => {
    searchYears(db).then(
      (rows) => setYears(rows.map((r) => r.year)),
      () => setYears([]),
    );
  }, [db]);

  useEffect(() => {
    let live = true;
    setResults({ status: 'loading' });
    searchQuestions(db, applied).then(
      (hits) => live && setResults({ status: 'ready', hits }),
      (error: unknown) => live && setResults({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [db, applied]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setApplied(draft);
  };
  const set = (patch: Partial<SearchFilters>) => setDraft((d) => ({ ...d, ...patch }));
  const conceptName = concepts.find((c) => c.id === applied.conceptId)?.name;

  return (
    <section className="page learn">
      <header className="page__header">
        <h1 className="page__title" tabIndex={-1} data-focus-target>
          {s.title}
        </h1>
        <p className="page__subtitle">{s.lead}</p>
      </header>
      <form className="card search-form" role="search" aria-label={s.title} onSubmit={submit}>
        <div className="search-form__words">
          <label htmlFor={`${id}-q`}>{s.words}</label>
          <input id={`${id}-q`} className="input" type="search" value={draft.words} onChange={(e) => set({ words: e.target.value })} placeholder={s.wordsHint} />
        </div>
        <div className="search-form__filters">
          <label>
            <span>{s.subject}</span>
            <select className="input" value={draft.subject ?? ''} onChange={(e) => set({ subject: e.target.value || null, conceptId: null })}>
              <option value="">{s.any}</option>
              {SUBJECTS.map((code) => (
                <option key={code} value={code}>
                  {t.subject[code]}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{s.concept}</span>
            <select className="input" value={draft.conceptId ?? ''} onChange={(e) => set({ conceptId: e.target.value || null })}>
              <option value="">{s.any}</option>
              {subjectConcepts.map((c) => (
                <option key={c.id} value={c.id} lang="en">
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{s.difficulty}</span>
            <select className="input" value={draft.difficulty ?? ''} onChange={(e) => set({ difficulty: e.target.value ? Number(e.target.value) : null })}>
              <option value="">{s.any}</option>
              {[1, 2, 3, 4, 5].map((d) => (
                <option key={d} value={d}>
                  {s.level(d)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{s.source}</span>
            <select className="input" value={draft.source} onChange={(e) => set({ source: e.target.value as SourceFilter })}>
              <option value="all">{s.any}</option>
              <option value="jee">{s.sourceJee}</option>
              <option value="generated">{s.sourceGenerated}</option>
            </select>
          </label>
          <label>
            <span>{s.year}</span>
            <select className="input" value={draft.year ?? ''} onChange={(e) => set({ year: e.target.value ? Number(e.target.value) : null })}>
              <option value="">{s.any}</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="search-form__actions">
          <button type="submit" className="button button--primary">
            {s.submit}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setDraft(EMPTY);
              setApplied(EMPTY);
            }}
          >
            {s.clear}
          </button>
        </div>
      </form>
      {applied.conceptId && conceptName ? (
        <p className="muted">
          {s.similarTo} <span lang="en">{conceptName}</span>
        </p>
      ) : null}
      <div aria-live="polite">
        {results.status === 'loading' ? <Loading label={s.searching} /> : null}
        {results.status === 'error' ? <p role="alert">{s.failed}</p> : null}
        {results.status === 'ready' ? <p className="search-count">{results.hits.length === 0 ? s.none : s.count(results.hits.length)}</p> : null}
      </div>
      {results.status === 'ready' && results.hits.length > 0 ? (
        <ol className="search-results">
          {results.hits.map((hit) => (
            <li key={hit.id} className="card search-hit">
              <p className="search-hit__meta">
                {t.subject[hit.subject as keyof typeof t.subject] ?? hit.subject}
                {' · '}
                <span lang="en">{hit.concept_name ?? hit.primary_concept_id}</span>
                {hit.difficulty ? ` · ${hit.calibrated_answers > 0 ? s.levelFromAnswers(hit.difficulty, hit.calibrated_answers) : s.levelAuthor(hit.difficulty)}` : ''}
                {' · '}
                {hit.source === 'Generated' ? s.sourceGenerated : hit.year ? s.jeeYear(hit.year) : s.sourceJee}
              </p>
              <div className="search-hit__text" lang="en">
                <MathText text={excerpt(hit.text)} />
              </div>
              <Link to={`/practice/${encodeURIComponent(hit.primary_concept_id)}?q=${encodeURIComponent(hit.id)}`}>{s.practise}</Link>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

/** The first paragraph or so of a question, cut at a paragraph break so LaTeX is never split. */
function excerpt(text: string): string {
  const paragraphs = text.split(/\n\s*\n/);
  let out = '';
  for (const p of paragraphs) {
    if (out.length > 0 && out.length + p.length > 320) return `${out}\n\n…`;
    out = out ? `${out}\n\n${p}` : p;
  }
  return out;
}
