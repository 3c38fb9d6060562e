/** The 24 rotations (or 48 with reflections) of an octahedron acting on vertices ±x, ±y, ±z (0..5). */
export function octahedralGroup(withReflections: boolean): number[][] {
  const vec = [[1, 0, 0], [-1, 0, 0], [0, 1, 0], [0, -1, 0], [0, 0, 1], [0, 0, -1]];
  const idx = (v: number[]) => vec.findIndex((w) => w.every((x, i) => x === v[i]));
  const perms: number[][] = [];
  for (const order of [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]) {
    for (let signs = 0; signs < 8; signs++) {
      const sg = [signs & 1 ? -1 : 1, signs & 2 ? -1 : 1, signs & 4 ? -1 : 1];
      // Determinant of the signed permutation matrix: parity of the order times the signs.
      const parity = [[0, 1, 2], [1, 2, 0], [2, 0, 1]].some((o) => o.every((x, i) => x === order[i])) ? 1 : -1;
      if (!withReflections && parity * sg[0]! * sg[1]! * sg[2]! !== 1) continue;
      perms.push(vec.map((v) => idx(order.map((o, i) => sg[i]! * v[o]!))));
    }
  }
  return perms;
}

/** Every permutation of 0..n−1. */
function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]));
}
const parity = (p: number[]) => { let s = 0; for (let i = 0; i < p.length; i++) for (let j = i + 1; j < p.length; j++) if (p[i]! > p[j]!) s++; return s % 2; };

/**
 * Symmetries of the ligand positions: octahedron (vertices ±x, ±y, ±z), square plane (corners in
 * cyclic order; its eight symmetries are all rotations in space) or tetrahedron (the 12 even
 * permutations are the rotations, all 24 include reflections).
 */
function symmetries(geometry: number, withReflections: boolean): number[][] {
  if (geometry === 0) return octahedralGroup(withReflections);
  if (geometry === 1) return [0, 1, 2, 3].flatMap((r) => [[0, 1, 2, 3].map((i) => (i + r) % 4), [0, 1, 2, 3].map((i) => (4 - i + r) % 4)]);
  return permutations(4).filter((p) => withReflections || parity(p) === 0);
}
/** Two positions are cis (a bidentate ligand can span them): not opposite on the octahedron. */
const cis = (a: number, b: number) => a !== b && Math.floor(a / 2) !== Math.floor(b / 2);

/**
 * Isomers of a complex: `mono` lists the monodentate ligand letters, `chelates` the number of
 * symmetrical bidentate ligands (octahedral only, each spanning two cis positions). Counts orbits
 * of arrangements under rotations (stereoisomers) or rotations and reflections (geometrical isomers).
 */
export function isomerOrbits(geometry: number, mono: string[], chelates: number, withReflections: boolean): number {
  const n = geometry === 0 ? 6 : 4;
  const group = symmetries(geometry, withReflections);
  const arrangements: { labels: string[]; edges: [number, number][] }[] = [];
  const placeChelates = (k: number, free: number[], edges: [number, number][]) => {
    if (k === 0) { arrangements.push(...labelings(free, edges)); return; }
    for (const a of free) for (const b of free) if (a < b && cis(a, b) && (!edges.length || a > edges[edges.length - 1]![0])) placeChelates(k - 1, free.filter((x) => x !== a && x !== b), [...edges, [a, b]]);
  };
  const labelings = (free: number[], edges: [number, number][]) => permutations(free.length).map((p) => {
    const labels = new Array<string>(n).fill('A');
    p.forEach((from, i) => { labels[free[i]!] = mono[from]!; });
    return { labels, edges };
  });
  placeChelates(chelates, Array.from({ length: n }, (_, i) => i), []);
  const key = (labels: string[], edges: [number, number][]) => `${labels.join('')}|${edges.map(([a, b]) => (a < b ? `${a}${b}` : `${b}${a}`)).sort().join(',')}`;
  const orbits = new Set<string>();
  for (const { labels, edges } of arrangements) {
    const images = group.map((g) => { const out = new Array<string>(n); g.forEach((to, from) => { out[to] = labels[from]!; }); return key(out, edges.map(([a, b]) => [g[a]!, g[b]!])); });
    orbits.add(images.sort()[0]!);
  }
  return orbits.size;
}
