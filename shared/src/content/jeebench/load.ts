import { z } from 'zod';
import type { Question } from '../../schemas/content.ts';
import { RAW_CONTENT } from '../data-files.ts';
import { convertJeebenchRecord, jeebenchMappingSchema, jeebenchRecordSchema, type JeebenchMapping, type JeebenchRecord } from './convert.ts';

export function loadJeebenchRecords(): JeebenchRecord[] {
  return z.array(jeebenchRecordSchema).parse(RAW_CONTENT.jeebench);
}

export function loadJeebenchMapping(): JeebenchMapping {
  return jeebenchMappingSchema.parse(RAW_CONTENT.mapping.mapping);
}

/** All 515 JEEBench questions converted and mapped to concepts, in dataset order. */
export function loadJeebenchQuestions(): Question[] {
  const mapping = loadJeebenchMapping();
  return loadJeebenchRecords().map((r) => convertJeebenchRecord(r, mapping));
}
