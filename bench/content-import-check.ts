/**
 * Validates a coaching-centre question file without writing anything:
 *   node --import tsx bench/content-import-check.ts <file.csv|file.json> [source]
 * With no file it checks content/import/example.csv and example.json. Exits 1 on any invalid row.
 */
import { readFileSync } from 'node:fs';
import { loadContentGraph } from '../shared/src/content/content-graph.ts';
import { parseQuestionImport } from '../shared/src/content/import/question-import.ts';

const concepts = new Map(loadContentGraph().concepts.map((c) => [c.id, c.subject]));
const files = process.argv[2] ? [process.argv[2]] : ['content/import/example.csv', 'content/import/example.json'];
const source = process.argv[3] ?? 'Example Coaching Centre';
let failed = false;
for (const file of files) {
  const format = file.endsWith('.json') ? 'json' : 'csv';
  const result = parseQuestionImport({ format, content: readFileSync(file, 'utf8'), source, concepts });
  if (result.ok) {
    console.log(`${file}: ${result.questions.length} valid questions (ids ${result.questions.map((q) => q.question.id).join(', ')})`);
  } else {
    failed = true;
    console.log(`${file}: ${result.errors.length} errors, nothing imported`);
    for (const e of result.errors) console.log(`  row ${e.row} ${e.field}: ${e.reason}`);
  }
}
process.exitCode = failed ? 1 : 0;
