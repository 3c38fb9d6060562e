import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPrng, randomNormal } from '../prng.ts';
import { calibrate, calibrateModel, NEW_STUDENT_ANSWERS, newStudentAccuracy } from './calibrate.ts';
import { ktRowToAnswer, parseKtFile, parseKtTable, parseKtTsv, replayOnline, type KtRow } from './kt-replay.ts';
import { cloneModel, conceptMastery, createModel, DEFAULT_MODEL_CONFIG, exportParams, learnAttempt, predictCorrect, PREVIOUS_MODEL_CONFIG, RECENT_PRIOR_PARAM } from './logistic-model.ts';
import { auc } from './metrics.ts';
import { cloneTrace, createTrace, RECENT_PRIOR } from './trace.ts';

/** Students with known ability answering items of known difficulty, improving with practice. */
function simulate(seed: number, students = 30, answers = 150): KtRow[] {
  const rng = createPrng(seed);
  const items = Array.from({ length: 40 }, () => randomNormal(rng));
  const rows: KtRow[] = [];
  for (let s = 0; s < students; s++) {
    const theta = randomNormal(rng);
    const practice = new Map<number, number>();
    for (let k = 0; k < answers; k++) {
      const i = Math.floor(rng() * items.length);
      const n = practice.get(i % 8) ?? 0;
      const p = 1 / (1 + Math.exp(-(theta - (items[i] as number) + 0.4 * Math.log1p(n))));
      practice.set(i % 8, n + 1);
      rows.push({ userId: `u${s}`, itemId: `i${i}`, timestampMs: 0, correct: rng() < p, skillIds: [`s${i % 8}`] });
    }
  }
  return rows;
}

describe('parseKtTsv', () => {
  it('detects a header line and reads rows', () => {
    const rows = parseKtTsv('user_id\titem_id\ttimestamp\tcorrect\tskill_id\n8\t7\t0\t0\t6\n8\t23\t1700000000\t1\t8,9\n');
    expect(rows).toEqual([
      { userId: '8', itemId: '7', timestampMs: 0, correct: false, skillIds: ['6'] },
      { userId: '8', itemId: '23', timestampMs: 1_700_000_000_000, correct: true, skillIds: ['8', '9'] },
    ]);
  });

  it('reads files without a header, CRLF, and missing skills', () => {
    expect(parseKtTsv('1\t2\t0\t1\tNaN\r\n1\t3\t0\t0.0\t\r\n')).toEqual([
      { userId: '1', itemId: '2', timestampMs: 0, correct: true, skillIds: [] },
      { userId: '1', itemId: '3', timestampMs: 0, correct: false, skillIds: [] },
    ]);
  });

  it('names the bad line', () => {
    expect(() => parseKtTsv('1\t2\t0\t1\t5\n1\t2\t0\tyes\t5\n')).toThrow(/line 2/);
  });
});

