import { markResponse } from '@cr/shared/engine/scoring/marking';
import { describe, expect, it } from 'vitest';
import { acceptsTyping, encodeAnswer, selectedOptions, toggleOption } from './tests-answer.ts';

describe('answer encoding', () => {
  it('single correct: one key; toggling the chosen key deselects it', () => {
    expect(toggleOption('SINGLE', '', 'B')).toBe('B');
    expect(toggleOption('SINGLE', 'B', 'C')).toBe('C');
    expect(toggleOption('SINGLE', 'C', 'C')).toBe('');
    expect(encodeAnswer('SINGLE', 'b')).toEqual({ ok: true, answer: 'B' });
    expect(encodeAnswer('SINGLE', 'AB')).toEqual({ ok: false, problem: 'NOT_OPTION' });
  });

  it('multiple correct: sorted unique keys, as the answer key is written', () => {
    let s = '';
    for (const k of ['D', 'A', 'B']) s = toggleOption('MULTI', s, k);
    expect(s).toBe('ABD');
    expect(toggleOption('MULTI', s, 'A')).toBe('BD');
    expect(encodeAnswer('MULTI', 'dba')).toEqual({ ok: true, answer: 'ABD' });
    expect(encodeAnswer('MULTI', 'AE')).toEqual({ ok: false, problem: 'NOT_OPTION' });
    expect(selectedOptions('ABD')).toEqual(['A', 'B', 'D']);
    expect(selectedOptions(null)).toEqual([]);
  });

  it('integer and numeric: validated and canonical; blank is no answer', () => {
    expect(encodeAnswer('INTEGER', ' +007 ')).toEqual({ ok: true, answer: '7' });
    expect(encodeAnswer('INTEGER', '-0')).toEqual({ ok: true, answer: '0' });
    expect(encodeAnswer('INTEGER', '-12')).toEqual({ ok: true, answer: '-12' });
    expect(encodeAnswer('INTEGER', '2.5')).toEqual({ ok: false, problem: 'NOT_INTEGER' });
    expect(encodeAnswer('NUMERIC', '04.50')).toEqual({ ok: true, answer: '4.50' });
    expect(encodeAnswer('NUMERIC', '.5')).toEqual({ ok: true, answer: '0.5' });
    expect(encodeAnswer('NUMERIC', '1e3')).toEqual({ ok: false, problem: 'NOT_NUMBER' });
    expect(encodeAnswer('NUMERIC', '   ')).toEqual({ ok: true, answer: null });
    expect(encodeAnswer('NUMERIC', '1'.repeat(41))).toEqual({ ok: false, problem: 'TOO_LONG' });
  });

  it('typing filter accepts partial numbers only', () => {
    expect(acceptsTyping('INTEGER', '-')).toBe(true);
    expect(acceptsTyping('INTEGER', '1.')).toBe(false);
    expect(acceptsTyping('NUMERIC', '1.')).toBe(true);
    expect(acceptsTyping('NUMERIC', '1.2.3')).toBe(false);
    expect(acceptsTyping('NUMERIC', 'x')).toBe(false);
  });

  it('encoded answers mark as the engine marks the typed text', () => {
    const q = (type: 'SINGLE' | 'MULTI' | 'INTEGER' | 'NUMERIC', answer: string) => ({ id: 'q', subject: 'MATH' as const, type, answer, tolerance: null });
    const cases: [Parameters<typeof q>[0], string, string][] = [
      ['SINGLE', 'B', 'b'],
      ['MULTI', 'ABD', 'd,b,a'],
      ['INTEGER', '7', '+007'],
      ['NUMERIC', '4.47', '4.5'],
      ['NUMERIC', '4.47', '3.2'],
    ];
    for (const [type, key, typed] of cases) {
      const encoded = encodeAnswer(type, typed);
      expect(encoded.ok).toBe(true);
      if (encoded.ok) expect(markResponse('JEE_MAIN', q(type, key), encoded.answer)).toEqual(markResponse('JEE_MAIN', q(type, key), typed));
    }
  });
});
