import { describe, expect, it } from 'vitest';
import { asFatal, describeOp, FatalUploadError, parseOp } from './apply.ts';

const sqlError = (code: string, message = 'm') => Object.assign(new Error(message), { code });

describe('upload op classification', () => {
  it('retries what a later attempt can fix, refuses for good what it cannot', () => {
    for (const code of ['40001', '40P01', '55P03', '08006', '53300', '57P01', 'ECONNRESET']) expect(asFatal(sqlError(code))).toBeNull();
    expect(asFatal(sqlError('23505'))?.code).toBe('CONSTRAINT');
    expect(asFatal(sqlError('42501'))?.code).toBe('FORBIDDEN');
    // A bug or hostile data in the op's own handling recurs on every retry: that op alone is refused.
    expect(asFatal(new RangeError('Maximum call stack size exceeded'))?.message).toMatch(/could not be applied: Maximum call stack/);
    const own = new FatalUploadError('BAD_TEXT', 'x');
    expect(asFatal(own)).toBe(own);
  });

  it('parses one op at a time and names what is wrong', () => {
    expect(() => parseOp({ op: 'PUT', type: 'attempts' })).toThrow(/op\.id/);
    expect(() => parseOp({ op: 'PUT', type: 'attempts', id: 'a\u0000' })).toThrow(/op\.id: contains U\+0000/);
    expect(() => parseOp({ op: 'PUT', type: 'attempts', id: 'a', data: { answer: 'A\u0000' } })).toThrow(/op\.data\.answer: contains U\+0000/);
    expect(() => parseOp({ op: 'PUT', type: 'attempts', id: 'a', data: null, oversize_bytes: 100_000 })).toThrow(/100000 bytes/);
    expect(() => parseOp({ op: 'PUT', type: 'telemetry', id: 'a', data: { blob: 'x'.repeat(70_000) } })).toThrow(/bytes; one op may have at most 65536/);
    expect(parseOp({ op: 'PATCH', type: 'users', id: 'u', data: { full_name: 'Aarav' } }).data).toEqual({ full_name: 'Aarav' });
  });

  it('describes any raw op for the record, storable', () => {
    expect(describeOp(42)).toEqual({ op_id: null, op: '?', type: '?', id: '', data: null });
    expect(describeOp({ op_id: 7, op: 'PUT', type: 't\u0000', id: 'x\uD800', data: { a: 1 } })).toEqual({ op_id: 7, op: 'PUT', type: 't\uFFFD', id: 'x\uFFFD', data: { a: 1 } });
  });
});
