import { defineConfig } from 'vitest/config';

// Three projects: pure/unit tests; database tests (*.pg.test.ts) that run against
// whichever database TEST_DB names (pglite by default, postgres in the second CI pass);
// browser tests (tests/e2e/**/*.e2e.test.ts).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          // TEST_EXCLUDE: comma-separated globs left out of a run (the Node 24 pass of .ci/run).
          exclude: ['**/*.pg.test.ts', '**/node_modules/**', ...(process.env.TEST_EXCLUDE ?? '').split(',').filter(Boolean)],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'db',
          include: ['**/*.pg.test.ts'],
          exclude: ['**/node_modules/**'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        // Browser tests: Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium) against the
        // real server on PGlite, over a client/dist that `npm run build` produced beforehand.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          exclude: ['**/node_modules/**'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          pool: 'forks',
          // One file at a time. Two workers took the suite from 774 s to 520-558 s on two cores
          // (2026-12-07), but stretched its longest test from 54.5 s to 89.8 s of its 120 s
          // timeout: on a machine twice as slow it would time out.
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
