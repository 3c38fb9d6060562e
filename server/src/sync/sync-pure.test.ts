import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addChecksums, opChecksum } from './checksum.ts';
import { prefersBson } from './plugin.ts';
import { bucketDefinition, loadRules, sourceTable } from './rules.ts';
import { timestamptzText, toSqliteRow } from './row-values.ts';
import { rowJson } from './capture-chunk.ts';

describe('checksums', () => {
  it('are stable uint32 and wrap modulo 2^32', () => {
    const c = opChecksum('PUT', 'attempts', 'a1', null, '{"x":1}');
    expect(c).toBe(opChecksum('PUT', 'attempts', 'a1', null, '{"x":1}'));
    expect(c).toBeGreaterThanOrEqual(0);
    expect(c).toBeLessThan(2 ** 32);
    expect(addChecksums(0xffff_ffff, 2)).toBe(1);
  });
  it('are the first 4 bytes, little-endian, of sha256 over put|remove.<type>.<id>.<subkey>.<data> in UTF-8 (the value stored in bucket logs before crypto.hash)', () => {
    // Checksums in a deployment's bucket log were computed with createHash. The capture skips a
    // PUT when a row's stored checksum (sync_rows) equals the one computed now (capture-chunk.ts),
    // so a different value would send every unchanged row again the next time it is captured.
    // Two values pinned as numbers (not only against createHash), then any text in every field.
    expect(opChecksum('PUT', 'attempts', 'a1', null, '{"x":1}')).toBe(1972550051);
    expect(opChecksum('PUT', 'questions', 'q1', null, '{"text":"हिन्दी"}')).toBe(1501154739);
    const reference = (op: 'PUT' | 'REMOVE', type: string, id: string, subkey: string | null, data: string | null) =>
      createHash('sha256').update(`${op.toLowerCase()}.${type}.${id}.${subkey ?? ''}.${data ?? ''}`, 'utf8').digest().readUInt32LE(0);
    // A lone surrogate is encoded as U+FFFD by both.
    expect(opChecksum('PUT', 't\ud800', 'i\udc00', '\ud800', 'x\udc00y')).toBe(reference('PUT', 't\ud800', 'i\udc00', '\ud800', 'x\udc00y'));
    const text = fc.string({ unit: 'binary' });
    fc.assert(
      fc.property(fc.constantFrom('PUT' as const, 'REMOVE' as const), text, text, fc.option(text), fc.option(text), (op, type, id, subkey, data) => {
        expect(opChecksum(op, type, id, subkey, data)).toBe(reference(op, type, id, subkey, data));
      }),
    );
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

describe('sync values equal Postgres text output (what the PowerSync Service sends)', () => {
  it('timestamptz in any session time zone becomes UTC with Z, keeping the microseconds Postgres printed', () => {
    expect(timestamptzText('2026-12-06 00:17:42.891041+00')).toBe('2026-12-06 00:17:42.891041Z');
    expect(timestamptzText('2026-12-06 05:47:42.891041+05:30')).toBe('2026-12-06 00:17:42.891041Z');
    expect(timestamptzText('2026-12-05 19:17:42.5-05')).toBe('2026-12-06 00:17:42.5Z');
    expect(timestamptzText('2026-12-06 00:17:42+00')).toBe('2026-12-06 00:17:42Z');
    expect(timestamptzText('1900-01-01 05:21:10+05:21:10')).toBe('1900-01-01 00:00:00Z');
    expect(timestamptzText('infinity')).toBe('infinity');
    // UTC text outside the fast path's years stays as the general conversion leaves it.
    expect(timestamptzText('0050-01-01 00:00:00+00')).toBe('0050-01-01 00:00:00+00');
    expect(timestamptzText('2026-12-06 00:17:42+00 BC')).toBe('2026-12-06 00:17:42+00 BC');
  });

  it('op data: integers as JSON numbers, JSONBig only past 2^53, everything else as JSON.stringify', () => {
    expect(rowJson({ id: 'a', n: 5n, x: 1.5, s: null })).toBe('{"id":"a","n":5,"x":1.5,"s":null}');
    expect(rowJson({ id: 'a', big: 2n ** 60n })).toBe('{"id":"a","big":1152921504606846976}');
    expect(rowJson({ id: 'a', t: 'q"\\' })).toBe(JSON.stringify({ id: 'a', t: 'q"\\' }));
  });
  it('the same instant gives the same text from every offset (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 0, 1) / 1000, max: Date.UTC(2100, 0, 1) / 1000 }),
        fc.integer({ min: 0, max: 999_999 }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (seconds, micros, offsetMin) => {
          const frac = micros === 0 ? '' : `.${String(micros).padStart(6, '0').replace(/0+$/, '')}`;
          const at = (offset: number) => {
            const d = new Date((seconds + offset * 60) * 1000).toISOString();
            const sign = offset < 0 ? '-' : '+';
            const abs = Math.abs(offset);
            return `${d.slice(0, 10)} ${d.slice(11, 19)}${frac}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          };
          const utc = timestamptzText(at(0));
          expect(timestamptzText(at(offsetMin))).toBe(utc);
          expect(Date.parse(utc)).toBe(seconds * 1000 + Math.floor(micros / 1000));
        },
      ),
    );
  });
});
