import type { AnswerCheck } from './verify.ts';

/** Independent checks of the equilibrium, redox and electrochemistry generators. */
export const eqChecks: Record<string, AnswerCheck> = {};
