import DOMPurify from 'dompurify';
import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import type * as KatexRender from './katex-render.ts';
import { escapeHtml, markdownWithSlots } from './markdown-slots.ts';
import type { Segment } from './math-segments.ts';
import { useKatex } from './math-text.tsx';

type Renderer = typeof KatexRender;

/**
 * A worked solution: markdown (bold, lists, links) with LaTeX typeset by KaTeX. markdown-it
 * renders with raw HTML off; DOMPurify then sanitises its output (a second line of defence for
 * text that comes from imports); the formulas, which never went through markdown, are KaTeX's
 * own escaped output. Until KaTeX loads, formulas show as their source.
 */
export function MarkdownMath({ text }: { text: string }) {
  const { t } = useI18n();
  const parsed = useMemo(() => markdownWithSlots(text), [text]);
  const katex = useKatex(parsed.slots.length > 0);
  const html = useMemo(() => {
    const clean = DOMPurify.sanitize(parsed.html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input', 'img'], FORBID_ATTR: ['style'] });
    return clean.replace(/<span data-slot="(\d+)"><\/span>/g, (_, n: string) => {
      const slot = parsed.slots[Number(n)];
      return slot === undefined ? '' : slotHtml(slot, katex, t.learn.mathError);
    });
  }, [parsed, katex, t.learn.mathError]);
  return <div className="math-text markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}

function formulaHtml(tex: string, display: boolean, katex: Renderer | null, errorLabel: string): string {
  const cls = display ? 'math-display' : 'math-inline';
  if (!katex) return `<span class="${cls} math-pending">${escapeHtml(tex)}</span>`;
  const r = katex.renderTex(tex, display);
  if ('error' in r) return `<span class="${cls} math-error" title="${escapeHtml(errorLabel)}"><code>${escapeHtml(tex)}</code></span>`;
  // KaTeX escapes the source and, without `trust`, emits no links or scripts.
  return `<span class="${cls}">${r.html}</span>`;
}

function slotHtml(s: Segment, katex: Renderer | null, errorLabel: string): string {
  switch (s.kind) {
    case 'text':
      return escapeHtml(s.text);
    case 'break':
      return ' ';
    case 'math':
      return formulaHtml(s.tex, s.display, katex, errorLabel);
    case 'table': {
      const rows = s.rows
        .map((row) => {
          const cells = row.cells
            .map((c) => `<td${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}>${c.content.map((x) => slotHtml(x, katex, errorLabel)).join('')}</td>`)
            .join('');
          return `<tr${row.ruleAbove ? ' class="math-table__rule"' : ''}>${cells}</tr>`;
        })
        .join('');
      return `<span class="math-table-wrap"><table class="math-table"><tbody>${rows}</tbody></table></span>`;
    }
  }
}
