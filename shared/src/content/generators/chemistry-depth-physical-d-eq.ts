import type { GeneratorDef } from './types.ts';

/** Ionic and chemical equilibria, redox and electrochemistry: further question shapes. */
export const chemDepthPhysicalEqGenerators: GeneratorDef[] = [];
