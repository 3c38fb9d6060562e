export * from './kinds.ts';
export * from './local-time.ts';
export * from './plan.ts';
export * from './templates.ts';