describe('parseKtTable / parseKtFile', () => {
  const csv = 'order_id,user_id,problem_id,correct,skill_name\n5,u1,p1,1,"Area, rectangle"\n6,u1,p2,0,\n';

  it('maps named columns of a CSV file, quoted fields included', () => {
    const rows = parseKtTable(csv, { columns: { item_id: 'problem_id', skill_id: 'skill_name', timestamp: 'order_id' } });
    expect(rows).toEqual([
      { userId: 'u1', itemId: 'p1', timestampMs: 5000, correct: true, skillIds: ['Area', ' rectangle'].map((x) => x) },
      { userId: 'u1', itemId: 'p2', timestampMs: 6000, correct: false, skillIds: [] },
    ]);
  });

  it('names every missing column and lists the header', () => {
    expect(() => parseKtTable(csv)).toThrow(/missing column 'item_id'; the header has: order_id, user_id, problem_id, correct, skill_name/);
    expect(() => parseKtTable(csv, { columns: { item_id: 'problem', skill_id: 'skill' } })).toThrow(/'problem' \(for item_id\), 'skill' \(for skill_id\)/);
  });

  it('joins several columns into one field with +, e.g. a KDD Cup step', () => {
    const kdd =
      'Anon Student Id\tProblem Name\tStep Name\tFirst Transaction Time\tCorrect First Attempt\tKC(Default)\n' +
      's1\tP1\tx+1=2\t2005-09-09T12:24:35Z\t1\tA~~B\n' +
      's1\tP1\tx=1\t2005-09-09T12:25:00Z\t0\t\n';
    const columns = { user_id: 'Anon Student Id', item_id: 'Problem Name+Step Name', timestamp: 'First Transaction Time', correct: 'Correct First Attempt', skill_id: 'KC(Default)' };
    expect(parseKtFile(kdd, { columns })).toEqual([
      { userId: 's1', itemId: 'P1+x+1=2', timestampMs: Date.parse('2005-09-09T12:24:35Z'), correct: true, skillIds: ['A', 'B'] },
      { userId: 's1', itemId: 'P1+x=1', timestampMs: Date.parse('2005-09-09T12:25:00Z'), correct: false, skillIds: [] },
    ]);
    // A column literally named with a + is read as that column; a missing part is named.
    expect(parseKtTable('u\ta+b\tcorrect\nx\tq\t1\n', { columns: { user_id: 'u', item_id: 'a+b' } })[0]?.itemId).toBe('q');
    expect(() => parseKtTable(kdd, { columns: { ...columns, item_id: 'Problem Name+Step' } })).toThrow(/missing column 'Step' \(for item_id\)/);
  });

  it('names a bad correct value with its line', () => {
    expect(() => parseKtTable('user_id\titem_id\tcorrect\nu\ti\t1\nu\ti\t0.5\n')).toThrow(/line 3: column correct must be 0 or 1, got '0.5'/);
  });

  it('reads headerless TSV and headed files alike', () => {
    const headed = 'user_id\titem_id\ttimestamp\tcorrect\tskill_id\n8\t7\t0\t0\t6\n';
    expect(parseKtFile(headed)).toEqual(parseKtTsv(headed));
    expect(parseKtFile('8\t7\t0\t0\t6\n')).toEqual([{ userId: '8', itemId: '7', timestampMs: 0, correct: false, skillIds: ['6'] }]);
    expect(parseKtFile('correct,item_id,user_id\n1,a,b\n', { timestampUnit: 'ms' })).toEqual([{ userId: 'b', itemId: 'a', timestampMs: 0, correct: true, skillIds: [] }]);
  });
});

