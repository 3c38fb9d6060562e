import type { User } from '@cr/shared/schemas/api';
import { useMemo } from 'react';
import { buildAnalytics, type GroupAccuracy } from '../../data/learning/analytics.ts';
import { useAnalyticsAttempts, useUnits } from '../../data/learning/learn-queries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { Link } from '../../router.tsx';
import { Loading } from '../../ui/states.tsx';
import { BarChart, LineChart } from './charts.tsx';

const SUBJECT_TONE: Record<string, string> = { MATH: 'var(--math)', PHYSICS: 'var(--physics)', CHEMISTRY: 'var(--chemistry)' };
const pct = (share: number) => Math.round(share * 100);

/** Accuracy trend, time per question, subject and chapter accuracy: from the attempts on this device. */
export function AnalyticsScreen({ user }: { user: User }) {
  const { t, formatDate, formatNumber } = useI18n();
  const a = t.learn.analytics;
  const attempts = useAnalyticsAttempts(user.id);
  const units = useUnits().data;
  const unitTitles = useMemo(() => new Map(units.map((u) => [u.id, u.title])), [units]);
  const data = useMemo(() => buildAnalytics(attempts.data, Date.now(), units.map((u) => u.id)), [attempts.data, units]);

  const groupBar = (g: GroupAccuracy, label: string, lang?: string) => ({
    label,
    value: g.accuracy,
    valueText: a.accuracyOf(pct(g.accuracy), g.attempts),
    ...(SUBJECT_TONE[g.subject] ? { tone: SUBJECT_TONE[g.subject] } : {}),
    ...(lang ? { lang } : {}),
  });
  const subjectName = (code: string) => t.subject[code as keyof typeof t.subject] ?? code;
  const activeWeeks = data.weeks.filter((w) => w.attempts > 0);
  const best = activeWeeks.reduce<(typeof activeWeeks)[number] | null>((b, w) => (b === null || w.accuracy > b.accuracy ? w : b), null);
  const slowest = data.subjects.reduce<GroupAccuracy | null>((b, s) => (b === null || s.medianS > b.medianS ? s : b), null);
  const modal = data.timeBuckets.reduce((b, x) => (x.count > b.count ? x : b), data.timeBuckets[0] ?? { fromS: 0, toS: null, count: 0 });
  const bucketLabel = (fromS: number, toS: number | null) => (toS === null ? a.timeOver(fromS) : a.timeRange(fromS, toS));

  return (
    <section className="page learn">
      <header className="page__header">
        <h1 className="page__title" tabIndex={-1} data-focus-target>
          {a.title}
        </h1>
        <p className="page__subtitle">{a.lead}</p>
      </header>
      {attempts.isLoading ? <Loading label={t.app.loading} /> : null}
      {!attempts.isLoading && data.total === 0 ? (
        <div className="card empty">
          <p className="empty__title">{a.emptyTitle}</p>
          <p>{a.emptyBody}</p>
          <Link to="/practice" className="button button--primary">
            {a.emptyAction}
          </Link>
        </div>
      ) : null}
      {data.total > 0 ? (
        <>
          <p className="learn__summary">{a.summary(data.total, pct(data.correct / data.total))}</p>
          <section className="card" aria-labelledby="trend-heading">
            <h2 id="trend-heading" className="card__title">
              {a.trendHeading}
            </h2>
            <LineChart
              text={{
                title: a.trendHeading,
                desc: best ? a.trendDesc(activeWeeks.length, pct(best.accuracy), formatDate(best.week)) : a.trendNone,
                columns: [a.weekOf, a.accuracy],
              }}
              points={data.weeks.map((w) => ({
                label: formatDate(w.week).replace(/\s*\d{4}$/, ''),
                value: w.attempts === 0 ? null : w.accuracy,
                valueText: w.attempts === 0 ? a.noAttempts : a.accuracyOf(pct(w.accuracy), w.attempts),
              }))}
            />
          </section>
          <section className="card" aria-labelledby="time-heading">
            <h2 id="time-heading" className="card__title">
              {a.timeHeading}
            </h2>
            <BarChart
              text={{ title: a.timeHeading, desc: a.timeDesc(bucketLabel(modal.fromS, modal.toS), modal.count), columns: [a.timeColumn, a.questionsColumn] }}
              max={Math.max(1, ...data.timeBuckets.map((b) => b.count))}
              bars={data.timeBuckets.map((b) => ({ label: bucketLabel(b.fromS, b.toS), value: b.count, valueText: formatNumber(b.count) }))}
            />
            <h3 className="learn__subheading">{a.medianHeading}</h3>
            <BarChart
              text={{
                title: a.medianHeading,
                desc: slowest ? a.medianDesc(subjectName(slowest.subject), Math.round(slowest.medianS)) : a.trendNone,
                columns: [a.subjectColumn, a.secondsColumn],
              }}
              max={Math.max(1, ...data.subjects.map((s) => s.medianS))}
              bars={data.subjects.map((s) => ({
                label: subjectName(s.key),
                value: s.medianS,
                valueText: a.seconds(Math.round(s.medianS)),
                ...(SUBJECT_TONE[s.key] ? { tone: SUBJECT_TONE[s.key] } : {}),
              }))}
            />
          </section>
          <section className="card" aria-labelledby="subject-acc-heading">
            <h2 id="subject-acc-heading" className="card__title">
              {a.subjectHeading}
            </h2>
            <BarChart
              text={{ title: a.subjectHeading, desc: a.groupDesc(data.subjects.length), columns: [a.subjectColumn, a.accuracy] }}
              max={1}
              bars={data.subjects.map((s) => groupBar(s, subjectName(s.key)))}
            />
          </section>
          <section className="card" aria-labelledby="unit-acc-heading">
            <h2 id="unit-acc-heading" className="card__title">
              {a.unitHeading}
            </h2>
            <BarChart
              text={{ title: a.unitHeading, desc: a.groupDesc(data.units.length), columns: [a.unitColumn, a.accuracy] }}
              max={1}
              bars={data.units.map((u) => groupBar(u, unitTitles.get(u.key) ?? u.key, 'en'))}
            />
          </section>
        </>
      ) : null}
    </section>
  );
}
