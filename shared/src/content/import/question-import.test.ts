import { describe, expect, it } from 'vitest';
import exampleJson from '../../../../content/import/example.json' with { type: 'json' };
import { loadContentGraph } from '../content-graph.ts';
import { parseCsv } from './csv.ts';
import { importQuestionId, parseQuestionImport } from './question-import.ts';

const concepts = new Map(loadContentGraph().concepts.map((c) => [c.id, c.subject]));
const HEADER = 'external_id,subject,type,primary_concept_id,secondary_concept_ids,text,option_a,option_b,option_c,option_d,answer,tolerance,explanation,difficulty,year,image_urls';
// The CSV example is embedded here verbatim from content/import/example.csv's format (shared/ does no file I/O).
const EXAMPLE_CSV = [
  HEADER,
  'VMC-P-0001,PHYSICS,SINGLE,P.KIN.PROJ,M.TRIG.COMPOUND,"Range of a projectile, $u = 20$",$10\\sqrt3$ m,$20\\sqrt3$ m,$40$ m,$20$ m,B,,,2,2024,',
  'VMC-P-0002,PHYSICS,MULTI,P.ES.CAPACITOR,P.ES.DIELECTRIC,"Which are true?\nSee the figure.",Area,Separation,Dielectric,Energy,"A,C,D",,,3,,https://cdn.example.org/p.png',
  'VMC-C-0001,CHEMISTRY,NUMERIC,C.EQ.PH,,pH of 0.002 M HCl,,,,,2.70,0.02,,2,2023,',
].join('\r\n');

describe('CSV parser (RFC 4180)', () => {
  it('handles quotes, escaped quotes, commas and newlines inside fields, CRLF and a BOM', () => {
    const r = parseCsv('\ufeffa,b,c\r\n"x, y","say ""hi""","line1\nline2"\r\n\r\n1,,3\n');
    expect(r).toEqual({ ok: true, rows: [['a', 'b', 'c'], ['x, y', 'say "hi"', 'line1\nline2'], ['1', '', '3']] });
  });
  it('rejects an unterminated quote and stray quotes', () => {
    expect(parseCsv('a,"b\nc')).toEqual({ ok: false, line: 1, reason: 'unterminated quoted field' });
    expect(parseCsv('a,b"c"').ok).toBe(false);
  });
});

describe('question import', () => {
  const source = 'Vidyamandir Classes';
  it('imports a valid CSV file with stable ids, normalised answers and image URLs', () => {
    const r = parseQuestionImport({ format: 'csv', content: EXAMPLE_CSV, source, concepts });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.questions.map((q) => q.question.answer)).toEqual(['B', 'ACD', '2.70']);
    expect(r.questions[1]!.question.text).toBe('Which are true?\nSee the figure.');
    expect(r.questions[1]!.question.image_urls).toEqual(['https://cdn.example.org/p.png']);
    expect(r.questions[2]!.question.tolerance).toBe(0.02);
    expect(r.questions[0]!.question.id).toBe(importQuestionId(source, 'VMC-P-0001'));
  });
  it('imports the JSON example file, and re-importing gives the same ids (no duplicates)', () => {
    const content = JSON.stringify(exampleJson);
    const a = parseQuestionImport({ format: 'json', content, source, concepts });
    const b = parseQuestionImport({ format: 'json', content, source, concepts });
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.questions).toHaveLength(4);
    expect(a.questions.map((q) => q.question.id)).toEqual(b.questions.map((q) => q.question.id));
    expect(a.questions[0]!.question.options?.map((o) => o.key)).toEqual(['A', 'B', 'C', 'D']);
    // The same external id from another centre is a different question.
    expect(importQuestionId('Other Centre', 'VMC-P-0001')).not.toBe(importQuestionId(source, 'VMC-P-0001'));
  });
  it('rejects the whole file and lists every error with row, field and reason', () => {
    const bad = [
      HEADER,
      'X1,PHYSICS,SINGLE,P.KIN.PROJ,,Stem,a,b,,,E,,,2,,',
      'X2,BIOLOGY,INTEGER,NO.SUCH,,Stem,,,,,1.5,,,9,1800,http://insecure.example/x.png',
      'X1,MATH,NUMERIC,M.PC.COMB,,Stem,,,,,abc,-1,,,,',
      'X4,MATH,SINGLE,P.KIN.PROJ,,Stem,a,,c,,A,,,,,',
      'X5,MATH,INTEGER,M.PC.COMB,,Good row,,,,,3,,,,,',
    ].join('\n');
    const r = parseQuestionImport({ format: 'csv', content: bad, source, concepts });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const got = r.errors.map((e) => `${e.row}:${e.field}`);
    expect(got).toEqual(expect.arrayContaining([
      '2:answer', '3:subject', '3:primary_concept_id', '3:answer', '3:difficulty', '3:year', '3:image_urls',
      '4:answer', '4:tolerance', '5:primary_concept_id', '5:options',
    ]));
    expect(r.errors.every((e) => e.reason.length > 0)).toBe(true);
    expect(got.some((g) => g.startsWith('6:'))).toBe(false);
  });
  it('reports a duplicate external id inside one file', () => {
    const dup = [HEADER, 'A1,MATH,INTEGER,M.PC.COMB,,One,,,,,1,,,,,', 'A1,MATH,INTEGER,M.PC.COMB,,Two,,,,,2,,,,,'].join('\n');
    const r = parseQuestionImport({ format: 'csv', content: dup, source, concepts });
    expect(r).toEqual({ ok: false, errors: [{ row: 3, field: 'external_id', reason: 'duplicate of row 2' }] });
  });
  it('reports missing and unknown columns, malformed JSON and empty files', () => {
    const r = parseQuestionImport({ format: 'csv', content: 'external_id,subject,colour\n1,MATH,red', source, concepts });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['type', 'primary_concept_id', 'text', 'answer', 'colour']));
    expect(parseQuestionImport({ format: 'json', content: '{oops', source, concepts }).ok).toBe(false);
    expect(parseQuestionImport({ format: 'json', content: '{"questions": []}', source, concepts })).toEqual({ ok: false, errors: [{ row: 0, field: 'file', reason: 'no question rows' }] });
  });
});
