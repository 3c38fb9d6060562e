import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The repository stands alone: a clone has no sibling folders and no machine paths, so no tracked
 * file (docs, code, comments, README) may point outside it, and every document it names exists in
 * the clone. Comments explain the code, never its history: no issue numbers.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Tracked text files (and new ones not ignored), as a clone would have them. */
function repoFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  return out
    .split('\0')
    .filter((f) => f !== '' && existsSync(join(ROOT, f)))
    .filter((f) => !/\.(png|jpe?g|gif|webp|ico|woff2?|wasm|pdf|gz|zip)$/i.test(f) && !f.endsWith('package-lock.json'));
}

interface Problem {
  file: string;
  line: number;
  text: string;
  why: string;
}

const inside = (absolute: string) => absolute === ROOT || absolute.startsWith(ROOT + sep);
const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Machine paths: a clone lives anywhere. */
const MACHINE_PATH = /(?<![\w.])\/(?:work|home|Users|tmp\/bash_jobs)\/[\w.-]/g;
/** Relative paths climbing out of a folder: fine while they stay in the repository. */
const CLIMB = /(?<![\w.])((?:\.\.\/)+)([\w@][\w@.+-]*(?:\/[\w@.+-]+)*)/g;
/** Markdown links with a local target. */
const MD_LINK = /\]\(([^)\s]+)\)/g;
/** A named Markdown document (`docs/x.md`, `PRODUCT.md`). */
const MD_NAME = /(?<![\w/.-])((?:[\w.-]+\/)*[\w-]+\.md)\b/g;
/** Issue and pull-request numbers cited in prose or comments (not CSS colours like `#333`). */
const ISSUE_NUMBER = /\b(?:[Ii]ssues?|PR|[Pp]ull request)\s*#?\d+\b|\b(?:[Ff]ix(?:es|ed)?|[Cc]los(?:es|ed)|[Ss]ee|in)\s+#\d+\b|\(#\d+\)/g;

/**
 * Known lines that cannot change, each with its reason. Applied migrations are checksummed
 * (server/src/db/migrate.ts): editing even a comment would stop every existing database from
 * starting, so their history remarks stay; new migrations are checked like any file.
 */
const FROZEN: readonly { file: string; text: string; why: string }[] = [
  { file: 'migrations/001_foundation.sql', text: 'ARCHITECTURE.md', why: 'applied migration (checksummed); the page is docs/architecture.md' },
  { file: 'migrations/004_benchmarks.sql', text: 'issue 7', why: 'applied migration (checksummed)' },
  { file: 'migrations/005_coaching.sql', text: 'issue 8', why: 'applied migration (checksummed)' },
  { file: 'migrations/006_sealed_results.sql', text: 'issue 7', why: 'applied migration (checksummed)' },
  { file: 'migrations/007_student_coaches.sql', text: 'issue 8', why: 'applied migration (checksummed)' },
  { file: 'tests/bad-input.pg.test.ts', text: '../../etc/passwd', why: 'hostile input under test, not a path of the repository' },
];
const frozen = (p: Problem) => FROZEN.some((f) => f.file === p.file && f.text === p.text);

function documentExists(file: string, target: string): boolean {
  const candidates = target.includes('/') ? [resolve(ROOT, dirname(file), target), resolve(ROOT, target)] : [resolve(ROOT, dirname(file), target), resolve(ROOT, target), resolve(ROOT, 'docs', target)];
  return candidates.some((c) => inside(c) && existsSync(c));
}

function problemsIn(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  const add = (index: number, match: string, why: string) => problems.push({ file, line: lineOf(text, index), text: match, why });
  for (const m of text.matchAll(MACHINE_PATH)) add(m.index, m[0], 'absolute machine path');
  for (const m of text.matchAll(CLIMB)) {
    const target = resolve(ROOT, dirname(file), `${m[1]}${m[2]}`);
    if (!inside(target)) add(m.index, m[0], 'leaves the repository');
  }
  if (file.endsWith('.md')) {
    for (const m of text.matchAll(MD_LINK)) {
      const target = (m[1] ?? '').split('#')[0] ?? '';
      if (target === '' || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      const absolute = resolve(ROOT, dirname(file), decodeURIComponent(target));
      if (!inside(absolute)) add(m.index, m[0], 'link leaves the repository');
      else if (!existsSync(absolute)) add(m.index, m[0], `link to ${relative(ROOT, absolute)}, which does not exist`);
    }
  }
  for (const m of text.matchAll(MD_NAME)) {
    if (!documentExists(file, m[1] ?? '')) add(m.index, m[0], 'names a document the repository does not have');
  }
  // Data files (question banks, fixtures) may contain '#12' as content; prose and code may not.
  if (/\.(ts|tsx|js|mjs|cjs|md|sql|ya?ml|css|html)$/.test(file) && !file.startsWith('content/')) {
    for (const m of text.matchAll(ISSUE_NUMBER)) add(m.index, m[0], 'cites an issue number');
  }
  return problems;
}

describe('the repository is self-contained', () => {
  it('reads a real tree', () => {
    const files = repoFiles();
    expect(files).toContain('README.md');
    expect(files).toContain('docs/architecture.md');
    expect(files.length).toBeGreaterThan(100);
  });

  it('no tracked file points outside the repository, names a missing document or cites an issue number', () => {
    // This file names the patterns it looks for.
    const self = relative(ROOT, fileURLToPath(import.meta.url));
    const problems = repoFiles()
      .filter((f) => f !== self)
      .flatMap((f) => problemsIn(f, readFileSync(join(ROOT, f), 'utf8')))
      .filter((p) => !frozen(p));
    expect(problems.map((p) => `${p.file}:${p.line} ${p.text} — ${p.why}`)).toEqual([]);
  });

  it('catches each kind of outside link', () => {
    const found = (file: string, text: string) => problemsIn(file, text).map((p) => p.why);
    // The probe paths are assembled so that this file itself names no path outside the repository.
    const up = (levels: number, rest: string) => `${'../'.repeat(levels)}${rest}`;
    expect(found('README.md', `See [the product](${up(1, 'shared/docs/PRODUCT.md')}).`)).toContain('link leaves the repository');
    expect(found('server/src/a.ts', `// rules in '${up(4, 'shared/docs/rules.md')}'`)).toContain('leaves the repository');
    expect(found('docs/x.md', 'Run from /work/main.')).toEqual(['absolute machine path']);
    expect(found('shared/src/engine/index.ts', '// see docs/ARCHITECTURE.md')).toEqual(['names a document the repository does not have']);
    expect(found('docs/x.md', '[style](no-such-page.md)')).toContain('link to docs/no-such-page.md, which does not exist');
    expect(found('server/src/a.ts', '// the rule from issue 7')).toEqual(['cites an issue number']);
    expect(found('server/src/a.ts', '// fixed in (#13)')).toEqual(['cites an issue number']);
    expect(found('server/src/a.ts', '// see #13 for why')).toEqual(['cites an issue number']);
    // Inside the repository: fine.
    expect(found('tests/sync/a.ts', "import { x } from '../../shared/src/schemas/sync.ts';")).toEqual([]);
    expect(found('docs/architecture.md', 'see [upload](sync-upload.md#request) and docs/style.md')).toEqual([]);
    expect(found('client/src/a.css', 'color: #333; border: 1px solid #667;')).toEqual([]);
    expect(found('shared/src/a.ts', '// a step fixed 0 days ahead')).toEqual([]);
  });
});
