import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../schemas/content.ts';
import { scorePaper } from './paper.ts';
import { ntaPercentiles, percentileOf, predictAllIndiaRank } from './percentile.ts';
import { rankSubmissions, type Submission } from './ranking.ts';

const subj = (marks: number, right = 0, wrong = 0) => ({ marks, right, wrong });
const sub = (id: string, m: number, p: number, c: number, ratios: [number, number][] = []): Submission => {
  const zero: [number, number] = [0, 0];
  const [rm, rp, rc] = [ratios[0] ?? zero, ratios[1] ?? zero, ratios[2] ?? zero];
  return {
    id,
    total: subj(m + p + c, rm[0] + rp[0] + rc[0], rm[1] + rp[1] + rc[1]),
    bySubject: { MATH: subj(m, ...rm), PHYSICS: subj(p, ...rp), CHEMISTRY: subj(c, ...rc) },
  };
};

describe('NTA percentile', () => {
  it.each([
    [[100, 90, 90, 50], [100, 75, 75, 25]],
    [[10], [100]],
    [[5, 5, 5], [100, 100, 100]],
    [[1, 2, 3], [33.3333333, 66.6666667, 100]],
  ])('scores %j → %j', (scores, expected) => {
    expect([...ntaPercentiles(scores)]).toEqual(expected);
  });

  it('rounds to 7 decimals half up', () => {
    expect(percentileOf(2, 3)).toBe(66.6666667);
    expect(percentileOf(1, 7)).toBe(14.2857143);
  });

  const scoresArb = fc.array(fc.integer({ min: -75, max: 300 }), { minLength: 1, maxLength: 300 });

  it('property: monotone in score, equal for ties, top is 100, all in (0, 100]', () => {
    fc.assert(
      fc.property(scoresArb, (scores) => {
        const p = ntaPercentiles(scores);
        for (let i = 0; i < scores.length; i++) {
          for (let j = 0; j < scores.length; j++) {
            if (scores[i]! === scores[j]!) expect(p[i]).toBe(p[j]);
            if (scores[i]! > scores[j]!) expect(p[i]!).toBeGreaterThan(p[j]!);
          }
          expect(p[i]!).toBeGreaterThan(0);
          expect(p[i]!).toBeLessThanOrEqual(100);
        }
        expect(p[scores.indexOf(Math.max(...scores))]).toBe(100);
      }),
    );
  });

  it('property: matches the definition 100 × count(≤) / N', () => {
    fc.assert(
      fc.property(scoresArb, (scores) => {
        const p = ntaPercentiles(scores);
        scores.forEach((s, i) => {
          const exact = (100 * scores.filter((x) => x <= s).length) / scores.length;
          expect(Math.abs(p[i]! - exact)).toBeLessThanOrEqual(5e-8);
        });
      }),
    );
  });

  it.each([
    [100, 1_350_000, 1],
    [99, 1_350_000, 13_501],
    [50, 1000, 501],
    [0, 1000, 1000],
  ])('predicted AIR at %d percentile of %d = %d', (p, n, rank) => {
    expect(predictAllIndiaRank(p, n)).toBe(rank);
  });

  it('property: predicted AIR is monotone non-increasing in percentile', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
        fc.pre(a <= b);
        expect(predictAllIndiaRank(b)).toBeLessThanOrEqual(predictAllIndiaRank(a));
      }),
    );
  });
});

