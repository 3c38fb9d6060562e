export * from './schemas/content.ts';
export * from './schemas/errors.ts';
export * from './schemas/api.ts';
export * from './schemas/privacy.ts';
export * from './content/index.ts';
export * from './engine/index.ts';
