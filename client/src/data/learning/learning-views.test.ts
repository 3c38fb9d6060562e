import { describe, expect, it } from 'vitest';
import { loadContentGraph } from '@cr/shared/content/content-graph';
import { loadJeebenchQuestions } from '@cr/shared/content/jeebench/load';
import { createEngineContext, DEFAULT_BUDGET_MINUTES, foldStudent, NEW_MINUTES, stateDigest, type AttemptEvent } from '@cr/shared/engine/index';
import { DAY_MS } from '@cr/shared/time';
import { conceptViews, dashboardView, daysToExam, foldLearner, masteryBand, streakDays } from './learning-views.ts';
import { formatHlc } from '@cr/shared/engine/hlc';

const graph = loadContentGraph();
const questions = loadJeebenchQuestions();
const ctx = createEngineContext({ concepts: graph.concepts, prerequisites: graph.prerequisites, questions });
const T0 = Date.UTC(2026, 5, 1);
const hlc = (ms: number, n: number) => formatHlc({ wallMs: ms, counter: n, node: 'dev-1' });

/** `n` answers (all right or all wrong) to the questions of `conceptIds`, one a minute from `startMs`. */
function answers(conceptIds: string[], n: number, correct: boolean, startMs: number): AttemptEvent[] {
  const out: AttemptEvent[] = [];
  let i = 0;
  for (const conceptId of conceptIds) {
    const qs = questions.filter((q) => q.primary_concept_id === conceptId);
    for (let k = 0; k < n && qs.length > 0; k += 1) {
      const q = qs[k % qs.length];
      if (!q) continue;
      const at = startMs + i * 60_000;
      out.push({ id: `a-${conceptId}-${k}-${startMs}`, hlc: hlc(at, i), student_id: 's1', question_id: q.id, concept_id: conceptId, correct, response_time_ms: 90_000, device_time_ms: at });
      i += 1;
    }
  }
  return out;
}

const withQuestions = [...new Set(questions.map((q) => q.primary_concept_id))];
const layer1 = graph.concepts.filter((c) => c.layer === 1 && withQuestions.includes(c.id)).map((c) => c.id);

describe('dashboardView', () => {
  it('puts a new student with no exam date in the foundation phase with nothing studied', () => {
    const view = dashboardView({ ctx, state: foldStudent(ctx, 's1', []), nowMs: T0 }, null);
    expect(view.phase).toMatchObject({ phase: 'FOUNDATION', daysToExam: null, coverage: 0, mastery: 0 });
    expect(view.subjects.map((s) => s.subject)).toEqual(['CHEMISTRY', 'MATH', 'PHYSICS']);
    expect(view.subjects.every((s) => s.studied === 0 && s.mastery === 0 && s.concepts > 0)).toBe(true);
    // Nothing to review yet: the day's budget goes to new concepts with nothing to learn first.
    expect(view.plan.length).toBe(Math.floor(DEFAULT_BUDGET_MINUTES.FOUNDATION / NEW_MINUTES));
    expect(view.plan.every((p) => p.kind === 'new' && p.dueMs === null && p.mastery === 0 && p.reason.code === 'new')).toBe(true);
    expect(view.planSummary).toMatchObject({ budgetMinutes: DEFAULT_BUDGET_MINUTES.FOUNDATION, deferred: 0 });
    expect(view.planSummary.plannedMinutes).toBeLessThanOrEqual(view.planSummary.budgetMinutes);
    // Subjects are interleaved: the first three new concepts come from three subjects.
    const subjectOf = new Map(graph.concepts.map((c) => [c.id, c.subject]));
    expect(new Set(view.plan.slice(0, 3).map((p) => subjectOf.get(p.conceptId))).size).toBe(3);
  });

  it('fits the plan to the minutes the student set', () => {
    const view = dashboardView({ ctx, state: foldStudent(ctx, 's1', []), nowMs: T0 }, null, { studyMinutes: 45 });
    expect(view.planSummary.budgetMinutes).toBe(45);
    expect(view.plan.reduce((n, p) => n + p.minutes, 0)).toBeLessThanOrEqual(45);
    expect(view.plan.length).toBe(2);
  });

  it('counts studied concepts, and plans their reviews once they fall due', () => {
    const studied = layer1.slice(0, 4);
    const events = answers(studied, 6, true, T0);
    const state = foldStudent(ctx, 's1', events);
    const today = dashboardView({ ctx, state, nowMs: T0 + DAY_MS / 2 }, new Date(T0 + 200 * DAY_MS).toISOString());
    expect(today.phase.daysToExam).toBe(200);
    expect(today.subjects.reduce((n, s) => n + s.studied, 0)).toBeGreaterThanOrEqual(studied.length);
    expect(today.phase.coverage).toBeGreaterThan(0);
    expect(today.plan.some((p) => p.kind === 'review' && p.reason.code === 'due')).toBe(false);
    // Months later every card is due: reviews lead the plan.
    const later = dashboardView({ ctx, state, nowMs: T0 + 400 * DAY_MS }, null);
    expect(later.plan[0]?.kind).toBe('review');
    expect(later.plan[0]?.reason.code).toBe('due');
    expect(later.plan.filter((p) => p.kind === 'review').every((p) => state.cards.has(p.conceptId))).toBe(true);
  });

  it('in the final sprint plans new concepts only where they are open, within the budget', () => {
    const state = foldStudent(ctx, 's1', answers(layer1.slice(0, 2), 3, false, T0));
    const view = dashboardView({ ctx, state, nowMs: T0 + 30 * DAY_MS }, new Date(T0 + 40 * DAY_MS).toISOString());
    expect(view.phase.phase).toBe('FINAL_SPRINT');
    expect(view.planSummary.plannedMinutes).toBeLessThanOrEqual(view.planSummary.budgetMinutes);
    const views = conceptViews({ ctx, state, nowMs: T0 + 30 * DAY_MS });
    for (const p of view.plan) {
      expect(p.reason.code === 'new').toBe(p.kind === 'new');
      if (p.kind === 'new') expect(views.get(p.conceptId)?.revealed).toBe(true);
      else expect(state.cards.has(p.conceptId)).toBe(true);
    }
  });
});

