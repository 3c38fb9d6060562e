import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_DIST } from './support.ts';

// The production build (`npm run build`, which the browser suites run against) contains no source
// map and no reference to one: they would publish the client's whole source tree.

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));

describe('production build', () => {
  it('has no .map files and no sourceMappingURL comments', () => {
    expect(existsSync(path.join(CLIENT_DIST, 'index.html')), `build the client first: ${CLIENT_DIST}`).toBe(true);
    const files = walk(CLIENT_DIST);
    const scripts = files.filter((f) => /\.(js|mjs|css)$/.test(f));
    expect(scripts.length).toBeGreaterThan(5);
    expect(files.filter((f) => /\.map(\.(br|gz))?$/.test(f))).toEqual([]);
    const referencing = scripts.filter((f) => /[#@] sourceMappingURL=/.test(readFileSync(f, 'utf8')));
    expect(referencing.map((f) => path.relative(CLIENT_DIST, f))).toEqual([]);
  });
});