describe('mastery model', () => {
  it('predicts held-out-in-time answers of simulated students well (AUC > 0.7)', () => {
    const { predictions, outcomes } = replayOnline(simulate(1));
    expect(auc(predictions, outcomes)).toBeGreaterThan(0.7);
  });

  it('is deterministic: two replays give bit-identical predictions', () => {
    const rows = simulate(2, 10, 80);
    expect(replayOnline(rows).predictions).toEqual(replayOnline(rows).predictions);
  });

  it('learnAttempt returns the prediction made before seeing the answer', () => {
    const model = createModel();
    const trace = createTrace('s');
    const item = { itemId: 'q1', skills: [{ id: 'K', share: 1 }], difficultyPrior: 3 };
    for (let k = 0; k < 10; k++) {
      const before = predictCorrect(model, trace, item);
      expect(learnAttempt(model, trace, item, k % 3 !== 0)).toBe(before);
    }
  });

  it('property: mastery after right answers exceeds mastery after wrong ones, all in (0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 25 }), (n) => {
        const good = { model: createModel(), trace: createTrace('g') };
        const bad = { model: createModel(), trace: createTrace('b') };
        for (let k = 0; k < n; k++) {
          const item = { itemId: `q${k % 4}`, skills: [{ id: 'K', share: 1 }] };
          learnAttempt(good.model, good.trace, item, true);
          learnAttempt(bad.model, bad.trace, item, false);
        }
        const mg = conceptMastery(good.model, good.trace, 'K');
        const mb = conceptMastery(bad.model, bad.trace, 'K');
        expect(mg).toBeGreaterThan(mb);
        for (const m of [mg, mb]) {
          expect(m).toBeGreaterThan(0);
          expect(m).toBeLessThan(1);
        }
      }),
    );
  });

  it('harder author difficulty lowers P(correct) for an unseen question', () => {
    const model = createModel();
    const trace = createTrace('s');
    const p = (d: number) => predictCorrect(model, trace, { itemId: 'new', skills: [{ id: 'K', share: 1 }], difficultyPrior: d });
    expect(p(1)).toBeGreaterThan(p(3));
    expect(p(3)).toBeGreaterThan(p(5));
  });

  it('related evidence moves counts on prerequisites without marking them attempted', () => {
    const model = createModel();
    const trace = createTrace('s');
    learnAttempt(model, trace, { itemId: 'q', skills: [{ id: 'ADV', share: 1 }] }, true, { related: [{ id: 'PRE', share: 0.4 }] });
    expect(trace.skills.get('PRE')).toMatchObject({ attempts: 0.4, wins: 0.4, lastStep: -1 });
    expect(trace.skills.get('ADV')).toMatchObject({ attempts: 1, wins: 1, lastStep: 0 });
  });

  it('calibrated params ship without student weights and reproduce the population part', () => {
    const rows = simulate(3, 12, 60);
    const model = calibrateModel(rows.map((r) => ({ studentId: r.userId, item: { itemId: r.itemId, skills: r.skillIds.map((id) => ({ id, share: 1 })) }, correct: r.correct })));
    const params = exportParams(model);
    expect(Object.keys(params.weights).some((k) => k.startsWith('u:') || k.startsWith('us:') || k.startsWith('ui:'))).toBe(false);
    expect(Object.keys(params.weights).some((k) => k.startsWith('i:'))).toBe(true);
    const shipped = createModel(params);
    const fresh = createTrace('newcomer');
    const item = { itemId: 'i3', skills: [{ id: 's3', share: 1 }] };
    expect(predictCorrect(shipped, fresh, item)).toBeCloseTo(predictCorrect(model, fresh, item), 12);
    // Learning on the device never writes into the shared base.
    const before = JSON.stringify(exportParams(createModel(params)));
    learnAttempt(shipped, fresh, item, false);
    expect(JSON.stringify(exportParams(createModel(params)))).toBe(before);
  });

  it('calibration ships the new-student accuracy as the recent prior, and new traces start from it', () => {
    // Students who start weak: their first answers are mostly wrong, later ones mostly right.
    const rows: KtRow[] = [];
    for (let u = 0; u < 20; u++) {
      for (let k = 0; k < 40; k++) rows.push({ userId: `u${u}`, itemId: `i${k % 7}`, timestampMs: 0, correct: k < NEW_STUDENT_ANSWERS ? k % 5 === 0 : k % 5 !== 0, skillIds: ['s'] });
    }
    const answers = rows.map(ktRowToAnswer);
    const prior = newStudentAccuracy(answers);
    // (10 × 0.7 + 20 students × 2 right of 10) / (10 + 200), shrunk towards the default.
    expect(prior).toBeCloseTo((NEW_STUDENT_ANSWERS * RECENT_PRIOR + 40) / (NEW_STUDENT_ANSWERS + 200), 12);
    const params = exportParams(calibrateModel(answers));
    expect(params.weights[RECENT_PRIOR_PARAM]).toBeCloseTo(prior, 12);
    const shipped = createModel(params);
    expect(shipped.recentPrior).toBeCloseTo(prior, 12);
    expect(createTrace('x', shipped.recentPrior).recent).toEqual([shipped.recentPrior, shipped.recentPrior, shipped.recentPrior]);
    // Without the calibrated prior the constant one is kept and none shipped; a bad shipped value is ignored.
    expect(exportParams(calibrateModel(answers, undefined, { ...DEFAULT_MODEL_CONFIG, calibratedPrior: false })).weights[RECENT_PRIOR_PARAM]).toBeUndefined();
    expect(createModel({ weights: { [RECENT_PRIOR_PARAM]: 1.5 }, accumulators: {} }).recentPrior).toBe(RECENT_PRIOR);
    // A new student is predicted lower than with the constant prior (their recent accuracy starts lower).
    const item = { itemId: 'i1', skills: [{ id: 's', share: 1 }] };
    expect(predictCorrect(shipped, createTrace('n', shipped.recentPrior), item)).toBeLessThan(predictCorrect(shipped, createTrace('n'), item));
  });

  it('step sizes: keyedAccumulator, firstAnswerBoost (first answers only) and personalRate', () => {
    const item = { itemId: 'q', skills: [{ id: 'K', share: 1 }] };
    const first = (config: typeof DEFAULT_MODEL_CONFIG) => {
      const model = createModel(undefined, config);
      const trace = createTrace('s');
      learnAttempt(model, trace, item, false);
      const params = exportParams(model);
      return { model, trace, question: params.weights['i:q'] as number, accumulator: params.accumulators['i:q'] as number, ability: trace.ability.w };
    };
    const plain = { ...DEFAULT_MODEL_CONFIG, keyedAccumulator: 1, firstAnswerBoost: 1, personalRate: 0.1 };
    const slow = first(plain);
    const boosted = first({ ...plain, firstAnswerBoost: 2 });
    const fast = first({ ...plain, keyedAccumulator: 0.25, personalRate: 0.2 });
    // Same prediction before the answer, so the same gradient: the accumulators differ by the start.
    expect(fast.accumulator - slow.accumulator).toBeCloseTo(0.25 - 1, 12);
    // A wrong answer makes the question harder and the student weaker, more so with larger steps.
    expect(slow.question).toBeLessThan(0);
    expect(fast.question).toBeLessThan(slow.question);
    expect(boosted.question).toBeCloseTo(2 * slow.question, 12);
    expect(boosted.ability).toBe(slow.ability);
    expect(slow.ability).toBeLessThan(0);
    expect(fast.ability).toBeCloseTo(2 * slow.ability, 12);
    // The same student's second answer takes the plain step: −rate · g / √(a + g²).
    const p = learnAttempt(boosted.model, boosted.trace, item, false);
    const g = p + 1e-6 * boosted.question;
    const after = exportParams(boosted.model);
    expect(after.weights['i:q']! - boosted.question).toBeCloseTo((-0.1 * g) / Math.sqrt(boosted.accumulator + g * g), 12);
  });

  it('the default step sizes predict simulated students at least as well as the previous ones', () => {
    for (const seed of [5, 6, 7]) {
      const rows = simulate(seed);
      const y = Uint8Array.from(rows, (r) => (r.correct ? 1 : 0));
      const now = auc(replayOnline(rows).predictions, y);
      const before = auc(replayOnline(rows, { config: PREVIOUS_MODEL_CONFIG }).predictions, y);
      expect(now).toBeGreaterThan(before - 0.002);
    }
  });

  it('clones are independent', () => {
    const model = createModel();
    const trace = createTrace('s');
    const item = { itemId: 'q', skills: [{ id: 'K', share: 1 }] };
    learnAttempt(model, trace, item, true);
    const m2 = cloneModel(model);
    const t2 = cloneTrace(trace);
    learnAttempt(m2, t2, item, false);
    expect(trace.attempts).toBe(1);
    expect(predictCorrect(model, trace, item)).not.toBe(predictCorrect(m2, t2, item));
  });
});

describe('calibrate', () => {
  it('carries personal weights across passes while counters restart each pass', () => {
    const rows = simulate(4, 6, 40);
    const answers = rows.map((r) => ({ studentId: r.userId, item: { itemId: r.itemId, skills: r.skillIds.map((id) => ({ id, share: 1 })) }, correct: r.correct }));
    const one = calibrate(answers, 1);
    const two = calibrate(answers, 2);
    const t1 = one.traces.get('u0')!;
    const t2 = two.traces.get('u0')!;
    expect(t2.attempts).toBe(t1.attempts);
    expect(t2.step).toBe(t1.step);
    expect(t2.ability.a).toBeGreaterThan(t1.ability.a);
  });
});
