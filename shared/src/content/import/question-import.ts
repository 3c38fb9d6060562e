import { z } from 'zod';
import { questionSchema, type OptionKey, type Question, type Subject } from '../../schemas/content.ts';
import { hashString } from '../random.ts';
import { parseCsv } from './csv.ts';

/** One problem with one row: `row` is 1-based (CSV: the header is row 1; JSON: the array index + 1). */
export interface ImportError {
  row: number;
  field: string;
  reason: string;
}

export interface ImportedQuestion {
  /** Idempotency key: the same (source, external_id) always yields the same key and question id. */
  importKey: string;
  row: number;
  question: Question;
}

export type ImportResult = { ok: true; questions: ImportedQuestion[] } | { ok: false; errors: ImportError[] };

export interface ImportOptions {
  format: 'csv' | 'json';
  content: string;
  /** Who supplied the file, e.g. "Vidyamandir Classes"; part of every import key. */
  source: string;
  /** Known concepts and their subjects; rows must reference these. */
  concepts: ReadonlyMap<string, Subject>;
}

export const IMPORT_COLUMNS = ['external_id', 'subject', 'type', 'primary_concept_id', 'secondary_concept_ids', 'text', 'option_a', 'option_b', 'option_c', 'option_d', 'answer', 'tolerance', 'explanation', 'difficulty', 'year', 'image_urls'] as const;
const REQUIRED = ['external_id', 'subject', 'type', 'primary_concept_id', 'text', 'answer'] as const;
const KEYS: readonly OptionKey[] = ['A', 'B', 'C', 'D'];
const MAX_ROWS = 20_000;

/** A row as strings (CSV) or loosely typed values (JSON), before validation. */
type RawRow = Record<string, unknown>;

const jsonFileSchema = z.object({ questions: z.array(z.record(z.string(), z.unknown())) }).passthrough();

/**
 * Parses and validates a coaching-centre question file. All-or-nothing: any invalid row means no
 * questions are returned, only the complete list of errors. Pure; the caller writes to the database,
 * upserting by `question.id` (derived from the import key) so re-imports create no duplicates.
 */
export function parseQuestionImport(opts: ImportOptions): ImportResult {
  const source = opts.source.trim();
  if (!source || source.length > 80) return { ok: false, errors: [{ row: 0, field: 'source', reason: 'source must be 1–80 characters' }] };
  const rows = opts.format === 'csv' ? csvRows(opts.content) : jsonRows(opts.content);
  if ('errors' in rows) return { ok: false, errors: rows.errors };
  if (rows.items.length === 0) return { ok: false, errors: [{ row: 0, field: 'file', reason: 'no question rows' }] };
  if (rows.items.length > MAX_ROWS) return { ok: false, errors: [{ row: 0, field: 'file', reason: `more than ${MAX_ROWS} rows` }] };
  const errors: ImportError[] = [];
  const out: ImportedQuestion[] = [];
  const seenIds = new Map<string, number>();
  for (const { row, raw } of rows.items) {
    const res = validateRow(raw, row, source, opts.concepts);
    if ('errors' in res) {
      errors.push(...res.errors);
      continue;
    }
    const earlier = seenIds.get(res.item.importKey);
    if (earlier !== undefined) {
      errors.push({ row, field: 'external_id', reason: `duplicate of row ${earlier}` });
      continue;
    }
    seenIds.set(res.item.importKey, row);
    out.push(res.item);
  }
  return errors.length ? { ok: false, errors } : { ok: true, questions: out };
}

/** The stable question id for an imported row: `imp-<hash(source)>-<hash(external id)>`. */
export function importQuestionId(source: string, externalId: string): string {
  const hex = (s: string) => hashString(s).toString(16).padStart(8, '0');
  return `imp-${hex(source.trim().toLowerCase())}-${hex(externalId.trim())}-${hex(`${source.trim().toLowerCase()}\u0000${externalId.trim()}`)}`;
}

