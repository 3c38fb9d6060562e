/**
 * The NTA question palette as a pure state machine. A question is in one of five states, decided
 * by whether it was visited, whether it has a saved answer and whether it is marked for review:
 *
 * | visited | saved answer | marked | state            |
 * |---------|--------------|--------|------------------|
 * | no      | –            | –      | NOT_VISITED      |
 * | yes     | no           | no     | NOT_ANSWERED     |
 * | yes     | yes          | no     | ANSWERED         |
 * | yes     | no           | yes    | MARKED           |
 * | yes     | yes          | yes    | ANSWERED_MARKED  |
 *
 * Actions return the next state and the answer write they call for (null: nothing to write). An
 * answer is saved only by Save & Next / Mark for Review & Next / Clear Response, as in the NTA
 * interface; the answers a student saves and marks are evaluated ("answered & marked" counts).
 * The selection on screen is what gets saved: an emptied selection saves as "no answer".
 */

export const PALETTE_STATES = ['NOT_VISITED', 'NOT_ANSWERED', 'ANSWERED', 'MARKED', 'ANSWERED_MARKED'] as const;
export type PaletteState = (typeof PALETTE_STATES)[number];

export interface Sheet {
  /** Question ids in paper order (sections are contiguous). */
  readonly order: readonly string[];
  /** Index into `order` of the question on screen. */
  readonly current: number;
  readonly visited: ReadonlySet<string>;
  readonly marked: ReadonlySet<string>;
  /** Saved answers (question id → engine answer text); absent = none. */
  readonly answers: ReadonlyMap<string, string>;
}

/** An answer to write as an attempt: `answer` null = Clear Response. */
export interface AnswerWrite {
  readonly questionId: string;
  readonly answer: string | null;
}

export interface Step {
  readonly sheet: Sheet;
  readonly write: AnswerWrite | null;
}

export function newSheet(order: readonly string[], answers: ReadonlyMap<string, string> = new Map()): Sheet {
  const first = order[0];
  return { order, current: 0, visited: new Set(first === undefined ? [] : [first]), marked: new Set(), answers };
}

export function paletteState(sheet: Sheet, questionId: string): PaletteState {
  if (!sheet.visited.has(questionId) && !sheet.answers.has(questionId) && !sheet.marked.has(questionId)) return 'NOT_VISITED';
  const answered = sheet.answers.has(questionId);
  const marked = sheet.marked.has(questionId);
  return answered ? (marked ? 'ANSWERED_MARKED' : 'ANSWERED') : marked ? 'MARKED' : 'NOT_ANSWERED';
}

export function currentId(sheet: Sheet): string | undefined {
  return sheet.order[sheet.current];
}

/** Shows question `index` (clamped) and counts it visited. */
export function goTo(sheet: Sheet, index: number): Sheet {
  if (sheet.order.length === 0) return sheet;
  const i = Math.max(0, Math.min(sheet.order.length - 1, Math.trunc(index)));
  const id = sheet.order[i] as string;
  return { ...sheet, current: i, visited: sheet.visited.has(id) ? sheet.visited : new Set([...sheet.visited, id]) };
}

/** The next question; after the last one, the first (NTA wraps round). */
function next(sheet: Sheet): Sheet {
  return goTo(sheet, sheet.order.length === 0 ? 0 : (sheet.current + 1) % sheet.order.length);
}

/** Records `answer` (null: none) for the current question; the write is null when nothing changes. */
function save(sheet: Sheet, answer: string | null): Step {
  const id = currentId(sheet);
  if (id === undefined) return { sheet, write: null };
  const before = sheet.answers.get(id) ?? null;
  if (before === answer) return { sheet, write: null };
  const answers = new Map(sheet.answers);
  if (answer === null) answers.delete(id);
  else answers.set(id, answer);
  return { sheet: { ...sheet, answers }, write: { questionId: id, answer } };
}

function withMark(sheet: Sheet, marked: boolean): Sheet {
  const id = currentId(sheet);
  if (id === undefined || sheet.marked.has(id) === marked) return sheet;
  const set = new Set(sheet.marked);
  if (marked) set.add(id);
  else set.delete(id);
  return { ...sheet, marked: set };
}

/** Save & Next: saves the selection, removes a review mark, moves on. */
export function saveAndNext(sheet: Sheet, selection: string | null): Step {
  const saved = save(sheet, selection);
  return { sheet: next(withMark(saved.sheet, false)), write: saved.write };
}

/** Mark for Review & Next: saves the selection (it is still evaluated), marks it, moves on. */
export function markAndNext(sheet: Sheet, selection: string | null): Step {
  const saved = save(sheet, selection);
  return { sheet: next(withMark(saved.sheet, true)), write: saved.write };
}

/** Clear Response: removes the saved answer (an attempt with no answer); stays on the question. */
export function clearResponse(sheet: Sheet): Step {
  return save(sheet, null);
}

export type PaletteCounts = Record<PaletteState, number>;

/** How many questions (of `ids`, default all) are in each state: the submit summary. */
export function countStates(sheet: Sheet, ids: readonly string[] = sheet.order): PaletteCounts {
  const counts = Object.fromEntries(PALETTE_STATES.map((s) => [s, 0])) as PaletteCounts;
  for (const id of ids) counts[paletteState(sheet, id)] += 1;
  return counts;
}
