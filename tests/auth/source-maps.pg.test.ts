import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';

// Source maps would publish the whole client source: the server refuses to serve one even if a
// build directory contains it (tests/e2e/no-source-maps.e2e.test.ts checks the build emits none).

describe('source maps', () => {
  it('the server answers 404 for a .map file that is present in the client directory', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'cr-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(dist, 'assets', 'app.js.map'), '{"version":3,"sources":["secret.ts"]}');
    writeFileSync(path.join(dist, 'assets', 'app.js.map.gz'), 'x');
    const t = await createTestApp({ CLIENT_DIST: dist });
    try {
      expect((await t.app.inject({ method: 'GET', url: '/assets/app.js' })).statusCode).toBe(200);
      for (const url of ['/assets/app.js.map', '/assets/app.js.map?v=1', '/assets/app.js.map.gz']) {
        const res = await t.app.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(404);
        expect(res.body).not.toContain('secret.ts');
      }
    } finally {
      await t.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
