import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** A string that starts like an SQL statement (upper-case keywords, as this codebase writes SQL). */
const SQL = String.raw`/^\s*(SELECT\s|INSERT\s+INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|WITH\s+\w+\s+AS\s)/`;

const nodeBuiltins = ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process', 'net', 'http', 'url'];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'client/dev-dist/**', 'coverage/**', 'scripts/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // pg rows and parsed JSON are untyped by nature; the zod schemas at the edges type them.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true, allowNullish: true }],
    },
  },
  // Tool configs in plain JS are outside the TypeScript project: lint them without type info.
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    // The engine is pure and deterministic: no I/O, no clock, no unseeded randomness, no app code.
    files: ['shared/src/**/*.ts'],
    ignores: ['shared/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'shared/ is pure: no Node built-ins.' },
            { group: ['pg', 'fastify', 'fastify-*', '@fastify/*', 'react', 'react-dom', '@powersync/*', 'dexie'], message: 'shared/ is pure: no I/O or UI libraries.' },
            { group: ['**/server/**', '**/client/**', '@cr/server', '@cr/client'], message: 'shared/ may not import the app.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass time in as a parameter.' },
        { object: 'Math', property: 'random', message: 'Pass a seeded random source in.' },
        { object: 'performance', property: 'now', message: 'Pass time in as a parameter.' },
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'new Date() reads the clock; pass time in.' }],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/server/**', '@cr/server', 'pg', 'fastify'], message: 'client/ and server/ never import each other.' }] },
      ],
    },
  },
  {
    // Data access lives in client/src/data/ (docs/style.md): the screens and the rest of the app
    // reach the replica and the SDK only through its named functions and hooks.
    files: ['client/src/**/*.{ts,tsx}'],
    ignores: ['client/src/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', '@cr/server', 'pg', 'fastify'], message: 'client/ and server/ never import each other.' },
            { group: ['@powersync/*'], message: 'Only client/src/data/ talks to PowerSync; use or add a function there.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: `Literal[value=${SQL}]`, message: 'SQL belongs in client/src/data/; call a named query there.' },
        { selector: `TemplateElement[value.raw=${SQL}]`, message: 'SQL belongs in client/src/data/; call a named query there.' },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/client/**', '@cr/client', 'react', 'react-dom'], message: 'client/ and server/ never import each other.' }] },
      ],
    },
  },
  {
    // Routes parse, authorise, call and reply (docs/server-layout.md): every statement lives in the
    // repository or service of its feature, so a route never holds SQL nor queries a pool or client.
    files: ['server/src/routes/**/*.ts'],
    ignores: ['server/src/routes/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: `Literal[value=${SQL}]`, message: 'SQL belongs in the repository or service of its feature, not in a route.' },
        { selector: `TemplateElement[value.raw=${SQL}]`, message: 'SQL belongs in the repository or service of its feature, not in a route.' },
        { selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='query']", message: 'Routes do not query the database; call a repository or service function.' },
        { selector: "CallExpression[callee.name='withTransaction']", message: 'Routes do not open transactions; the service of the feature does (its change and its audit entry together).' },
      ],
    },
  },
);
