/** Aufbau by the (n + l, n) rule, Cr and Cu taking the half-filled / filled 3d. */
export function aufbau(Z: number): { n: number; l: number; e: number }[] {
  const subs: { n: number; l: number }[] = [];
  for (let n = 1; n <= 7; n++) for (let l = 0; l < Math.min(n, 4); l++) subs.push({ n, l });
  subs.sort((a, b) => a.n + a.l - (b.n + b.l) || a.n - b.n);
  const out: { n: number; l: number; e: number }[] = [];
  let left = Z;
  for (const s of subs) {
    if (left === 0) break;
    const e = Math.min(left, 2 * (2 * s.l + 1));
    out.push({ ...s, e });
    left -= e;
  }
  if (Z === 24 || Z === 29) {
    out.find((s) => s.n === 4 && s.l === 0)!.e--;
    out.find((s) => s.n === 3 && s.l === 2)!.e++;
  }
  return out;
}
