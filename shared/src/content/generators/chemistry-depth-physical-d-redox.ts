import type { GeneratorDef } from './types.ts';

export const redoxElecGenerators: GeneratorDef[] = [];
