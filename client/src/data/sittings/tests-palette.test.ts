import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clearResponse, countStates, currentId, goTo, markAndNext, newSheet, paletteState, PALETTE_STATES, saveAndNext, type Sheet } from './tests-palette.ts';

const ids = ['q1', 'q2', 'q3', 'q4'];

describe('NTA palette', () => {
  it('starts with the first question visited and the rest not visited', () => {
    const s = newSheet(ids);
    expect(ids.map((id) => paletteState(s, id))).toEqual(['NOT_ANSWERED', 'NOT_VISITED', 'NOT_VISITED', 'NOT_VISITED']);
  });

  it('Save & Next with a selection: answered, one write, moves to the next question', () => {
    const step = saveAndNext(newSheet(ids), 'B');
    expect(step.write).toEqual({ questionId: 'q1', answer: 'B' });
    expect(paletteState(step.sheet, 'q1')).toBe('ANSWERED');
    expect(currentId(step.sheet)).toBe('q2');
    expect(paletteState(step.sheet, 'q2')).toBe('NOT_ANSWERED');
  });

  it('Save & Next with nothing selected writes nothing and leaves it not answered', () => {
    const step = saveAndNext(newSheet(ids), null);
    expect(step.write).toBeNull();
    expect(paletteState(step.sheet, 'q1')).toBe('NOT_ANSWERED');
  });

  it('Mark for Review & Next: marked without an answer, answered and marked with one', () => {
    const a = markAndNext(newSheet(ids), null);
    expect(a.write).toBeNull();
    expect(paletteState(a.sheet, 'q1')).toBe('MARKED');
    const b = markAndNext(a.sheet, '12');
    expect(b.write).toEqual({ questionId: 'q2', answer: '12' });
    expect(paletteState(b.sheet, 'q2')).toBe('ANSWERED_MARKED');
  });

  it('Save & Next on a marked question removes the mark', () => {
    const marked = markAndNext(newSheet(ids), 'A').sheet;
    const back = saveAndNext(goTo(marked, 0), 'A');
    expect(back.write).toBeNull(); // same answer: nothing new to write
    expect(paletteState(back.sheet, 'q1')).toBe('ANSWERED');
  });

  it('Clear Response writes a null answer only when there was one, and stays on the question', () => {
    const answered = goTo(saveAndNext(newSheet(ids), 'C').sheet, 0);
    const cleared = clearResponse(answered);
    expect(cleared.write).toEqual({ questionId: 'q1', answer: null });
    expect(currentId(cleared.sheet)).toBe('q1');
    expect(paletteState(cleared.sheet, 'q1')).toBe('NOT_ANSWERED');
    expect(clearResponse(cleared.sheet).write).toBeNull();
  });

  it('an emptied selection saves as no answer', () => {
    const answered = goTo(saveAndNext(newSheet(ids), 'AB').sheet, 0);
    const step = saveAndNext(answered, null);
    expect(step.write).toEqual({ questionId: 'q1', answer: null });
    expect(paletteState(step.sheet, 'q1')).toBe('NOT_ANSWERED');
  });

  it('wraps from the last question to the first; goTo clamps', () => {
    let s = goTo(newSheet(ids), 3);
    s = saveAndNext(s, null).sheet;
    expect(currentId(s)).toBe('q1');
    expect(currentId(goTo(s, 99))).toBe('q4');
    expect(currentId(goTo(s, -5))).toBe('q1');
  });

  it('counts states for the submit summary', () => {
    let s = newSheet(ids);
    s = saveAndNext(s, 'A').sheet; // q1 answered
    s = markAndNext(s, null).sheet; // q2 marked
    s = markAndNext(s, 'B').sheet; // q3 answered & marked, q4 visited
    expect(countStates(s)).toEqual({ NOT_VISITED: 0, NOT_ANSWERED: 1, ANSWERED: 1, MARKED: 1, ANSWERED_MARKED: 1 });
    expect(countStates(s, ['q1', 'q2'])).toEqual({ NOT_VISITED: 0, NOT_ANSWERED: 0, ANSWERED: 1, MARKED: 1, ANSWERED_MARKED: 0 });
  });

  it('property: replaying the writes reproduces the saved answers; every question is in exactly one state', () => {
    const action = fc.oneof(
      fc.record({ kind: fc.constant('save' as const), answer: fc.option(fc.constantFrom('A', 'B', 'CD', '7'), { nil: null }) }),
      fc.record({ kind: fc.constant('mark' as const), answer: fc.option(fc.constantFrom('A', 'B', 'CD', '7'), { nil: null }) }),
      fc.record({ kind: fc.constant('clear' as const) }),
      fc.record({ kind: fc.constant('go' as const), to: fc.integer({ min: -2, max: 6 }) }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 60 }), (actions) => {
        let s: Sheet = newSheet(ids);
        const replay = new Map<string, string>();
        for (const a of actions) {
          const step =
            a.kind === 'save' ? saveAndNext(s, a.answer) : a.kind === 'mark' ? markAndNext(s, a.answer) : a.kind === 'clear' ? clearResponse(s) : { sheet: goTo(s, a.to), write: null };
          if (step.write) {
            if (step.write.answer === null) replay.delete(step.write.questionId);
            else replay.set(step.write.questionId, step.write.answer);
          }
          s = step.sheet;
        }
        expect(new Map(s.answers)).toEqual(replay);
        const counts = countStates(s);
        expect(PALETTE_STATES.reduce((n, k) => n + counts[k], 0)).toBe(ids.length);
        // The question on screen has always been visited.
        expect(paletteState(s, currentId(s) as string)).not.toBe('NOT_VISITED');
      }),
    );
  });
});
