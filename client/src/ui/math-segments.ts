/**
 * Splits question text (JEEBench's Mathpix LaTeX and the generators' `$…$`) into runs that the
 * screen renders: plain text, math for KaTeX (inline `$…$`, `\(…\)`; display `$$…$$`, `\[…\]`,
 * bare math environments) and tables. KaTeX has no `tabular`, so a text-mode `tabular` becomes an
 * HTML table whose cells are segmented again; one inside math becomes KaTeX's `array`.
 *
 * Never throws: an unclosed delimiter or environment leaves the rest as literal text, and math
 * that KaTeX rejects is shown as its source by the renderer.
 */

export type Segment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'math'; readonly tex: string; readonly display: boolean }
  /** A paragraph break (a blank line, `\\` or `\newline` in text). */
  | { readonly kind: 'break' }
  | { readonly kind: 'table'; readonly rows: readonly TableRow[]; readonly columns: number };

export interface TableCell {
  readonly content: readonly Segment[];
  readonly colSpan: number;
}

export interface TableRow {
  readonly cells: readonly TableCell[];
  /** A `\hline`/`\cline` above the row. */
  readonly ruleAbove: boolean;
}

/** Environments KaTeX renders in math mode; met in text they are display math. */
const MATH_ENVS = new Set(['array', 'aligned', 'gathered', 'cases', 'matrix', 'pmatrix', 'bmatrix', 'vmatrix', 'Vmatrix', 'align', 'align*', 'equation', 'equation*', 'split']);
/** Text-mode commands whose single argument is shown as plain text. */
const TEXT_WRAPPERS = new Set(['text', 'textbf', 'textit', 'textrm', 'emph', 'underline', 'mbox']);
const TEXT_ESCAPES: Readonly<Record<string, string>> = { '%': '%', '&': '&', $: '$', '#': '#', _: '_', '{': '{', '}': '}', ' ': ' ' };

/** Index just past the balanced `{…}` group starting at `open` (which must be `{`), or -1. */
function skipGroup(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i += 1) {
    const c = s[i];
    if (c === '\\') i += 1;
    else if (c === '{') depth += 1;
    else if (c === '}') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Index of the `\end{name}` matching a `\begin{name}` that ended at `from`, or -1 (nesting aware). */
function findEnd(s: string, name: string, from: number): number {
  const begin = `\\begin{${name}}`;
  const end = `\\end{${name}}`;
  let depth = 1;
  let i = from;
  while (i < s.length) {
    const b = s.indexOf(begin, i);
    const e = s.indexOf(end, i);
    if (e < 0) return -1;
    if (b >= 0 && b < e) {
      depth += 1;
      i = b + begin.length;
    } else {
      depth -= 1;
      if (depth === 0) return e;
      i = e + end.length;
    }
  }
  return -1;
}

/** Index of the next `$` at or after `from` that is not escaped, or -1. */
function findDollar(s: string, from: number): number {
  for (let i = from; i < s.length; i += 1) {
    if (s[i] === '\\') i += 1;
    else if (s[i] === '$') return i;
  }
  return -1;
}

/** Index of the next unescaped `close` delimiter (`\]`, `\)`, `$$`), or -1. */
function findDelimiter(s: string, close: string, from: number): number {
  for (let i = from; i < s.length; i += 1) {
    if (s.startsWith(close, i)) return i;
    if (s[i] === '\\') i += 1;
  }
  return -1;
}

/** Drops `}` that close nothing (a Mathpix slip KaTeX refuses). */
function dropStrayBraces(tex: string): string {
  let depth = 0;
  let out = '';
  for (let i = 0; i < tex.length; i += 1) {
    const c = tex[i];
    if (c === '\\') {
      out += tex.slice(i, i + 2);
      i += 1;
      continue;
    }
    if (c === '{') depth += 1;
    if (c === '}') {
      if (depth === 0) continue;
      depth -= 1;
    }
    out += c;
  }
  return out;
}

/**
 * Math-mode clean-up KaTeX needs: `tabular` → `array`, layout-only environments dropped, stray
 * closing braces removed, and display math with bare `&`/`\\` alignment wrapped in `aligned`.
 */
export function normaliseTex(tex: string, display = false): string {
  const clean = dropStrayBraces(
    tex
      .replace(/\\begin\{tabular\}/g, '\\begin{array}')
      .replace(/\\end\{tabular\}/g, '\\end{array}')
      .replace(/\\(?:begin|end)\{center\}/g, ''),
  ).trim();
  if (display && !clean.includes('\\begin{') && /(^|[^\\])&/.test(clean)) return `\\begin{aligned}${clean}\\end{aligned}`;
  return clean;
}

/** Unescaped single `$` positions (a `$$` pair is skipped). */
function singleDollars(s: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < s.length; i += 1) {
    if (s[i] === '\\') i += 1;
    else if (s[i] === '$') {
      if (s[i + 1] === '$') i += 1;
      else at.push(i);
    }
  }
  return at;
}

