import type { Concept, Prerequisite } from '../schemas/content.ts';
import { ENGINE_ERROR_CODES, EngineError } from './errors.ts';

/**
 * The knowledge graph: concepts and prerequisite edges. An edge `{ concept_id: C,
 * prerequisite_id: P }` means P must be learned before C ("C encompasses P").
 */

/** The result of `validateGraph`: every problem found, each naming the concept or edge at fault. */
export type GraphValidation = { ok: true } | { ok: false; errors: string[] };

type GraphEdge = Pick<Prerequisite, 'concept_id' | 'prerequisite_id' | 'weight' | 'transfer'> &
  Partial<Pick<Prerequisite, 'criticality'>>;

function edgeName(e: Pick<Prerequisite, 'concept_id' | 'prerequisite_id'>): string {
  return `${e.prerequisite_id} -> ${e.concept_id}`;
}

function inUnitRange(x: number): boolean {
  return Number.isFinite(x) && x >= 0 && x <= 1;
}

/**
 * Validate a concept graph. Rejects duplicate concept ids, dangling edge endpoints, self-loops,
 * duplicate edges, weight/transfer outside [0, 1] and cycles (each cycle is spelled out).
 * Never throws; returns all errors at once, sorted for stable output.
 */
export function validateGraph(
  concepts: readonly Pick<Concept, 'id'>[],
  prerequisites: readonly GraphEdge[],
): GraphValidation {
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const c of concepts) {
    if (ids.has(c.id)) errors.push(`duplicate concept id ${c.id}`);
    ids.add(c.id);
  }
  const seen = new Set<string>();
  const usable: GraphEdge[] = [];
  for (const e of prerequisites) {
    const name = edgeName(e);
    const problems: string[] = [];
    if (!ids.has(e.concept_id)) problems.push(`edge ${name}: unknown concept ${e.concept_id}`);
    if (!ids.has(e.prerequisite_id)) problems.push(`edge ${name}: unknown prerequisite ${e.prerequisite_id}`);
    if (e.concept_id === e.prerequisite_id) problems.push(`edge ${name}: self-loop on ${e.concept_id}`);
    if (seen.has(name)) problems.push(`edge ${name}: duplicate edge`);
    seen.add(name);
    // Only structurally sound edges take part in cycle search, so each fault is reported once.
    if (problems.length === 0) usable.push(e);
    if (!inUnitRange(e.weight)) problems.push(`edge ${name}: weight ${e.weight} outside [0, 1]`);
    if (!inUnitRange(e.transfer)) problems.push(`edge ${name}: transfer ${e.transfer} outside [0, 1]`);
    errors.push(...problems);
  }
  for (const cycle of findCycles(usable)) errors.push(`cycle: ${cycle.join(' -> ')}`);
  return errors.length === 0 ? { ok: true } : { ok: false, errors: errors.sort() };
}

/** Cycles among the edges, each as a path in prerequisite → concept direction ending where it began. */
function findCycles(edges: readonly GraphEdge[]): string[][] {
  const out = new Map<string, string[]>();
  for (const e of edges) {
    const list = out.get(e.prerequisite_id) ?? [];
    list.push(e.concept_id);
    out.set(e.prerequisite_id, list);
  }
  for (const list of out.values()) list.sort();
  const state = new Map<string, 1 | 2>(); // 1 = on stack, 2 = done
  const cycles: string[][] = [];
  const starts = [...out.keys()].sort();
  for (const start of starts) {
    if (state.has(start)) continue;
    const stack: { node: string; next: number }[] = [{ node: start, next: 0 }];
    const path: string[] = [start];
    state.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { node: string; next: number };
      const children = out.get(top.node) ?? [];
      if (top.next >= children.length) {
        state.set(top.node, 2);
        stack.pop();
        path.pop();
        continue;
      }
      const child = children[top.next++] as string;
      const s = state.get(child);
      if (s === 1) cycles.push([...path.slice(path.indexOf(child)), child]);
      else if (s === undefined) {
        state.set(child, 1);
        stack.push({ node: child, next: 0 });
        path.push(child);
      }
    }
  }
  return cycles;
}

/** An indexed, validated graph for fast traversal. Build it once with `buildGraph`. */
export interface ConceptGraph {
  /** Concept ids in topological order (prerequisites first; ties broken by id). */
  readonly order: readonly string[];
  /** Direct prerequisite edges of each concept. */
  readonly prerequisites: ReadonlyMap<string, readonly GraphEdge[]>;
  /** Direct dependent edges of each concept (edges whose prerequisite it is). */
  readonly dependents: ReadonlyMap<string, readonly GraphEdge[]>;
}

