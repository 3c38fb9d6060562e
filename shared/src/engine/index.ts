/**
 * Public entry of the learning engine: pure and deterministic (see docs/architecture.md). Time
 * is always an epoch-ms argument and randomness a seeded PRNG.
 */
export * from './errors.ts';
export * from './prng.ts';
export * from './hlc.ts';
export * from './graph.ts';
export * from './events.ts';
export * from './mastery/trace.ts';
export * from './mastery/features.ts';
export * from './mastery/logistic-model.ts';
export * from './mastery/calibrate.ts';
export * from './mastery/metrics.ts';
export * from './mastery/kt-replay.ts';
export * from './schedule/review.ts';
export * from './schedule/day-review.ts';
export * from './schedule/day-plan.ts';
export * from './schedule/new-concepts.ts';
export * from './schedule/review-log.ts';
export * from './schedule/study-settings.ts';
export * from './schedule/planner.ts';
export * from './schedule/reveal.ts';
export * from './schedule/phase.ts';
export * from './schedule/streak.ts';
export * from './schedule/strategy.ts';
export * from './scoring/marking.ts';
export * from './scoring/paper.ts';
export * from './scoring/percentile.ts';
export * from './scoring/ranking.ts';
export * from './scoring/responses.ts';
export * from './scoring/sitting.ts';
export * from './assembly/information.ts';
export * from './assembly/diagnostic.ts';
export * from './assembly/weekly.ts';
export * from './assembly/benchmark.ts';
export * from './state/context.ts';
export * from './state/student-state.ts';
export * from './state/calibration.ts';
export * from './burnout/signals.ts';
export * from './burnout/burnout.ts';
export * from './burnout/simulate.ts';
