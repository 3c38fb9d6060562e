/** Public entry of the content module: graph, JEEBench import, generators, bank, coverage, imports. */
export { checkContentGraph, loadContentGraph, SYLLABUS_UNIT_COUNTS, unitSchema, type ContentGraph, type Unit } from './content-graph.ts';
export {
  convertJeebenchRecord,
  jeebenchMappingSchema,
  jeebenchQuestionId,
  jeebenchRecordSchema,
  JEEBENCH_NUMERIC_TOLERANCE,
  normaliseJeebenchAnswer,
  splitOptions,
  type JeebenchMapping,
  type JeebenchRecord,
} from './jeebench/convert.ts';
export { loadJeebenchMapping, loadJeebenchQuestions, loadJeebenchRecords } from './jeebench/load.ts';
export { createRng, hashString, type Rng } from './random.ts';
export { generatedQuestionId, instantiate } from './generators/framework.ts';
export { GENERATORS, generateQuestion, getGenerator } from './generators/registry.ts';
export type { GeneratedInstance, GeneratorDef, Params } from './generators/types.ts';
export { buildQuestionBank, distinctGeneratedQuestions, type BankOptions } from './bank.ts';
export { computeCoverage, type Coverage, type UnitCoverage } from './coverage.ts';
export { parseCsv, type CsvResult } from './import/csv.ts';
export {
  IMPORT_COLUMNS,
  importQuestionId,
  parseQuestionImport,
  type ImportError,
  type ImportedQuestion,
  type ImportOptions,
  type ImportResult,
} from './import/question-import.ts';
