import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '@cr/shared/content/bank';
import { loadJeebenchQuestions, loadJeebenchRecords } from '@cr/shared/content/jeebench/load';
import { renderTex } from './katex-render.ts';
import { segmentMath, type Segment } from './math-segments.ts';

/** Every formula in a segment list, tables included. */
function formulas(segments: readonly Segment[]): { tex: string; display: boolean }[] {
  return segments.flatMap((s) =>
    s.kind === 'math' ? [{ tex: s.tex, display: s.display }] : s.kind === 'table' ? s.rows.flatMap((r) => r.cells.flatMap((c) => formulas(c.content))) : [],
  );
}

function plainText(segments: readonly Segment[]): string {
  return segments.map((s) => (s.kind === 'text' ? s.text : s.kind === 'break' ? '\n' : '')).join('');
}

const questions = loadJeebenchQuestions();
const texts = questions.flatMap((q) => [q.text, ...(q.options ?? []).map((o) => o.text), ...(q.explanation ? [q.explanation] : [])]);

describe('segmentMath on the JEEBench bank', () => {
  it('segments all 515 questions, their options and solutions without throwing', () => {
    expect(questions).toHaveLength(515);
    for (const text of texts) expect(() => segmentMath(text)).not.toThrow();
  });

  it('leaves no math delimiter or LaTeX command in the plain text', () => {
    const leaks = texts.flatMap((text) => {
      const plain = plainText(segmentMath(text));
      return /\\[a-zA-Z]|\$|\\\[|\\\(/.test(plain) ? [plain] : [];
    });
    expect(leaks).toEqual([]);
  });

  it('gives KaTeX formulas it renders: every one in the bank', () => {
    const failures = texts.flatMap((text) =>
      formulas(segmentMath(text)).flatMap((f) => {
        const r = renderTex(f.tex, f.display);
        return 'error' in r ? [`${f.tex} → ${r.error}`] : [];
      }),
    );
    expect(failures).toEqual([]);
  });

  it('converts every tabular in the source to a table with rows and cells', () => {
    const withTabular = loadJeebenchRecords().filter((r) => r.question.includes('\\begin{tabular}'));
    expect(withTabular.length).toBeGreaterThanOrEqual(5);
    for (const record of withTabular) {
      const tables = segmentMath(record.question).filter((s) => s.kind === 'table');
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) {
        expect(table.rows.length).toBeGreaterThan(1);
        expect(table.columns).toBeGreaterThan(1);
      }
    }
  });
});

describe('segmentMath on the generated bank', () => {
  it('gives KaTeX only formulas it renders, in every generated question, option and solution', () => {
    const generated = buildQuestionBank().filter((q) => q.generator !== null);
    expect(generated.length).toBeGreaterThan(2_000);
    const failures = generated
      .flatMap((q) => [q.text, ...(q.options ?? []).map((o) => o.text), ...(q.explanation ? [q.explanation] : [])])
      .flatMap((text) =>
        formulas(segmentMath(text)).flatMap((f) => {
          const r = renderTex(f.tex, f.display);
          return 'error' in r ? [`${f.tex} → ${r.error}`] : [];
        }),
      );
    expect(failures.slice(0, 10)).toEqual([]);
  });
});

describe('segmentMath', () => {
  it('splits inline, display and bracket math from text', () => {
    expect(segmentMath('Let $x=1$ and \\(y\\) then $$x+y$$ or \\[z\\] end')).toEqual([
      { kind: 'text', text: 'Let ' },
      { kind: 'math', tex: 'x=1', display: false },
      { kind: 'text', text: ' and ' },
      { kind: 'math', tex: 'y', display: false },
      { kind: 'text', text: ' then ' },
      { kind: 'math', tex: 'x+y', display: true },
      { kind: 'text', text: ' or ' },
      { kind: 'math', tex: 'z', display: true },
      { kind: 'text', text: ' end' },
    ]);
  });

  it('turns blank lines into paragraph breaks and keeps escaped dollars as text', () => {
    expect(segmentMath('Costs \\$5\n\nNext\nline')).toEqual([{ kind: 'text', text: 'Costs $5' }, { kind: 'break' }, { kind: 'text', text: 'Next line' }]);
  });

  it('keeps an unclosed delimiter or environment as literal text instead of failing', () => {
    expect(segmentMath('see \\[x+1')).toEqual([{ kind: 'text', text: 'see \\[x+1' }]);
    expect(segmentMath('see $$x+1')).toEqual([{ kind: 'text', text: 'see $$x+1' }]);
    expect(segmentMath('a \\begin{tabular}{cc} 1 & 2')).toEqual([{ kind: 'text', text: 'a \\begin{tabular}{cc} 1 & 2' }]);
  });

  it('restores the one `$` of a pair the source lost', () => {
    expect(segmentMath('[C] e^{x}-\\int f(t) d t$')).toEqual([
      { kind: 'text', text: '[C] ' },
      { kind: 'math', tex: 'e^{x}-\\int f(t) d t', display: false },
    ]);
    expect(segmentMath('$P=\\left[1\\right]')).toEqual([{ kind: 'math', tex: 'P=\\left[1\\right]', display: false }]);
  });

  it('converts a tabular with rules, braces and multicolumn to rows of cells', () => {
    const [table] = segmentMath('\\begin{tabular}{|c|c|c|}\\hline {$A$} & \\multicolumn{2}{|c|}{Enthalpy $(\\mathrm{kJ})$} \\\\ \\cline{2-3} & $I_1$ & 5 \\\\ \\hline \\end{tabular}');
    expect(table).toEqual({
      kind: 'table',
      columns: 3,
      rows: [
        {
          ruleAbove: true,
          cells: [
            { colSpan: 1, content: [{ kind: 'math', tex: 'A', display: false }] },
            { colSpan: 2, content: [{ kind: 'text', text: 'Enthalpy ' }, { kind: 'math', tex: '(\\mathrm{kJ})', display: false }] },
          ],
        },
        {
          ruleAbove: true,
          cells: [
            { colSpan: 1, content: [] },
            { colSpan: 1, content: [{ kind: 'math', tex: 'I_1', display: false }] },
            { colSpan: 1, content: [{ kind: 'text', text: '5' }] },
          ],
        },
      ],
    });
  });

  it('renders a bare math environment or command in text as math, and tabular inside math as array', () => {
    expect(segmentMath('\\begin{aligned} a &= b \\end{aligned}')).toEqual([{ kind: 'math', tex: '\\begin{aligned} a &= b \\end{aligned}', display: true }]);
    expect(segmentMath('gas \\mathrm{CO}_2')).toEqual([
      { kind: 'text', text: 'gas ' },
      { kind: 'math', tex: '\\mathrm{CO}', display: false },
      { kind: 'text', text: '_2' },
    ]);
    expect(segmentMath('$\\begin{tabular}{c} 1 \\end{tabular}$')).toEqual([{ kind: 'math', tex: '\\begin{array}{c} 1 \\end{array}', display: false }]);
  });

  it('reports bad LaTeX as an error result rather than throwing', () => {
    expect(renderTex('\\frac{1}{', false)).toHaveProperty('error');
    expect(renderTex('\\frac{1}{2}', false)).toHaveProperty('html');
  });
});
