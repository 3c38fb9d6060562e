import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capOp, splitIntoBatches, UPLOAD_LIMITS, utf8Length, type UploadOp } from './upload-batches.ts';

const bodyBytes = (ops: UploadOp[]) => utf8Length(JSON.stringify({ client_id: 'x'.repeat(200), transaction_id: 2 ** 40, ops }));

const opArb = fc.record({
  op_id: fc.integer({ min: 0, max: 1e9 }),
  op: fc.constantFrom('PUT', 'PATCH', 'DELETE'),
  type: fc.constantFrom('attempts', 'telemetry', 'test_sittings'),
  id: fc.uuid(),
  data: fc.oneof(fc.constant(null), fc.record({ answer: fc.string({ unit: 'grapheme', maxLength: 40 }), blob: fc.string({ maxLength: 3000 }) })),
});

describe('upload batches', () => {
  it('utf8Length agrees with TextEncoder, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
      }),
    );
  });

  it('keeps every op, in order, and every batch within the op and byte limits', () => {
    const limits = { ...UPLOAD_LIMITS, maxOps: 7, maxBatchBytes: 20_000, maxOpBytes: 4_000 };
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        const batches = splitIntoBatches(ops, limits);
        expect(batches.flat()).toEqual(ops.map((o) => capOp(o, limits).op));
        for (const b of batches) {
          expect(b.length).toBeGreaterThan(0);
          expect(b.length).toBeLessThanOrEqual(limits.maxOps);
          expect(bodyBytes(b)).toBeLessThanOrEqual(limits.maxBatchBytes);
        }
      }),
    );
  });

  it('a 4,500-answer transaction fits the real limits and the body limit', () => {
    const ops: UploadOp[] = Array.from({ length: 4500 }, (_, i) => ({
      op_id: i,
      op: 'PUT',
      type: 'attempts',
      id: `0190f0e0-0000-7000-8000-${String(i).padStart(12, '0')}`,
      data: { student_id: '0190f0e0-0000-7000-8000-000000000001', question_id: `Q-${i}`, concept_id: 'C1', answer: 'ABCD', response_time_ms: 12_345, device_time: '2026-12-06T01:02:03.456Z', hlc: '1796000000000:0001:device-1234567890' },
    }));
    const batches = splitIntoBatches(ops);
    expect(batches.flat().length).toBe(4500);
    expect(batches.length).toBeGreaterThan(1);
    for (const b of batches) expect(bodyBytes(b)).toBeLessThanOrEqual(UPLOAD_LIMITS.bodyLimitBytes);
  });

  it('an op over the per-op limit travels as a stub naming its size', () => {
    const op: UploadOp = { op_id: 3, op: 'PUT', type: 'telemetry', id: 'x', data: { blob: 'é'.repeat(UPLOAD_LIMITS.maxOpBytes) } };
    const { op: stub } = capOp(op);
    expect(stub.data).toBeNull();
    expect(stub.oversize_bytes).toBeGreaterThan(UPLOAD_LIMITS.maxOpBytes);
    expect(stub.op_id).toBe(3);
  });
});
