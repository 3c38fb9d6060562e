/**
 * For tests: a small SMILES reader (Kekulé structures; atoms C N O S P F Cl Br I, bracket atoms
 * with charge and explicit H, branches, ring closures, bonds - = #; stereo marks ignored) and the
 * structural facts organic questions ask about, derived from the graph alone.
 */
export interface Atom {
  el: string;
  charge: number;
  /** Hydrogens (implicit from normal valence, or written in a bracket atom). */
  h: number;
  bonds: { to: number; order: number }[];
}

const VALENCE: Record<string, number> = { C: 4, N: 3, O: 2, S: 2, P: 3, F: 1, Cl: 1, Br: 1, I: 1 };

export function parseSmiles(smiles: string): Atom[] {
  const atoms: Atom[] = [];
  const stack: number[] = [];
  const rings = new Map<number, { atom: number; order: number }>();
  let prev = -1;
  let order = 1;
  const bracketH: boolean[] = [];
  const add = (el: string, charge: number, h: number | null) => {
    atoms.push({ el, charge, h: h ?? 0, bonds: [] });
    bracketH.push(h !== null);
    const k = atoms.length - 1;
    if (prev >= 0) link(prev, k, order);
    prev = k;
    order = 1;
  };
  const link = (a: number, b: number, o: number) => {
    atoms[a]!.bonds.push({ to: b, order: o });
    atoms[b]!.bonds.push({ to: a, order: o });
  };
  for (let i = 0; i < smiles.length; i++) {
    const ch = smiles[i]!;
    if (ch === '(') stack.push(prev);
    else if (ch === ')') prev = stack.pop()!;
    else if (ch === '=') order = 2;
    else if (ch === '#') order = 3;
    else if (ch === '-') order = 1;
    else if (ch === '@' || ch === '/' || ch === '\\') continue;
    else if (/\d/.test(ch)) {
      const d = Number(ch);
      const open = rings.get(d);
      if (open) {
        link(open.atom, prev, Math.max(open.order, order));
        rings.delete(d);
        order = 1;
      } else {
        rings.set(d, { atom: prev, order });
        order = 1;
      }
    } else if (ch === '[') {
      const end = smiles.indexOf(']', i);
      const m = /^([A-Z][a-z]?)[@]*(H(\d?))?([+-])?(\d?)$/.exec(smiles.slice(i + 1, end))!;
      const h = m[2] ? Number(m[3] || 1) : 0;
      const charge = m[4] ? (m[4] === '+' ? 1 : -1) * Number(m[5] || 1) : 0;
      add(m[1]!, charge, h);
      i = end;
    } else {
      const two = smiles.slice(i, i + 2);
      const el = two === 'Cl' || two === 'Br' ? two : ch;
      if (el.length === 2) i++;
      add(el, 0, null);
    }
  }
  atoms.forEach((a, k) => {
    if (bracketH[k]) return;
    const used = a.bonds.reduce((s, b) => s + b.order, 0);
    a.h = Math.max(0, (VALENCE[a.el] ?? 0) - used);
  });
  return atoms;
}

/** σ and π bonds, counting every X–H bond. */
export function bondCounts(atoms: Atom[]): { sigma: number; pi: number } {
  let sigma = 0;
  let pi = 0;
  atoms.forEach((a, k) => {
    sigma += a.h;
    for (const b of a.bonds) if (b.to > k) { sigma += 1; pi += b.order - 1; }
  });
  return { sigma, pi };
}

/** Hybridisation of carbon k from its π bonds: two π bonds → sp, one → sp², none → sp³. */
export function carbonHybrid(atoms: Atom[], k: number): 1 | 2 | 3 {
  const pi = atoms[k]!.bonds.reduce((s, b) => s + b.order - 1, 0);
  return pi >= 2 ? 1 : pi === 1 ? 2 : 3;
}

/**
 * A canonical text for the branch reached from `from` through atom `k`, unfolded as a tree up to
 * `depth` bonds without walking back along the current path (rings are unrolled).
 */
export function branch(atoms: Atom[], k: number, from: number, depth = 12, path: ReadonlySet<number> = new Set([from])): string {
  const a = atoms[k]!;
  if (depth === 0) return a.el;
  const seen = new Set(path).add(k);
  const kids = a.bonds.filter((b) => !seen.has(b.to)).map((b) => `${b.order}${branch(atoms, b.to, k, depth - 1, seen)}`);
  for (const b of a.bonds) if (b.to !== from && path.has(b.to)) kids.push(`${b.order}ring`);
  return `${a.el}${a.charge}H${a.h}(${kids.sort().join(',')})`;
}

/** sp³ carbons with four different groups (H counts as a group). */
export function chiralCentres(atoms: Atom[]): number[] {
  return atoms.flatMap((a, k) => {
    if (a.el !== 'C' || carbonHybrid(atoms, k) !== 3 || a.h > 1 || a.bonds.length + a.h !== 4) return [];
    const groups = a.bonds.map((b) => branch(atoms, b.to, k));
    if (a.h === 1) groups.push('H');
    return new Set(groups).size === 4 ? [k] : [];
  });
}

/** C=C bonds outside rings whose two carbons each carry two different groups. */
export function stereoDoubleBonds(atoms: Atom[]): number {
  let n = 0;
  atoms.forEach((a, k) => {
    for (const b of a.bonds) {
      if (b.to <= k || b.order !== 2 || a.el !== 'C' || atoms[b.to]!.el !== 'C') continue;
      const ends = [[k, b.to], [b.to, k]] as const;
      const ok = ends.every(([x, y]) => {
        const atom = atoms[x]!;
        const groups = atom.bonds.filter((c) => c.to !== y).map((c) => branch(atoms, c.to, x));
        for (let i = 0; i < atom.h; i++) groups.push('H');
        return groups.length === 2 && groups[0] !== groups[1];
      });
      if (ok && !inRing(atoms, k, b.to)) n++;
    }
  });
  return n;
}

/** Whether the bond a–b lies in a ring (b reachable from a without using that bond). */
export function inRing(atoms: Atom[], a: number, b: number): boolean {
  const seen = new Set([a]);
  const queue = atoms[a]!.bonds.filter((x) => x.to !== b).map((x) => x.to);
  while (queue.length) {
    const k = queue.pop()!;
    if (k === b) return true;
    if (seen.has(k)) continue;
    seen.add(k);
    queue.push(...atoms[k]!.bonds.map((x) => x.to));
  }
  return false;
}

/** Molecular formula counts. */
export function composition(atoms: Atom[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of atoms) {
    out[a.el] = (out[a.el] ?? 0) + 1;
    if (a.h) out.H = (out.H ?? 0) + a.h;
  }
  return out;
}
