import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Prerequisite } from '../schemas/content.ts';
import { buildGraph, dependentsOf, encompassedBy, prerequisitesOf, topologicalOrder, validateGraph } from './graph.ts';
import { EngineError } from './errors.ts';

const c = (id: string) => ({ id });
const e = (concept_id: string, prerequisite_id: string, weight = 0.5, transfer = 0.5): Prerequisite => ({
  concept_id,
  prerequisite_id,
  weight,
  transfer,
  criticality: 'HARD',
});
const ABC = [c('A'), c('B'), c('C'), c('D')];

describe('validateGraph', () => {
  it('accepts a DAG', () => {
    expect(validateGraph(ABC, [e('B', 'A'), e('C', 'B'), e('C', 'A'), e('D', 'C')])).toEqual({ ok: true });
  });

  it.each([
    ['a cycle', [e('B', 'A'), e('C', 'B'), e('A', 'C')], ['cycle: A -> B -> C -> A']],
    ['a self-loop', [e('A', 'A')], ['edge A -> A: self-loop on A']],
    ['a dangling concept', [e('Z', 'A')], ['edge A -> Z: unknown concept Z']],
    ['a dangling prerequisite', [e('A', 'Y')], ['edge Y -> A: unknown prerequisite Y']],
    ['a weight above 1', [e('B', 'A', 1.5)], ['edge A -> B: weight 1.5 outside [0, 1]']],
    ['a negative transfer', [e('B', 'A', 0.5, -0.1)], ['edge A -> B: transfer -0.1 outside [0, 1]']],
    ['a NaN weight', [e('B', 'A', Number.NaN)], ['edge A -> B: weight NaN outside [0, 1]']],
    ['a duplicate edge', [e('B', 'A'), e('B', 'A', 0.7)], ['edge A -> B: duplicate edge']],
  ])('rejects %s, naming it', (_name, edges, errors) => {
    expect(validateGraph(ABC, edges)).toEqual({ ok: false, errors });
  });

  it('reports duplicate concept ids and every problem at once', () => {
    const r = validateGraph([...ABC, c('A')], [e('A', 'A'), e('B', 'Q', 2)]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual([
        'duplicate concept id A',
        'edge A -> A: self-loop on A',
        'edge Q -> B: unknown prerequisite Q',
        'edge Q -> B: weight 2 outside [0, 1]',
      ]);
    }
  });

  it('property: any edge set is rejected iff it has a cycle (ids valid, weights in range)', () => {
    const ids = ['A', 'B', 'C', 'D', 'E'];
    const edgeArb = fc.uniqueArray(
      fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)).filter(([a, b]) => a !== b),
      { selector: ([a, b]) => `${a}${b}`, maxLength: 10 },
    );
    fc.assert(
      fc.property(edgeArb, (pairs) => {
        const edges = pairs.map(([a, b]) => e(a, b));
        const order = topologicalOrder(ids.map(c), edges);
        const acyclic = order.length === ids.length;
        const v = validateGraph(ids.map(c), edges);
        expect(v.ok).toBe(acyclic);
        if (acyclic) {
          const pos = new Map(order.map((id, i) => [id, i]));
          for (const x of edges) expect(pos.get(x.prerequisite_id)! < pos.get(x.concept_id)!).toBe(true);
        } else if (!v.ok) expect(v.errors.some((m) => m.startsWith('cycle: '))).toBe(true);
      }),
    );
  });
});

describe('graph helpers', () => {
  const g = buildGraph(ABC, [e('B', 'A', 1, 0.5), e('C', 'B', 0.8, 0.5), e('C', 'A', 0.1, 0.1), e('D', 'C', 1, 1)]);

  it('orders prerequisites first, ties by id', () => {
    expect(g.order).toEqual(['A', 'B', 'C', 'D']);
  });

  it('lists direct prerequisites', () => {
    expect(prerequisitesOf(g, 'C')).toEqual(['A', 'B']);
    expect(prerequisitesOf(g, 'A')).toEqual([]);
  });

  it('encompassedBy takes the best path product of weight × transfer', () => {
    const m = encompassedBy(g, 'D');
    expect(m.get('C')).toBeCloseTo(1);
    expect(m.get('B')).toBeCloseTo(0.4);
    expect(m.get('A')).toBeCloseTo(0.2); // via B (0.4 × 0.5) beats direct (0.01)
    expect(m.has('D')).toBe(false);
  });

  it('dependentsOf walks the other way', () => {
    expect([...dependentsOf(g, 'A', (x) => x.transfer).keys()].sort()).toEqual(['B', 'C', 'D']);
  });

  it('buildGraph throws a typed error listing all problems', () => {
    try {
      buildGraph(ABC, [e('A', 'A'), e('B', 'Z')]);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(EngineError);
      expect((err as EngineError).code).toBe('GRAPH_INVALID');
      expect((err as EngineError).details).toHaveLength(2);
    }
  });
});
