import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addChecksums, opChecksum } from './checksum.ts';
import { prefersBson } from './plugin.ts';
import { bucketDefinition, loadRules, sourceTable } from './rules.ts';
import { toSqliteRow } from './row-values.ts';

describe('checksums', () => {
  it('are stable uint32 and wrap modulo 2^32', () => {
    const c = opChecksum('PUT', 'attempts', 'a1', null, '{"x":1}');
    expect(c).toBe(opChecksum('PUT', 'attempts', 'a1', null, '{"x":1}'));
    expect(c).toBeGreaterThanOrEqual(0);
    expect(c).toBeLessThan(2 ** 32);
    expect(addChecksums(0xffff_ffff, 2)).toBe(1);
  });
  it('sum is order-independent (what the client relies on)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff_ffff })), (xs) => {
        const forward = xs.reduce(addChecksums, 0);
        const backward = [...xs].reverse().reduce(addChecksums, 0);
        expect(forward).toBe(backward);
        expect(forward).toBe(Number(xs.reduce((a, b) => (a + BigInt(b)) % 2n ** 32n, 0n)));
      }),
    );
  });
});

describe('stream content negotiation', () => {
  it('follows the SDK accept header and falls back to NDJSON', () => {
    expect(prefersBson('application/vnd.powersync.bson-stream;q=0.9,application/x-ndjson;q=0.8')).toBe(true);
    expect(prefersBson('application/x-ndjson')).toBe(false);
    expect(prefersBson('application/x-ndjson;q=1,application/vnd.powersync.bson-stream;q=0.5')).toBe(false);
    expect(prefersBson(undefined)).toBe(false);
  });
});

describe('rows as the evaluator sees them', () => {
  it('converts pg values to SQLite values and never passes secrets', () => {
    const fields = [
      { name: 'id', dataTypeID: 2950 },
      { name: 'standard', dataTypeID: 21 },
      { name: 'mastery', dataTypeID: 701 },
      { name: 'ok', dataTypeID: 16 },
      { name: 'at', dataTypeID: 1184 },
      { name: 'tags', dataTypeID: 1009 },
      { name: 'password_hash', dataTypeID: 25 },
    ] as never;
    const row = toSqliteRow('users', { id: 'u', standard: 12, mastery: 1, ok: true, at: new Date(0), tags: ['a'], password_hash: 'x' }, fields);
    expect(row).toEqual({ id: 'u', standard: 12n, mastery: 1, ok: 1n, at: '1970-01-01T00:00:00.000Z', tags: '["a"]' });
  });

  it('the shipped rules parse, and the user bucket never selects a secret column', () => {
    const { rules } = loadRules();
    const out = rules.evaluateRow({ sourceTable: sourceTable('users'), record: { id: 'u1', full_name: 'A', password_hash: 'h', role: 'student' } });
    const user = out.find((r) => r.table === 'users');
    expect(user?.bucket).toBe('user_data["u1"]');
    expect(Object.keys(user?.data ?? {})).not.toContain('password_hash');
    expect(bucketDefinition('user_data["u1"]')).toBe('user_data');
  });
});
