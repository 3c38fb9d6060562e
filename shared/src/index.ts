export * from './schemas/content.ts';
export * from './schemas/errors.ts';
export * from './schemas/api.ts';
