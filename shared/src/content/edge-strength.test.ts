import { describe, expect, it } from 'vitest';
import type { Concept } from '../schemas/content.ts';
import { loadContentGraph } from './content-graph.ts';
import { edgeStrength } from './edge-strength.ts';

const c = (id: string, unit: string, subject: Concept['subject'] = 'PHYSICS'): Concept => ({ id, name: id, subject, unit, layer: 2, difficulty: 2, exam_weight: 0.1, description: '' });

describe('edgeStrength', () => {
  it('ranks a used, same-unit HARD edge above an unused cross-subject SOFT one', () => {
    const strong = edgeStrength({ criticality: 'HARD' }, c('P.A', 'P.U01'), c('P.B', 'P.U01'), { generatorUses: 2, examUses: 5 });
    const weak = edgeStrength({ criticality: 'SOFT' }, c('P.A', 'P.U01'), c('M.B', 'M.U01', 'MATH'), { generatorUses: 0, examUses: 0 });
    expect(strong).toEqual({ weight: 0.89, transfer: 0.44 });
    expect(weak).toEqual({ weight: 0.25, transfer: 0.08 });
  });

  it('every edge in the graph has the strength its evidence gives, and HARD always outweighs SOFT', () => {
    const graph = loadContentGraph();
    const hard = graph.prerequisites.filter((e) => e.criticality === 'HARD').map((e) => e.weight);
    const soft = graph.prerequisites.filter((e) => e.criticality === 'SOFT').map((e) => e.weight);
    expect(Math.min(...hard)).toBeGreaterThan(Math.max(...soft));
    expect(new Set(graph.prerequisites.map((e) => `${e.weight}/${e.transfer}`)).size).toBeGreaterThan(10);
    for (const e of graph.prerequisites) expect(e.transfer).toBeLessThan(e.weight);
  });
});