describe('conceptViews', () => {
  it('locks concepts behind unmastered HARD prerequisites and names them', () => {
    const views = conceptViews({ ctx, state: foldStudent(ctx, 's1', []), nowMs: T0 });
    expect(views.size).toBe(graph.concepts.length);
    const locked = [...views.values()].filter((v) => !v.revealed);
    expect(locked.length).toBeGreaterThan(0);
    for (const v of locked) {
      expect(v.lockedBy.length).toBeGreaterThan(0);
      for (const id of v.lockedBy) expect(v.prerequisites).toContainEqual({ id, hard: true });
    }
    for (const v of views.values()) {
      for (const d of v.dependents) expect(views.get(d)?.prerequisites.map((p) => p.id)).toContain(v.id);
      expect(masteryBand(v)).toBe('none');
    }
  });

  it('reveals a dependent once its prerequisites are answered right', () => {
    const before = conceptViews({ ctx, state: foldStudent(ctx, 's1', []), nowMs: T0 });
    const target = [...before.values()].find((v) => !v.revealed && v.lockedBy.every((id) => withQuestions.includes(id)));
    expect(target).toBeDefined();
    if (!target) return;
    const state = foldStudent(ctx, 's1', answers([...target.lockedBy], 12, true, T0));
    const after = conceptViews({ ctx, state, nowMs: T0 + DAY_MS });
    expect(after.get(target.id)?.revealed).toBe(true);
    expect(after.get(target.id)?.lockedBy).toEqual([]);
    for (const id of target.lockedBy) expect(after.get(id)?.studied).toBe(true);
  });
});

describe('streakDays and daysToExam', () => {
  const now = Date.parse('2026-06-10T12:00:00Z');
  it('counts consecutive days ending today or yesterday', () => {
    expect(streakDays([], now)).toBe(0);
    expect(streakDays(['2026-06-10', '2026-06-09', '2026-06-07'], now)).toBe(2);
    expect(streakDays(['2026-06-09', '2026-06-08'], now)).toBe(2);
    expect(streakDays(['2026-06-08'], now)).toBe(0);
  });
  it('rounds days to the exam up and tolerates a missing or bad date', () => {
    expect(daysToExam('2026-06-11', now)).toBe(1);
    expect(daysToExam(null, now)).toBeNull();
    expect(daysToExam('not a date', now)).toBeNull();
  });
});

describe('foldLearner', () => {
  const events = [...answers(layer1.slice(0, 3), 5, true, T0), ...answers(layer1.slice(3, 5), 4, false, T0 + DAY_MS)];

  it('applies only new attempts and ends where the full fold does, late arrivals included', () => {
    const full = foldStudent(ctx, 's1', events);
    const first = foldLearner(ctx, 's1', events.slice(0, 10), T0);
    const next = foldLearner(ctx, 's1', events, T0, first);
    expect(stateDigest(ctx, next.state)).toBe(stateDigest(ctx, full));
    // An attempt synced late from another device sorts before ones already applied.
    const late = events.filter((_, i) => i !== 3);
    const partial = foldLearner(ctx, 's1', late, T0);
    expect(stateDigest(ctx, foldLearner(ctx, 's1', events, T0, partial).state)).toBe(stateDigest(ctx, full));
  });

  it('folds from scratch when a row it had is gone or the content changed', () => {
    const all = foldLearner(ctx, 's1', events, T0);
    const fewer = events.slice(0, 5);
    expect(stateDigest(ctx, foldLearner(ctx, 's1', fewer, T0, all).state)).toBe(stateDigest(ctx, foldStudent(ctx, 's1', fewer)));
    const other = createEngineContext({ concepts: graph.concepts, prerequisites: graph.prerequisites, questions });
    const again = foldLearner(other, 's1', events, T0, foldLearner(ctx, 's1', events.slice(0, 4), T0));
    expect(stateDigest(other, again.state)).toBe(stateDigest(other, foldStudent(other, 's1', events)));
  });
});
