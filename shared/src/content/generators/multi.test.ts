import { describe, expect, it } from 'vitest';
import { instantiate } from './framework.ts';
import { multi } from './spec.ts';
import type { GeneratorDef } from './types.ts';
import { verifyGenerator } from './verify.ts';

// A multi-correct generator: which of four integers n, n+1, n+2, n+3 are even.
const evens: GeneratorDef = {
  id: 'test.multi.evens',
  subject: 'MATH',
  concepts: ['M.SETS.OPS'],
  difficulty: 1,
  build(rng) {
    const n = rng.int(1, 50);
    return multi({
      params: { n },
      text: `Which of these are even?`,
      options: [0, 1, 2, 3].map((k) => ({ text: String(n + k), correct: (n + k) % 2 === 0 })),
      solution: 'Even numbers are divisible by 2.',
    });
  },
};

describe('multi-correct specs', () => {
  it('key the true statements, sorted, as a MULTI question', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const q = instantiate(evens, seed).question;
      expect(q.type).toBe('MULTI');
      const keyed = (q.options ?? []).filter((o) => q.answer.includes(o.key)).map((o) => Number(o.text));
      expect(keyed.length).toBe(2);
      expect(keyed.every((v) => v % 2 === 0)).toBe(true);
      expect(q.answer).toBe([...q.answer].sort().join(''));
    }
  });

  it('verifyGenerator accepts an independent check and catches a wrong one', () => {
    const right = (p: Record<string, number>) => [0, 1, 2, 3].map((k) => (p.n as number) + k).filter((v) => v % 2 === 0).map(String);
    const wrong = (p: Record<string, number>) => [0, 1, 2, 3].map((k) => (p.n as number) + k).filter((v) => v % 2 === 1).map(String);
    expect(verifyGenerator(evens, right, [1, 2, 3, 4, 5])).toEqual([]);
    expect(verifyGenerator(evens, wrong, [1, 2, 3]).length).toBe(3);
  });
});
