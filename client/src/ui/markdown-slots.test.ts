import { describe, expect, it } from 'vitest';
import { markdownWithSlots } from './markdown-slots.ts';

describe('markdown with math slots', () => {
  it('renders the bold answer line and keeps the formula out of the markdown parser', () => {
    const { html, slots } = markdownWithSlots('**Answer:** (A) $-5$\n\nBecause $a_1 * b_1 = x_2$ and *so* on.');
    expect(html).toContain('<strong>Answer:</strong> (A) <span data-slot="0"></span>');
    expect(html).toContain('<em>so</em>');
    expect(html).not.toContain('**');
    expect(slots).toEqual([
      { kind: 'math', tex: '-5', display: false },
      { kind: 'math', tex: 'a_1 * b_1 = x_2', display: false },
    ]);
  });

  it('keeps lists, numbered steps and display math', () => {
    const { html, slots } = markdownWithSlots('Steps:\n\n1. Expand\n2. Collect\n\n- one\n- two\n\n$$\\int_0^1 x\\,dx$$');
    expect(html).toMatch(/<ol>\s*<li>Expand<\/li>\s*<li>Collect<\/li>\s*<\/ol>/);
    expect(html).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
    expect(slots).toHaveLength(1);
    expect(slots[0]).toMatchObject({ kind: 'math', display: true });
  });

  it('never passes raw HTML or script links through', () => {
    const { html } = markdownWithSlots('<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('&lt;script&gt;');
  });
});