function csvRows(content: string): { items: { row: number; raw: RawRow }[] } | { errors: ImportError[] } {
  const parsed = parseCsv(content);
  if (!parsed.ok) return { errors: [{ row: parsed.line, field: 'file', reason: `CSV: ${parsed.reason}` }] };
  const [header, ...body] = parsed.rows;
  if (!header) return { errors: [{ row: 1, field: 'file', reason: 'empty file' }] };
  const cols = header.map((h) => h.trim().toLowerCase());
  const errors: ImportError[] = [];
  for (const c of REQUIRED) if (!cols.includes(c)) errors.push({ row: 1, field: c, reason: 'missing column' });
  for (const c of cols) if (!(IMPORT_COLUMNS as readonly string[]).includes(c)) errors.push({ row: 1, field: c, reason: 'unknown column' });
  if (errors.length) return { errors };
  const items = body.map((cells, i) => {
    const raw: RawRow = {};
    cols.forEach((c, k) => (raw[c] = cells[k] ?? ''));
    if (cells.length !== cols.length) raw.__width = `has ${cells.length} fields, header has ${cols.length}`;
    return { row: i + 2, raw };
  });
  return { items };
}

function jsonRows(content: string): { items: { row: number; raw: RawRow }[] } | { errors: ImportError[] } {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (e) {
    return { errors: [{ row: 0, field: 'file', reason: `JSON: ${(e as Error).message}` }] };
  }
  const parsed = jsonFileSchema.safeParse(data);
  if (!parsed.success) return { errors: [{ row: 0, field: 'questions', reason: 'expected an object with a "questions" array of objects' }] };
  const items = parsed.data.questions.map((q, i) => {
    const raw: RawRow = { ...q };
    // JSON may give options as {A: …} or [{key, text}], and lists as arrays; normalise to CSV columns.
    const opts = q.options;
    if (opts && typeof opts === 'object') {
      const entries = Array.isArray(opts) ? opts.map((o) => [str((o as { key?: unknown }).key), (o as { text?: unknown }).text] as const) : Object.entries(opts as Record<string, unknown>);
      for (const [k, v] of entries) raw[`option_${k.toLowerCase()}`] = v;
      delete raw.options;
    }
    for (const f of ['secondary_concept_ids', 'image_urls']) if (Array.isArray(q[f])) raw[f] = (q[f] as unknown[]).map(String).join(';');
    for (const k of Object.keys(raw)) if (!(IMPORT_COLUMNS as readonly string[]).includes(k)) raw.__unknown = [...((raw.__unknown as string[] | undefined) ?? []), k];
    return { row: i + 1, raw };
  });
  return { items };
}

/** Cell text: strings trimmed, numbers and booleans printed, anything else (objects, arrays) rejected as ''. */
const str = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
const list = (v: unknown): string[] => str(v).split(/[;\s]+/).filter(Boolean);

