import katex from 'katex';
import 'katex/dist/katex.min.css';

/**
 * KaTeX behind a cache. Loaded only through `import()` from math-text.tsx, so KaTeX's script and
 * stylesheet stay out of the first screen; its fonts are precached by the service worker.
 */

export type TexResult = { readonly html: string } | { readonly error: string };

const cache = new Map<string, TexResult>();
/** Formulas kept rendered; a practice session shows a few hundred at most. */
const CACHE_LIMIT = 2_000;

/**
 * The HTML (with MathML for screen readers) of a formula, or KaTeX's message when it cannot
 * parse it. Never throws: the caller shows the source with an error marker instead.
 */
export function renderTex(tex: string, display: boolean): TexResult {
  const key = `${display ? 'D' : 'I'}${tex}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let result: TexResult;
  try {
    // `trust: false` (the default) keeps \href, \url and \htmlClass out: question text is data.
    result = { html: katex.renderToString(tex, { displayMode: display, throwOnError: true, strict: 'ignore', output: 'htmlAndMathml', maxExpand: 1000 }) };
  } catch (error) {
    result = { error: error instanceof Error ? error.message : String(error) };
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}