/**
 * The source sometimes loses one `$` of a pair (an option that ends `… d t$`, a matrix that never
 * closes). When the count is odd, each paragraph with an odd count gets the missing one: at its
 * start (after an option label) when it ends with `$`, else at its end.
 */
function balanceDollars(source: string): string {
  if (singleDollars(source).length % 2 === 0) return source;
  return source
    .split(/(\n\s*\n)/)
    .map((part) => {
      if (singleDollars(part).length % 2 === 0) return part;
      if (part.trimEnd().endsWith('$')) {
        const label = /^\s*(?:\[[A-D]\]|\([A-D]\))?\s*/.exec(part)?.[0] ?? '';
        return `${label}$${part.slice(label.length)}`;
      }
      return `${part}$`;
    })
    .join('');
}

export function segmentMath(source: string): Segment[] {
  const out: Segment[] = [];
  let text = '';
  const flush = () => {
    const collapsed = text.replace(/\s*\n\s*\n\s*/g, '\u0000').replace(/[ \t\r\n]+/g, ' ');
    const parts = collapsed.split('\u0000');
    parts.forEach((part, index) => {
      if (index > 0) pushBreak(out);
      if (part !== '' && !(part === ' ' && (out.length === 0 || out[out.length - 1]?.kind === 'break'))) out.push({ kind: 'text', text: part });
    });
    text = '';
  };
  const math = (tex: string, display: boolean) => {
    flush();
    const clean = normaliseTex(tex, display);
    if (clean !== '') out.push({ kind: 'math', tex: clean, display });
  };

  const s = balanceDollars(source);
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '$') {
      const display = s[i + 1] === '$';
      const start = i + (display ? 2 : 1);
      const close = display ? findDelimiter(s, '$$', start) : findDollar(s, start);
      if (close < 0) {
        text += s.slice(i);
        break;
      }
      math(s.slice(start, close), display);
      i = close + (display ? 2 : 1);
      continue;
    }
    if (c === '~') {
      text += '\u00a0';
      i += 1;
      continue;
    }
    if (c !== '\\') {
      text += c;
      i += 1;
      continue;
    }
    const next = s[i + 1] ?? '';
    if (next === '[' || next === '(') {
      const closeDelim = next === '[' ? '\\]' : '\\)';
      const close = findDelimiter(s, closeDelim, i + 2);
      if (close < 0) {
        text += s.slice(i);
        break;
      }
      math(s.slice(i + 2, close), next === '[');
      i = close + 2;
      continue;
    }
    if (next === '\\') {
      flush();
      pushBreak(out);
      i += 2;
      continue;
    }
    if (next in TEXT_ESCAPES) {
      text += TEXT_ESCAPES[next];
      i += 2;
      continue;
    }
    const name = /^[a-zA-Z]+\*?/.exec(s.slice(i + 1))?.[0] ?? '';
    if (name === '') {
      text += c;
      i += 1;
      continue;
    }
    const afterName = i + 1 + name.length;
    if (name === 'begin' || name === 'end') {
      const env = /^\s*\{([a-zA-Z]+\*?)\}/.exec(s.slice(afterName));
      const envName = env?.[1] ?? '';
      const afterEnv = afterName + (env?.[0].length ?? 0);
      if (envName === 'center' || envName === 'flushleft' || envName === 'flushright' || envName === '' || name === 'end') {
        // Layout wrappers (and stray `\end`) carry no content of their own.
        flush();
        pushBreak(out);
        i = afterEnv;
        continue;
      }
      const end = findEnd(s, envName, afterEnv);
      if (end < 0) {
        text += s.slice(i);
        break;
      }
      const endTag = `\\end{${envName}}`;
      if (envName === 'tabular' || envName === 'tabular*') {
        flush();
        out.push(parseTabular(s.slice(afterEnv, end)));
      } else if (MATH_ENVS.has(envName)) {
        math(s.slice(i, end + endTag.length), true);
      } else {
        // An environment KaTeX does not know (itemize, enumerate…): keep its content as text.
        text += ' ';
        const inner = segmentMath(s.slice(afterEnv, end));
        flush();
        out.push(...inner);
      }
      i = end + endTag.length;
      continue;
    }
    if (name === 'hline' || name === 'newline' || name === 'par') {
      flush();
      pushBreak(out);
      i = afterName;
      continue;
    }
    if (TEXT_WRAPPERS.has(name)) {
      const open = s.indexOf('{', afterName);
      const close = open >= 0 && s.slice(afterName, open).trim() === '' ? skipGroup(s, open) : -1;
      if (close > 0) {
        text += ' ';
        const inner = segmentMath(s.slice(open + 1, close - 1));
        flush();
        out.push(...inner);
        text += ' ';
        i = close;
        continue;
      }
    }
    // Any other command in text (`\mathrm{C}`, `\alpha`): math, with its brace arguments.
    let j = afterName;
    while (j < s.length) {
      let k = j;
      while (s[k] === ' ') k += 1;
      if (s[k] !== '{') break;
      const close = skipGroup(s, k);
      if (close < 0) break;
      j = close;
    }
    math(s.slice(i, j), false);
    i = j;
  }
  flush();
  while (out.length > 0 && out[out.length - 1]?.kind === 'break') out.pop();
  return out;
}

