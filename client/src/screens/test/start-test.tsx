import { useEffect, useState } from 'react';
import type { User } from '@cr/shared/schemas/api';
import { useContentSync } from '../../data/learning/screens-queries.ts';
import { hasBenchmarkSitting, startBenchmark, startTest, type StartOutcome } from '../../data/sittings/tests-start.ts';
import { benchmarkOpen, useBenchmark } from '../../data/sittings/tests-benchmarks.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { Link, navigate } from '../../router.tsx';
import { Loading } from '../../ui/states.tsx';
import { useLocalDb } from '../../data/sync/local-data.tsx';

type Phase = { status: 'working' } | { status: 'empty' } | { status: 'closed' } | { status: 'error'; error: unknown };

function follow(outcome: StartOutcome): Phase | null {
  if (outcome.kind === 'empty') return { status: 'empty' };
  navigate(outcome.kind === 'taken' ? `/results/${outcome.sittingId}` : `/test/${outcome.sittingId}`, { replace: true });
  return null;
}

/**
 * /test/diagnostic and /test/weekly: resumes the test of that kind in progress, or assembles a new
 * one on the device (the diagnostic only once: after it was taken this shows its result).
 */
export function StartTest({ user, kind, pattern = 'JEE_MAIN' }: { user: User; kind: 'DIAGNOSTIC' | 'WEEKLY'; pattern?: 'JEE_MAIN' | 'JEE_ADVANCED' }) {
  const db = useLocalDb();
  const { t } = useI18n();
  const content = useContentSync();
  const [phase, setPhase] = useState<Phase>({ status: 'working' });
  // Right after the first sign-in the bank is still downloading: wait for the first full sync
  // (showing its progress) instead of assembling a paper from part of the bank.
  useEffect(() => {
    if (!content.ready) return;
    let live = true;
    startTest(db, user.id, kind, pattern).then(
      (outcome) => {
        const next = follow(outcome);
        if (live && next) setPhase(next);
      },
      (error: unknown) => {
        if (live) setPhase({ status: 'error', error });
      },
    );
    return () => {
      live = false;
    };
  }, [db, user.id, kind, pattern, content.ready]);
  if (!content.ready && content.stuck) return <StartPhase phase={{ status: 'empty' }} />;
  if (!content.ready) {
    return <Loading label={content.fraction === null ? t.screens.bank.waiting : t.screens.bank.downloading(Math.round(content.fraction * 100))} />;
  }
  return <StartPhase phase={phase} />;
}

/** /test/benchmark/<id>: starts (or resumes) an open monthly benchmark of the student's class. */
export function StartBenchmark({ user, benchmarkId }: { user: User; benchmarkId: string }) {
  const db = useLocalDb();
  const { data, isLoading } = useBenchmark(benchmarkId);
  const benchmark = data[0];
  const [phase, setPhase] = useState<Phase>({ status: 'working' });
  useEffect(() => {
    if (isLoading) return;
    if (!benchmark) {
      setPhase({ status: 'closed' });
      return;
    }
    let live = true;
    (async () => {
      const existing = await hasBenchmarkSitting(db, user.id, benchmark.id);
      if (!existing && !benchmarkOpen(benchmark, Date.now())) return { status: 'closed' } as const;
      return follow(await startBenchmark(db, user.id, benchmark));
    })().then(
      (next) => {
        if (live && next) setPhase(next);
      },
      (error: unknown) => {
        if (live) setPhase({ status: 'error', error });
      },
    );
    return () => {
      live = false;
    };
  }, [db, user.id, benchmark, isLoading]);
  return <StartPhase phase={phase} />;
}

function StartPhase({ phase }: { phase: Phase }) {
  const { t } = useI18n();
  if (phase.status === 'working') return <Loading label={t.test.preparing} />;
  return (
    <section className="stack">
      <h1 tabIndex={-1} data-focus-target>
        {t.test.title}
      </h1>
      <p className="notice notice--error" role="alert">
        {phase.status === 'empty' ? t.test.empty : phase.status === 'closed' ? t.test.benchmarkStates.closed : t.test.startFailed}
      </p>
      <Link to="/tests">{t.test.backToTests}</Link>
    </section>
  );
}
