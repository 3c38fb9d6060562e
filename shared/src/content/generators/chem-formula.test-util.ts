/**
 * For tests: atom counts of a condensed formula as the generators print it in TeX
 * (`CH_3CH_2CH(Cl)CH_3`, `(CH_3)_3CCl`, `C_6H_{11}OH`, `CH_2{=}CHC{\equiv}CH`).
 */
export function condensedCounts(texFormula: string): Record<string, number> {
  const s = texFormula.replace(/\$|\\mathrm\{|\{=\}|\{\\equiv\}|\\equiv|\\textit\{[^}]*\}|\\text\{[^}]*\}|[opm]\\text\{-\}/g, '').replace(/_\{(\d+)\}/g, '_$1').replace(/[{}]/g, '');
  let i = 0;
  const group = (): Record<string, number> => {
    const out: Record<string, number> = {};
    const addAll = (part: Record<string, number>, times: number) => { for (const [k, v] of Object.entries(part)) out[k] = (out[k] ?? 0) + v * times; };
    while (i < s.length && s[i] !== ')') {
      let part: Record<string, number>;
      if (s[i] === '(') { i++; part = group(); i++; }
      else {
        const m = /^[A-Z][a-z]?/.exec(s.slice(i));
        if (!m) { i++; continue; }
        part = { [m[0]]: 1 };
        i += m[0].length;
      }
      const n = /^_(\d+)/.exec(s.slice(i));
      if (n) i += n[0].length;
      addAll(part, n ? Number(n[1]) : 1);
    }
    return out;
  };
  return group();
}
