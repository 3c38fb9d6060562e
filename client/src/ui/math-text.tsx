import { Fragment, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import type * as KatexRender from './katex-render.ts';
import { segmentMath, type Segment } from './math-segments.ts';

/**
 * Question text with LaTeX (interface fixed for every screen that shows question text): math is
 * typeset by KaTeX, `tabular` becomes an HTML table. KaTeX loads on first use, so it costs the
 * first screen nothing; until it arrives (a few ms from the precache) formulas show as source.
 * Bad LaTeX shows its source with an error marker, never an exception.
 */
export function MathText({ text, inline = false }: { text: string; inline?: boolean }) {
  const segments = useMemo(() => segmentMath(text), [text]);
  const katex = useKatex(segments.length > 0 && hasMath(segments));
  const Tag = inline ? 'span' : 'div';
  return <Tag className={`math-text${inline ? ' math-text--inline' : ''}`}>{renderSegments(segments, katex, inline)}</Tag>;
}

type Renderer = typeof KatexRender;

let renderer: Renderer | null = null;
let loading: Promise<Renderer> | null = null;

function loadKatex(): Promise<Renderer> {
  loading ??= import('./katex-render.ts').then((m) => (renderer = m));
  // A failed load (offline before the precache filled) may be retried by the next MathText.
  loading.catch(() => (loading = null));
  return loading;
}

/** KaTeX once loaded (null until then); `needed` starts the load. */
export function useKatex(needed: boolean): Renderer | null {
  const [mod, setMod] = useState<Renderer | null>(renderer);
  useEffect(() => {
    if (mod || !needed) return;
    let live = true;
    loadKatex().then(
      (m) => live && setMod(m),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [mod, needed]);
  return mod;
}

function hasMath(segments: readonly Segment[]): boolean {
  return segments.some((s) => s.kind === 'math' || (s.kind === 'table' && s.rows.some((r) => r.cells.some((c) => hasMath(c.content)))));
}

function renderSegments(segments: readonly Segment[], katex: Renderer | null, inline: boolean): ReactNode[] {
  return segments.map((s, i) => {
    switch (s.kind) {
      case 'text':
        return <Fragment key={i}>{s.text}</Fragment>;
      case 'break':
        return inline ? <Fragment key={i}> </Fragment> : <span key={i} className="math-text__break" aria-hidden="true" />;
      case 'math':
        return <Formula key={i} tex={s.tex} display={s.display && !inline} katex={katex} />;
      case 'table':
        return (
          <span key={i} className="math-table-wrap">
            <table className="math-table">
              <tbody>
                {s.rows.map((row, r) => (
                  <tr key={r} className={row.ruleAbove ? 'math-table__rule' : undefined}>
                    {row.cells.map((cell, c) => (
                      <td key={c} colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}>
                        {renderSegments(cell.content, katex, true)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </span>
        );
    }
  });
}

function Formula({ tex, display, katex }: { tex: string; display: boolean; katex: Renderer | null }) {
  const { t } = useI18n();
  const className = display ? 'math-display' : 'math-inline';
  if (!katex) return <span className={`${className} math-pending`}>{tex}</span>;
  const result = katex.renderTex(tex, display);
  if ('error' in result) {
    return (
      <span className={`${className} math-error`} title={t.learn.mathError}>
        <span className="visually-hidden">{t.learn.mathError}: </span>
        <code>{tex}</code>
      </span>
    );
  }
  // KaTeX escapes the source and, without `trust`, emits no links or scripts.
  return <span className={className} dangerouslySetInnerHTML={{ __html: result.html }} />;
}