/** Index a graph; throws `EngineError` GRAPH_INVALID with every `validateGraph` error in `details`. */
export function buildGraph(concepts: readonly Pick<Concept, 'id'>[], prerequisites: readonly GraphEdge[]): ConceptGraph {
  const v = validateGraph(concepts, prerequisites);
  if (!v.ok) throw new EngineError(ENGINE_ERROR_CODES.GRAPH_INVALID, `invalid concept graph: ${v.errors[0]}`, v.errors);
  const pre = new Map<string, GraphEdge[]>();
  const dep = new Map<string, GraphEdge[]>();
  for (const c of concepts) {
    pre.set(c.id, []);
    dep.set(c.id, []);
  }
  for (const e of prerequisites) {
    pre.get(e.concept_id)?.push(e);
    dep.get(e.prerequisite_id)?.push(e);
  }
  return { order: topologicalOrder(concepts, prerequisites), prerequisites: pre, dependents: dep };
}

/** Concept ids with every prerequisite before its dependents (Kahn; ties by id). Assumes acyclic. */
export function topologicalOrder(concepts: readonly Pick<Concept, 'id'>[], prerequisites: readonly GraphEdge[]): string[] {
  const indeg = new Map<string, number>();
  const out = new Map<string, string[]>();
  for (const c of concepts) {
    indeg.set(c.id, 0);
    out.set(c.id, []);
  }
  for (const e of prerequisites) {
    if (!indeg.has(e.concept_id) || !out.has(e.prerequisite_id)) continue;
    indeg.set(e.concept_id, (indeg.get(e.concept_id) ?? 0) + 1);
    out.get(e.prerequisite_id)?.push(e.concept_id);
  }
  const ready = [...indeg].filter(([, d]) => d === 0).map(([id]) => id).sort();
  const order: string[] = [];
  while (ready.length > 0) {
    const id = ready.shift() as string;
    order.push(id);
    const released: string[] = [];
    for (const next of out.get(id) ?? []) {
      const d = (indeg.get(next) ?? 0) - 1;
      indeg.set(next, d);
      if (d === 0) released.push(next);
    }
    if (released.length > 0) {
      ready.push(...released);
      ready.sort();
    }
  }
  return order;
}

/** Direct prerequisite ids of a concept, sorted. */
export function prerequisitesOf(graph: ConceptGraph, conceptId: string): string[] {
  return (graph.prerequisites.get(conceptId) ?? []).map((e) => e.prerequisite_id).sort();
}

const defaultFactor = (e: GraphEdge): number => e.weight * e.transfer;

/**
 * Best path products of `edgeFactor` from `conceptId` along edges in one direction: towards
 * prerequisites (`edges` = graph.prerequisites, `next` = the prerequisite end) or dependents.
 */
function strongestPaths(
  edges: ReadonlyMap<string, readonly GraphEdge[]>,
  next: (e: GraphEdge) => string,
  conceptId: string,
  edgeFactor: (e: GraphEdge) => number,
  minFactor: number,
): Map<string, number> {
  const best = new Map<string, number>();
  const queue: [string, number][] = [[conceptId, 1]];
  while (queue.length > 0) {
    const [id, f] = queue.pop() as [string, number];
    for (const e of edges.get(id) ?? []) {
      const g = f * edgeFactor(e);
      const to = next(e);
      if (g < minFactor || g <= (best.get(to) ?? 0)) continue;
      best.set(to, g);
      queue.push([to, g]);
    }
  }
  return best;
}

/**
 * Every concept that `conceptId` encompasses (its transitive prerequisites) with the share of
 * credit that reaches it: the product of `edgeFactor(edge)` along a path, maximised over paths.
 * Entries below `minFactor` (0–1) are dropped. Default factor: weight × transfer.
 */
export function encompassedBy(
  graph: ConceptGraph,
  conceptId: string,
  edgeFactor: (e: GraphEdge) => number = defaultFactor,
  minFactor = 0.01,
): Map<string, number> {
  return strongestPaths(graph.prerequisites, (e) => e.prerequisite_id, conceptId, edgeFactor, minFactor);
}

/** Like `encompassedBy` but walking to dependents: concepts that build on `conceptId`. */
export function dependentsOf(
  graph: ConceptGraph,
  conceptId: string,
  edgeFactor: (e: GraphEdge) => number = defaultFactor,
  minFactor = 0.01,
): Map<string, number> {
  return strongestPaths(graph.dependents, (e) => e.concept_id, conceptId, edgeFactor, minFactor);
}
