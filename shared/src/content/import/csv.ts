/**
 * RFC 4180 CSV: comma-separated, fields optionally in double quotes, `""` escapes a quote inside
 * a quoted field, quoted fields may contain commas and line breaks, CRLF or LF line endings.
 */
export type CsvResult = { ok: true; rows: string[][] } | { ok: false; line: number; reason: string };

export function parseCsv(input: string): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let fieldStartLine = 1;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    // A blank line (one empty field) is skipped rather than read as a record.
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          return { ok: false, line, reason: 'text after a closing quote' };
        }
        continue;
      }
      if (ch === '\n') line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      if (field !== '') return { ok: false, line, reason: 'quote inside an unquoted field' };
      quoted = true;
      fieldStartLine = line;
      i++;
    } else if (ch === ',') {
      endField();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) return { ok: false, line: fieldStartLine, reason: 'unterminated quoted field' };
  if (field !== '' || row.length > 0) endRow();
  return { ok: true, rows };
}
