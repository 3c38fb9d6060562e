import MarkdownIt from 'markdown-it';
import { segmentMath, type Segment } from './math-segments.ts';

/**
 * Markdown with LaTeX inside (worked solutions): math and `tabular` are cut out first by the same
 * segmenter as question text and replaced by slots, the rest is rendered by markdown-it (raw HTML
 * off, so `<script>` in a solution is shown as text, and its link validator refuses `javascript:`
 * URLs); the caller sanitises the HTML again and fills each slot with KaTeX's output. Math never
 * passes through the markdown parser, so `*` and `_` inside formulas are not emphasis.
 */

const md = new MarkdownIt({ html: false, linkify: false, breaks: false, typographer: false });

/** Newline stand-in while segmenting (the segmenter folds whitespace; markdown needs the newlines). */
const NEWLINE = '\uE002';
const SLOT_OPEN = '\uE000';
const SLOT_CLOSE = '\uE001';
const SLOT = new RegExp(`${SLOT_OPEN}(\\d+)${SLOT_CLOSE}`, 'g');

/** Math or table segments by slot number, and the HTML with `<span data-slot="n"></span>` where they go. */
export interface MarkdownSlots {
  readonly html: string;
  readonly slots: readonly Segment[];
}

const restore = (s: string) => s.split(NEWLINE).join('\n');

/** Markdown source → HTML with slots. Pure and synchronous; never throws on any input. */
export function markdownWithSlots(source: string): MarkdownSlots {
  const segments = segmentMath(source.replace(/\r\n?/g, '\n').split('\n').join(NEWLINE));
  const slots: Segment[] = [];
  let text = '';
  for (const s of segments) {
    if (s.kind === 'text') text += restore(s.text);
    else if (s.kind === 'break') text += '\n\n';
    else if (s.kind === 'math') {
      slots.push({ ...s, tex: s.tex.split(NEWLINE).join(' ').trim() });
      text += `${SLOT_OPEN}${slots.length - 1}${SLOT_CLOSE}`;
    } else {
      slots.push(s);
      text += `${SLOT_OPEN}${slots.length - 1}${SLOT_CLOSE}`;
    }
  }
  const html = md.render(text).replace(SLOT, (_, n: string) => `<span data-slot="${n}"></span>`);
  return { html, slots };
}

/** HTML-escapes text for insertion into markup. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
