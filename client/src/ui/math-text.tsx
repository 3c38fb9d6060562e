/**
 * Question text with LaTeX. Interface fixed for every screen that shows question text; the
 * rendering (KaTeX, tables) is filled in by the content work.
 */
export function MathText({ text, inline = false }: { text: string; inline?: boolean }) {
  return inline ? <span className="math-text">{text}</span> : <div className="math-text">{text}</div>;
}