function pushBreak(out: Segment[]) {
  const last = out[out.length - 1];
  if (out.length > 0 && last?.kind !== 'break') out.push({ kind: 'break' });
}

/**
 * Splits `s` at top-level occurrences of `sep` (`\\` or `&`): outside braces, `$…$` and
 * environments, so a cell's own array or a `\multicolumn` argument stays whole.
 */
function splitTopLevel(s: string, sep: '\\\\' | '&'): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inMath = false;
  let envDepth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s[i];
    if (depth === 0 && !inMath && envDepth === 0 && s.startsWith(sep, i) && !(sep === '&' && s[i - 1] === '\\')) {
      parts.push(s.slice(start, i));
      i += sep.length - 1;
      start = i + 1;
      continue;
    }
    if (c === '\\') {
      if (s.startsWith('\\begin{', i)) envDepth += 1;
      else if (s.startsWith('\\end{', i)) envDepth = Math.max(0, envDepth - 1);
      i += 1;
    } else if (c === '{') depth += 1;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (c === '$') inMath = !inMath;
  }
  parts.push(s.slice(start));
  return parts;
}

/** Removes leading `\hline`/`\cline{…}` rules, reporting whether there were any. */
function stripRules(row: string): { rest: string; rule: boolean } {
  let rest = row.trim();
  let rule = false;
  for (;;) {
    const m = /^\\(?:hline|cline\s*\{[^}]*\}|toprule|midrule|bottomrule)\s*/.exec(rest);
    if (!m) return { rest, rule };
    rule = true;
    rest = rest.slice(m[0].length);
  }
}

/** Body of a cell without one pair of braces that wraps all of it. */
function unwrap(cell: string): string {
  const t = cell.trim();
  return t.startsWith('{') && skipGroup(t, 0) === t.length ? t.slice(1, -1).trim() : t;
}

function parseCell(raw: string): TableCell {
  const cell = raw.trim();
  const multi = /^\\multicolumn\s*\{\s*(\d+)\s*\}\s*/.exec(cell);
  if (multi) {
    const specStart = cell.indexOf('{', multi[0].length);
    const specEnd = specStart >= 0 ? skipGroup(cell, specStart) : -1;
    const bodyStart = specEnd >= 0 ? cell.indexOf('{', specEnd) : -1;
    const bodyEnd = bodyStart >= 0 ? skipGroup(cell, bodyStart) : -1;
    if (bodyEnd > 0) {
      return { content: segmentMath(cell.slice(bodyStart + 1, bodyEnd - 1)), colSpan: Math.max(1, Number(multi[1])) };
    }
  }
  return { content: segmentMath(unwrap(cell)), colSpan: 1 };
}

/** A `tabular` body (after `\begin{tabular}`, before `\end{tabular}`) as rows of cells. */
export function parseTabular(body: string): Segment {
  let rest = body.trimStart();
  // The column spec, e.g. `{|c|c|}`.
  if (rest.startsWith('{')) {
    const close = skipGroup(rest, 0);
    if (close > 0) rest = rest.slice(close);
  }
  const rows: TableRow[] = [];
  let pendingRule = false;
  for (const rawRow of splitTopLevel(rest, '\\\\')) {
    const { rest: row, rule } = stripRules(rawRow);
    pendingRule = pendingRule || rule;
    if (row === '') continue;
    rows.push({ cells: splitTopLevel(row, '&').map(parseCell), ruleAbove: pendingRule });
    pendingRule = false;
  }
  const columns = rows.reduce((n, r) => Math.max(n, r.cells.reduce((m, c) => m + c.colSpan, 0)), 0);
  return { kind: 'table', rows, columns };
}