function validateRow(raw: RawRow, row: number, source: string, concepts: ReadonlyMap<string, Subject>): { item: ImportedQuestion } | { errors: ImportError[] } {
  const errors: ImportError[] = [];
  const err = (field: string, reason: string) => errors.push({ row, field, reason });
  if (typeof raw.__width === 'string') err('row', raw.__width);
  for (const k of (raw.__unknown as string[] | undefined) ?? []) err(k, 'unknown field');

  const externalId = str(raw.external_id);
  if (!externalId) err('external_id', 'required');
  else if (externalId.length > 100) err('external_id', 'longer than 100 characters');

  const subject = str(raw.subject).toUpperCase();
  if (!['MATH', 'PHYSICS', 'CHEMISTRY'].includes(subject)) err('subject', 'must be MATH, PHYSICS or CHEMISTRY');

  const type = str(raw.type).toUpperCase();
  if (!['SINGLE', 'MULTI', 'INTEGER', 'NUMERIC'].includes(type)) err('type', 'must be SINGLE, MULTI, INTEGER or NUMERIC');

  const primary = str(raw.primary_concept_id);
  if (!primary) err('primary_concept_id', 'required');
  else if (!concepts.has(primary)) err('primary_concept_id', `unknown concept ${primary}`);
  else if (subject && concepts.get(primary) !== subject && ['MATH', 'PHYSICS', 'CHEMISTRY'].includes(subject)) err('primary_concept_id', `${primary} is a ${concepts.get(primary)} concept`);
  const secondary = list(raw.secondary_concept_ids);
  for (const c of secondary) if (!concepts.has(c)) err('secondary_concept_ids', `unknown concept ${c}`);
  if (secondary.length > 10) err('secondary_concept_ids', 'at most 10');

  const text = str(raw.text);
  if (!text) err('text', 'required');
  else if (text.length > 20000) err('text', 'longer than 20000 characters');

  const optionTexts = KEYS.map((k) => str(raw[`option_${k.toLowerCase()}`]));
  const present = KEYS.filter((_, i) => optionTexts[i]);
  const choice = type === 'SINGLE' || type === 'MULTI';
  let options: { key: OptionKey; text: string }[] | null = null;
  if (choice) {
    if (present.length < 2) err('options', 'SINGLE and MULTI need at least options A and B');
    else if (present.join('') !== 'ABCD'.slice(0, present.length)) err('options', 'options must be consecutive from A');
    else options = present.map((key) => ({ key, text: optionTexts[KEYS.indexOf(key)] as string }));
    for (const [i, t] of optionTexts.entries()) if (t.length > 5000) err(`option_${'abcd'[i]}`, 'longer than 5000 characters');
  } else if (present.length) err('options', `${type || 'this type'} takes no options`);

  let answer = str(raw.answer);
  let tolerance: number | null = null;
  if (!answer) err('answer', 'required');
  else if (choice) {
    const letters = answer.toUpperCase().replace(/[\s,;]/g, '');
    if (!/^[A-D]+$/.test(letters)) err('answer', 'must be option letters, e.g. "B" or "ACD"');
    else {
      const keys = [...new Set(letters)].sort();
      if (keys.some((k) => !present.includes(k as OptionKey))) err('answer', 'refers to an option that is not given');
      if (type === 'SINGLE' && keys.length !== 1) err('answer', 'SINGLE takes exactly one letter');
      answer = keys.join('');
    }
  } else if (type === 'INTEGER') {
    if (!/^-?\d{1,9}$/.test(answer)) err('answer', 'must be an integer');
    else answer = String(Number(answer));
  } else if (type === 'NUMERIC') {
    if (!/^-?\d+(\.\d+)?$/.test(answer)) err('answer', 'must be a decimal number, e.g. 4.47');
    const tol = str(raw.tolerance);
    tolerance = tol === '' ? 0.01 : Number(tol);
    if (!Number.isFinite(tolerance) || tolerance < 0) err('tolerance', 'must be a number ≥ 0');
  }
  if (type !== 'NUMERIC' && str(raw.tolerance)) err('tolerance', 'only NUMERIC questions take a tolerance');

  const diffText = str(raw.difficulty);
  const difficulty = diffText === '' ? 3 : Number(diffText);
  if (!Number.isInteger(difficulty) || difficulty < 1 || difficulty > 5) err('difficulty', 'must be an integer 1–5');

  const yearText = str(raw.year);
  const year = yearText === '' ? null : Number(yearText);
  if (year !== null && (!Number.isInteger(year) || year < 1950 || year > 2100)) err('year', 'must be a year 1950–2100');

  const imageUrls = list(raw.image_urls);
  if (imageUrls.length > 10) err('image_urls', 'at most 10 images');
  // Security: only absolute https URLs without credentials are stored; the client renders them as <img>.
  for (const u of imageUrls) {
    let url: URL | null;
    try {
      url = new URL(u);
    } catch {
      url = null;
    }
    if (!url || url.protocol !== 'https:' || url.username || url.password) err('image_urls', `not an https URL: ${u}`);
  }

  // Postgres text cannot hold NUL; a NUL anywhere is a broken export, not content.
  for (const [key, value] of Object.entries(raw)) {
    if (JSON.stringify(value ?? '').includes('\\u0000')) err(key, 'contains a NUL character');
  }

  const explanation = str(raw.explanation);
  if (explanation.length > 20000) err('explanation', 'longer than 20000 characters');
  if (errors.length) return { errors };

  // JSON of the pair: unambiguous, and free of NUL (which Postgres text cannot store).
  const importKey = JSON.stringify([source, externalId]);
  const question: Question = {
    id: importQuestionId(source, externalId),
    subject: subject as Subject,
    primary_concept_id: primary,
    secondary_concept_ids: secondary.filter((c) => c !== primary),
    type: type as Question['type'],
    text,
    options,
    answer,
    tolerance,
    explanation,
    difficulty,
    source: source.slice(0, 100),
    year,
    image_urls: imageUrls,
    generator: null,
  };
  const checked = questionSchema.safeParse(question);
  if (!checked.success) return { errors: checked.error.issues.map((i) => ({ row, field: String(i.path[0] ?? 'row'), reason: i.message })) };
  return { item: { importKey, row, question: checked.data } };
}
