import { describe, expect, it } from 'vitest';
import { questionSchema } from '../../schemas/content.ts';
import { facts, formula } from './formula.ts';
import { instantiate, NUMERIC_TOLERANCE } from './framework.ts';
import { multi } from './spec.ts';
import type { GeneratorDef } from './types.ts';

const speed = formula({
  id: 'test.hi.speed',
  subject: 'PHYSICS',
  concepts: ['P.KIN.1D'],
  difficulty: 1,
  vars: { d: [120, 150, 180], t: [4, 5, 8] },
  text: (v) => `A car covers ${v.d} m in ${v.t} s. Find its speed.`,
  unit: 'm/s',
  answer: (v) => v.d / v.t,
  mistakes: (v) => [v.t / v.d, v.d * v.t, (2 * v.d) / v.t],
  solution: (v) => `$v = d/t = ${v.d}/${v.t}$.`,
  hi: { text: (v) => `एक कार ${v.d} m की दूरी ${v.t} s में तय करती है। उसकी चाल ज्ञात कीजिए।`, solution: (v) => `$v = d/t = ${v.d}/${v.t}$।` },
  result: [0, 100],
});

const gas = facts({
  id: 'test.hi.gas',
  subject: 'CHEMISTRY',
  concepts: ['C.STATES.GAS'],
  difficulty: 1,
  items: [{ q: 'Which gas is lightest?', a: 'hydrogen', wrong: ['helium', 'oxygen', 'nitrogen', 'argon'], why: 'H₂ has M = 2.', hi: { q: 'सबसे हल्की गैस कौन-सी है?', a: 'हाइड्रोजन', wrong: ['हीलियम', 'ऑक्सीजन', 'नाइट्रोजन', 'आर्गन'], why: 'H₂ का M = 2 है।' } }],
});

const parity: GeneratorDef = {
  id: 'test.hi.parity',
  subject: 'MATH',
  concepts: ['M.SETS.OPS'],
  difficulty: 3,
  build: (rng) => {
    const n = rng.int(1, 40);
    const words = ['even', 'odd'];
    const hiWords = ['सम', 'विषम'];
    const opts = [0, 1, 2, 3].map((k) => ({ text: `${n + k} is ${words[(n + k) % 2]}`, hi: `${n + k} ${hiWords[(n + k) % 2]} है`, correct: (n + k) % 2 === 0 }));
    return multi({ params: { n }, text: 'Which statements name an even number?', options: opts.map(({ text, correct }) => ({ text, correct })), solution: '.', hi: { text: 'कौन-से कथन सम संख्या बताते हैं?', solution: '.', options: opts.map((o) => o.hi) } });
  },
};

describe('bilingual instances', () => {
  it('numeric: Hindi stem and solution, options language-neutral, free response asks in Hindi', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const q = instantiate(speed, seed).question;
      expect(questionSchema.parse(q)).toEqual(q);
      expect(q.hi?.text).toMatch(/^एक कार/);
      expect(q.hi?.options).toBeNull();
      if (q.type === 'NUMERIC') {
        expect(q.tolerance).toBe(NUMERIC_TOLERANCE);
        expect(q.hi?.text).toMatch(/दशमलव के दो स्थानों/);
      }
    }
  });

  it('choice: Hindi options follow the English ones key for key', () => {
    const en = ['hydrogen', 'helium', 'oxygen', 'nitrogen', 'argon'];
    const hi = ['हाइड्रोजन', 'हीलियम', 'ऑक्सीजन', 'नाइट्रोजन', 'आर्गन'];
    for (let seed = 1; seed <= 40; seed++) {
      const q = instantiate(gas, seed).question;
      for (const o of q.options ?? []) {
        expect(q.hi?.options?.find((h) => h.key === o.key)?.text).toBe(hi[en.indexOf(o.text)]);
      }
      expect(q.hi?.explanation).toContain(`(${q.answer}) हाइड्रोजन`);
    }
  });

  it('multi: Hindi statements follow the shuffled English ones', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const q = instantiate(parity, seed).question;
      for (const o of q.options ?? []) {
        const hiText = q.hi?.options?.find((h) => h.key === o.key)?.text ?? '';
        expect(hiText.split(' ')[0]).toBe(o.text.split(' ')[0]);
        expect(hiText.includes('सम है') && !hiText.includes('विषम')).toBe(o.text.endsWith('even'));
      }
    }
  });

  it('a spec without Hindi gives hi = null', () => {
    const q = instantiate({ ...speed, build: (rng) => ({ ...speed.build(rng), hi: undefined }) }, 3).question;
    expect(q.hi).toBeNull();
  });
});
