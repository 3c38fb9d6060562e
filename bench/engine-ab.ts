import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
/**
 * Before/after A/B of the full recompute in one process: the engine at git ref BASE (default
 * HEAD~1, extracted to a temporary directory, outside the typechecked tree) and the engine in the work tree fold the same
 * synthetic student alternately, RUNS times each; prints min and median CPU ms of each and the
 * digest of each side's final state (identical digests = identical results).
 *
 *   node --import tsx bench/engine-ab.ts [BASE] [RUNS]
 */
import type * as EngineModule from '../shared/src/engine/index.ts';
import type * as SyntheticModule from '../shared/src/engine/testing/synthetic.ts';

type Engine = typeof EngineModule;
type Synthetic = typeof SyntheticModule;

const base = process.argv[2] ?? 'HEAD~1';
const runs = Number(process.argv[3] ?? 25);
const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'engine-ab-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
// The extracted copy resolves its packages from this checkout's node_modules.
symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
execFileSync('sh', ['-c', `git archive ${JSON.stringify(base)} shared/src | tar -x -C ${JSON.stringify(dir)}`], { cwd: root });

const sides: Array<{ name: string; engine: Engine; synthetic: Synthetic }> = [];
for (const [name, src] of [
  ['before', join(dir, 'shared', 'src')],
  ['after', join(root, 'shared', 'src')],
] as const) {
  sides.push({
    name,
    engine: (await import(pathToFileURL(join(src, 'engine', 'index.ts')).href)) as Engine,
    synthetic: (await import(pathToFileURL(join(src, 'engine', 'testing', 'synthetic.ts')).href)) as Synthetic,
  });
}

function digest(value: unknown): string {
  const json = JSON.stringify(value, (_k, v: unknown) => {
    if (v instanceof Map) return [...v.entries()];
    if (v instanceof Set) return [...v.values()];
    return v;
  });
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const work = sides.map((s) => {
  const content = s.synthetic.syntheticContent(2026, 250, 20);
  const ctx = s.engine.createEngineContext(content);
  const events = s.synthetic.syntheticAttempts(content, 'bench-student', 10_000, 7);
  return { ...s, fold: () => s.engine.foldStudent(ctx, 'bench-student', events), cpu: [] as number[] };
});

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`load average ${load()} at start; base ${base}; ${runs} alternating runs per side`);
// Identity: the engine's own stateDigest (mastery and every review card at full precision) and
// the day plan, on the bench student and on other seeds, must match between the two sides.
const nowMs = 1_800_000_000_000;
for (const w of work) {
  const parts: string[] = [];
  for (const seed of [7, 11, 23, 101]) {
    const content = w.synthetic.syntheticContent(2026 + seed, 250, 20);
    const ctx = w.engine.createEngineContext(content);
    const events = w.synthetic.syntheticAttempts(content, `student-${seed}`, seed === 7 ? 10_000 : 4_000, seed);
    const s = w.engine.foldStudent(ctx, `student-${seed}`, events);
    parts.push(w.engine.stateDigest(ctx, s), digest(w.engine.planDay(ctx, s, { nowMs, daysToExam: 120, budgetMinutes: 120 })));
  }
  console.log(`${w.name} digest of states and day plans (4 students) ${digest(parts)}; bench student full state ${digest(w.fold())}`);
}
for (let i = 0; i < 3; i++) for (const w of work) w.fold();
for (let i = 0; i < runs; i++) {
  // Alternate which side goes first so drift in machine load falls on both.
  const order = i % 2 === 0 ? work : [...work].reverse();
  for (const w of order) {
    const c = process.cpuUsage();
    w.fold();
    const d = process.cpuUsage(c);
    w.cpu.push((d.user + d.system) / 1000);
  }
}
for (const w of work) console.log(`${w.name}: full recompute cpu min ${Math.min(...w.cpu).toFixed(1)} ms, median ${median(w.cpu).toFixed(1)} ms`);
const [before, after] = work as [(typeof work)[number], (typeof work)[number]];
console.log(
  `engine A/B: median cpu ${median(before.cpu).toFixed(1)} → ${median(after.cpu).toFixed(1)} ms (${((1 - median(after.cpu) / median(before.cpu)) * 100).toFixed(1)} % less), min ${Math.min(...before.cpu).toFixed(1)} → ${Math.min(...after.cpu).toFixed(1)} ms; load average ${load()}`,
);
