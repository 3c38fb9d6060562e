import { describe, expect, it } from 'vitest';
import { instantiate } from './framework.ts';
import { GENERATORS } from './registry.ts';
import { optionNumber } from './verify.ts';

const SEEDS = Array.from({ length: 220 }, (_, i) => i + 1);

describe('chemistry: an answer in percent never sits beside an impossible percentage', () => {
  it('every option shown in % lies in (0, 100] for every chemistry generator on 220 seeds', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const gen of GENERATORS.filter((g) => g.subject === 'CHEMISTRY')) {
      for (const seed of SEEDS) {
        for (const o of instantiate(gen, seed).question.options ?? []) {
          if (!o.text.endsWith(' %')) continue;
          checked++;
          const v = optionNumber(o.text);
          if (!(v > 0 && v <= 100)) bad.push(`${gen.id}#${seed} ${o.text}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(bad).toEqual([]);
  });
});
