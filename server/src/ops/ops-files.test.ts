import { readFileSync } from 'node:fs';
import type pg from 'pg';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { registerOpsMetrics } from './metrics.ts';

const root = new URL('../../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');
const crNames = (text: string) => new Set([...text.matchAll(/\bcr_[a-z0-9_]+/g)].map((m) => m[0]));

describe('alert rules and dashboard use metrics the server exports', () => {
  const registry = new Registry();
  // No scrape happens here: the pool is never queried.
  registerOpsMetrics(registry, { pool: {} as pg.Pool, streams: () => 0, backupDir: '/nonexistent' });
  const exported = new Set(registry.getMetricsAsArray().map((m) => (m as unknown as { name: string }).name));

  it('every cr_* name in ops/alerts.yml and ops/grafana-dashboard.json is registered', () => {
    const used = new Set([...crNames(read('ops/alerts.yml')), ...crNames(read('ops/grafana-dashboard.json'))]);
    expect(used.size).toBeGreaterThan(5);
    for (const name of used) expect(exported, name).toContain(name);
  });

  it('every operations metric is alerted on or charted', () => {
    const used = new Set([...crNames(read('ops/alerts.yml')), ...crNames(read('ops/grafana-dashboard.json'))]);
    for (const name of exported) expect(used, name).toContain(name);
  });

  it('every alert in ops/alerts.yml has a promtool test case', () => {
    const alerts = [...read('ops/alerts.yml').matchAll(/- alert: (\w+)/g)].map((m) => m[1]);
    const tests = read('ops/alerts.test.yml');
    expect(alerts.length).toBeGreaterThanOrEqual(8);
    for (const a of alerts) {
      expect(tests, a).toMatch(new RegExp(`alertname: ${a}\\n\\s+exp_alerts: \\[\\]`));
      expect(tests, a).toMatch(new RegExp(`alertname: ${a}\\n\\s+exp_alerts:\\n`));
    }
  });
});