describe('ranking tie-breaks', () => {
  it('orders by total, then Maths, Physics, Chemistry percentile, then wrong/right ratios', () => {
    const subs = [
      sub('low', 10, 10, 10),
      sub('chem', 30, 30, 40),
      sub('math', 40, 30, 30),
      sub('phys', 30, 40, 30),
      sub('math-careful', 40, 30, 30, [[10, 1], [5, 5], [5, 5]]),
      sub('math-careless', 40, 30, 30, [[10, 5], [5, 5], [5, 5]]),
      sub('tied-a', 5, 5, 5, [[1, 1]]),
      sub('tied-b', 5, 5, 5, [[1, 1]]),
    ];
    const byId = new Map(rankSubmissions(subs).map((s) => [s.id, s.rank]));
    // math-careful: ratio 11/20 < math-careless 15/20 < math (no answers counted: ratio 0)
    expect(byId.get('math')).toBe(1);
    expect(byId.get('math-careful')).toBe(2);
    expect(byId.get('math-careless')).toBe(3);
    expect(byId.get('phys')).toBe(4);
    expect(byId.get('chem')).toBe(5);
    expect(byId.get('low')).toBe(6);
    expect(byId.get('tied-a')).toBe(7);
    expect(byId.get('tied-b')).toBe(7);
  });

  it('breaks an overall-ratio tie by the Maths ratio, then Physics', () => {
    const a = sub('a', 10, 10, 10, [[2, 2], [2, 1], [2, 1]]);
    const b = sub('b', 10, 10, 10, [[2, 1], [2, 2], [2, 1]]);
    const c = sub('c', 10, 10, 10, [[2, 1], [2, 1], [2, 2]]);
    const ranks = rankSubmissions([a, b, c]).map((s) => s.rank);
    expect(ranks).toEqual([3, 2, 1]);
  });

  const subArb = fc
    .tuple(
      fc.integer({ min: -5, max: 5 }),
      fc.integer({ min: -5, max: 5 }),
      fc.integer({ min: -5, max: 5 }),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 3 }),
    )
    .map(([m, p, c, r, w]) => sub('x', m, p, c, [[r, w]]));

  it('property: a higher total never ranks worse; equal keys share a rank; ranks are 1-based competition ranks', () => {
    fc.assert(
      fc.property(fc.array(subArb, { minLength: 1, maxLength: 60 }), (raw) => {
        const subs = raw.map((s, i) => ({ ...s, id: `s${i}` }));
        const st = rankSubmissions(subs);
        for (let i = 0; i < subs.length; i++) {
          for (let j = 0; j < subs.length; j++) {
            if (subs[i]!.total.marks > subs[j]!.total.marks) expect(st[i]!.rank).toBeLessThan(st[j]!.rank);
            if (JSON.stringify({ ...subs[i], id: '' }) === JSON.stringify({ ...subs[j], id: '' })) expect(st[i]!.rank).toBe(st[j]!.rank);
          }
          const ahead = st.filter((s) => s.rank < st[i]!.rank).length;
          expect(st[i]!.rank).toBe(ahead + 1);
        }
      }),
    );
  });

  it('property: ranking is independent of input order', () => {
    fc.assert(
      fc.property(fc.array(subArb, { minLength: 1, maxLength: 40 }), fc.integer(), (raw, seed) => {
        const subs = raw.map((s, i) => ({ ...s, id: `s${i}` }));
        const perm = [...subs].sort((a, b) => ((a.id.length * 31 + seed) % 7) - ((b.id.length * 17 + seed) % 5) || (a.id < b.id ? 1 : -1));
        const r1 = new Map(rankSubmissions(subs).map((s) => [s.id, s]));
        for (const s of rankSubmissions(perm)) expect(s).toEqual(r1.get(s.id));
      }),
    );
  });
});

describe('scorePaper', () => {
  const questions: Pick<Question, 'id' | 'subject' | 'type' | 'answer' | 'tolerance'>[] = [
    { id: 'm1', subject: 'MATH', type: 'SINGLE', answer: 'A', tolerance: null },
    { id: 'm2', subject: 'MATH', type: 'INTEGER', answer: '7', tolerance: null },
    { id: 'p1', subject: 'PHYSICS', type: 'SINGLE', answer: 'C', tolerance: null },
    { id: 'c1', subject: 'CHEMISTRY', type: 'NUMERIC', answer: '1.25', tolerance: null },
  ];

  it('tallies per subject and total', () => {
    const r = scorePaper('JEE_MAIN', questions, { m1: 'A', m2: '6', p1: null, c1: '1.4' });
    expect(r.bySubject.MATH).toEqual({ marks: 3, right: 1, wrong: 1, unanswered: 0 });
    expect(r.bySubject.PHYSICS).toEqual({ marks: 0, right: 0, wrong: 0, unanswered: 1 });
    expect(r.bySubject.CHEMISTRY).toEqual({ marks: 4, right: 1, wrong: 0, unanswered: 0 });
    expect(r.total).toEqual({ marks: 7, right: 2, wrong: 1, unanswered: 1 });
  });

  it('property: total = sum of subjects; JEE Main total within [−N, 4N]', () => {
    const resp = fc.constantFrom(null, 'A', 'B', 'C', '7', '1.25', '1.3', 'x');
    fc.assert(
      fc.property(fc.tuple(resp, resp, resp, resp), (rs) => {
        const map = Object.fromEntries(questions.map((q, i) => [q.id, rs[i]]));
        const r = scorePaper('JEE_MAIN', questions, map);
        const s = r.bySubject;
        expect(r.total.marks).toBe(s.MATH.marks + s.PHYSICS.marks + s.CHEMISTRY.marks);
        expect(r.total.right + r.total.wrong + r.total.unanswered).toBe(questions.length);
        expect(r.total.marks).toBeGreaterThanOrEqual(-questions.length);
        expect(r.total.marks).toBeLessThanOrEqual(4 * questions.length);
        expect(r.total.marks).toBe(4 * r.total.right - r.total.wrong);
      }),
    );
  });
});
